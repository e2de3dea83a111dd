// index.html's connect policy (functions/shared/site-csp.ts): where it goes and what it allows.
import { strict as assert } from 'node:assert';
import { cognitoEndpoint, connectPolicyMeta, withConnectPolicy } from '../../functions/shared/site-csp.js';

describe("site's connect policy in index.html", () => {
  const api = 'https://abc123.execute-api.eu-west-1.amazonaws.com/prod';

  it("allows 'self', the API's origin (not its path) and Cognito of the region, nothing else", () => {
    assert.equal(
      connectPolicyMeta([api, cognitoEndpoint('eu-west-1')]),
      `<meta http-equiv="Content-Security-Policy" content="connect-src 'self' https://abc123.execute-api.eu-west-1.amazonaws.com https://cognito-idp.eu-west-1.amazonaws.com">`,
    );
  });

  it('goes first in the head, before any script; also when the page writes no <head>', () => {
    const built = '<!doctype html>\n<html lang="en">\n<head>\n<script type="module" src="/assets/a.js"></script>';
    const out = withConnectPolicy(built, [api]);
    assert.ok(out.indexOf('Content-Security-Policy') < out.indexOf('<script'));
    assert.match(out, /<head>\n<meta http-equiv/);
    assert.match(withConnectPolicy('<!DOCTYPE html><title>x</title>', [api]), /^<!DOCTYPE html>\n<meta [^>]+><title>/);
    assert.match(withConnectPolicy('<p>bare</p>', [api]), /^<meta [^>]+>\n<p>bare/);
  });

  it('refuses a value that is not an http(s) URL (nothing reaches the page)', () => {
    assert.throws(() => connectPolicyMeta(['javascript:alert(1)']), /not an http\(s\) URL/);
    assert.throws(() => connectPolicyMeta(['" onload="x']), /not a URL/);
  });
});
