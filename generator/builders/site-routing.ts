// How the site's host answers a request path, written once as the JavaScript CloudFront runs (a
// CloudFront Function, runtime cloudfront-js-2.0) and the local run evaluates the same text
// (local/site-server.ts), so the two cannot answer differently:
//  - a file (a last segment with a dot: /config.json, /assets/x.js) is served as it is; a missing
//    one is the bucket's error, so a missing config.json shows the site's own error instead of
//    index.html with 200 (which CloudFront's error responses used to give every missing key);
//  - / is index.html;
//  - any other path is a page of the app, which routes by the URL's hash (#/mysfits/<id>): the
//    browser is sent there. Serving index.html at /mysfits/<id> itself was a blank page, since
//    its relative asset URLs then pointed under /mysfits/.

/** `route(uri)`: `{ file }` to serve, or `{ redirect }` to send the browser to. */
export const SITE_ROUTING_CODE = `function route(uri) {
  if (uri === '/' || uri === '') return { file: '/index.html' };
  var last = uri.substring(uri.lastIndexOf('/') + 1);
  if (last.indexOf('.') !== -1) return { file: uri };
  return { redirect: '/#' + uri };
}`;

/** The CloudFront Function: the routing above on every viewer request. */
export const SITE_FUNCTION_CODE = `${SITE_ROUTING_CODE}

function handler(event) {
  var request = event.request;
  var r = route(request.uri);
  if (r.redirect) {
    return { statusCode: 302, statusDescription: 'Found', headers: { location: { value: r.redirect } } };
  }
  request.uri = r.file;
  return request;
}
`;
