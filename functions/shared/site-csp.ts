// The site's connect-src, narrowed to the one API it calls. The CloudFront response headers policy
// (site.yml) is made before the API exists, so its Content-Security-Policy can only allow every
// API Gateway host of the region. Once the API exists, site-deploy writes index.html with a
// `<meta http-equiv="Content-Security-Policy">` naming the API's own origin and Cognito's: a
// browser enforces every policy it is given, so the page may call only origins both allow. The
// local run serves index.html through the same function.

/** Cognito's user-pool API in a region (the aws partition, the only one the app is packaged for). */
export const cognitoEndpoint = (region: string): string => `https://cognito-idp.${region}.amazonaws.com`;

/** The origin of a URL; a clear error for anything that is not http(s). */
export function originOf(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`not a URL: "${url}"`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error(`not an http(s) URL: "${url}"`);
  return u.origin;
}

/** The meta element: connect-src 'self' and the origins of `urls`. */
export function connectPolicyMeta(urls: readonly string[]): string {
  const sources = [...new Set(urls.map(originOf))];
  return `<meta http-equiv="Content-Security-Policy" content="connect-src 'self' ${sources.join(' ')}">`;
}

/** Where the head's content starts: after `<head>`, else `<html>`, else the doctype (HTML lets both tags go unwritten). */
const OPENINGS = [/<head(\s[^>]*)?>/i, /<html(\s[^>]*)?>/i, /<!doctype[^>]*>/i];

/** index.html with the meta element first in its head (before any script can run). */
export function withConnectPolicy(html: string, urls: readonly string[]): string {
  const meta = connectPolicyMeta(urls);
  for (const opening of OPENINGS) {
    const match = opening.exec(html);
    if (match) {
      const at = match.index + match[0].length;
      return `${html.slice(0, at)}\n${meta}${html.slice(at)}`;
    }
  }
  return `${meta}\n${html}`;
}
