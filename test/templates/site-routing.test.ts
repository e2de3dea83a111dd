// How the site's host answers a path, the same in AWS (a CloudFront Function on every viewer
// request) and in the local run: a file is served as it is, and a missing one is an error (a
// missing config.json must show the site's own error, not index.html with 200); any other path is
// a page of the app, which routes by the URL's hash, so the browser is sent to its hash route (a
// path such as /mysfits/<id>, the # forgotten, was a blank page: index.html's relative assets did
// not load from /mysfits/).
import { strict as assert } from 'node:assert';
import { runInNewContext } from 'node:vm';
import { buildSite } from '../../generator/builders/site.js';
import { SITE_ROUTING_CODE } from '../../generator/builders/site-routing.js';
import { validateConfig } from '../../generator/config/load.js';
import { toJsonObject } from '../../generator/core/emit.js';

type Result = { statusCode?: number; headers?: Record<string, { value: string }>; uri?: string };

/** The CloudFront Function as the template deploys it, run on a viewer-request event of the documented shape. */
function cloudFront(uri: string): Result {
  const site = toJsonObject(buildSite(validateConfig({}, 'test'))) as {
    Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
  };
  const fn = Object.values(site.Resources).find((r) => r.Type === 'AWS::CloudFront::Function')!;
  const code = String(fn.Properties.FunctionCode);
  const event = { version: '1.0', context: { eventType: 'viewer-request' }, viewer: { ip: '1.2.3.4' }, request: { method: 'GET', uri, querystring: {}, headers: {}, cookies: {} } };
  return runInNewContext(`${code}\nhandler(event);`, { event }) as Result;
}

describe("the site's routing (CloudFront Function and local run)", () => {
  it('serves files as they are, / as index.html', () => {
    assert.equal(cloudFront('/').uri, '/index.html');
    for (const uri of ['/config.json', '/assets/index-abc.js', '/images/mysfits/x.svg', '/favicon.svg']) {
      assert.equal(cloudFront(uri).uri, uri);
    }
  });

  it('sends a path of the app to its hash route, whatever its depth', () => {
    for (const [uri, location] of [
      ['/mysfits/abc-123', '/#/mysfits/abc-123'],
      ['/register', '/#/register'],
      ['/signin/', '/#/signin/'],
    ]) {
      const r = cloudFront(uri);
      assert.equal(r.statusCode, 302, uri);
      assert.equal(r.headers?.location.value, location);
    }
  });

  it('site.yml: no error answer turns a missing file into index.html with 200 any more', () => {
    const site = toJsonObject(buildSite(validateConfig({}, 'test'))) as {
      Resources: Record<string, { Properties: { DistributionConfig?: Record<string, unknown> } }>;
    };
    const d = site.Resources.Distribution.Properties.DistributionConfig!;
    assert.equal(d.CustomErrorResponses, undefined);
    const behavior = d.DefaultCacheBehavior as { FunctionAssociations: { EventType: string }[] };
    assert.deepEqual(behavior.FunctionAssociations.map((f) => f.EventType), ['viewer-request']);
  });

  it('the routing the local run uses is the same code', () => {
    const route = runInNewContext(`${SITE_ROUTING_CODE}\nroute;`) as (uri: string) => unknown;
    const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));
    assert.deepEqual(plain(route('/mysfits/x')), { redirect: '/#/mysfits/x' });
    assert.deepEqual(plain(route('/')), { file: '/index.html' });
  });
});
