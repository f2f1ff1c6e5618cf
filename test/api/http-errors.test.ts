import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';

import { SAMPLE_ORGANIZATIONS } from '../../src/demo/sample-organizations.js';
import { assertHidesToken, rejectionOf, closeFixturesAfterEach, type ApiFixture } from './api-test-helpers.js';

const FIRST = SAMPLE_ORGANIZATIONS[0]!;
const IDENTITY = '/v1/core/auth/caller-identity';

describe('HTTP error handling', () => {
  let fixture: ApiFixture | undefined;
  const startFixture = closeFixturesAfterEach();

  function identityRequests(): number {
    return fixture!.server.requests().filter((request) => request.path === IDENTITY).length;
  }

  it('429 waits for Retry-After then retries', async () => {
    fixture = await startFixture();
    fixture.server.failNext({ path: IDENTITY, status: 429, headers: { 'retry-after': '1' } });

    const startedAt = Date.now();
    const identity = await fixture.api.getCallerIdentity();
    const elapsedMs = Date.now() - startedAt;

    assert.equal(identity.tokenId, 'tok_orggroup_1');
    assert.equal(identityRequests(), 2);
    assert.ok(elapsedMs >= 950, `retried after ${elapsedMs} ms, before the 1 s Retry-After`);
  });

  it('429 accepts Retry-After as HTTP date', async () => {
    fixture = await startFixture();
    const date = new Date(Date.now() + 2000).toUTCString();
    fixture.server.failNext({ path: IDENTITY, status: 429, headers: { 'retry-after': date } });

    const startedAt = Date.now();
    await fixture.api.getCallerIdentity();

    assert.equal(identityRequests(), 2);
    assert.ok(Date.now() - startedAt >= 900);
  });

  it('429 gives up after two retries', async () => {
    fixture = await startFixture();
    fixture.server.failNext({ path: IDENTITY, status: 429, headers: { 'retry-after': '0' }, times: 3 });

    const error = await rejectionOf(fixture.api.getCallerIdentity());

    assert.equal(identityRequests(), 3);
    assert.equal(error.status, 429);
    assert.equal(error.retryAfterSeconds, 0);
    assert.match(error.message, /failed with 429 Too Many Requests \(tried 3 times\)/);
    assert.match(error.message, /rate limit \(1000 requests per token per minute\)/);
  });

  it('429 with long Retry-After fails at once', async () => {
    fixture = await startFixture();
    fixture.server.failNext({ path: IDENTITY, status: 429, headers: { 'retry-after': '120' } });

    const error = await rejectionOf(fixture.api.getCallerIdentity());

    assert.equal(identityRequests(), 1);
    assert.equal(error.retryAfterSeconds, 120);
    assert.match(error.message, /wait 120 s \(Retry-After\)/);
  });

  it('500 on GET is retried', async () => {
    fixture = await startFixture();
    fixture.server.failNext({ path: IDENTITY, status: 500, times: 2 });

    const identity = await fixture.api.getCallerIdentity();

    assert.equal(identity.tokenId, 'tok_orggroup_1');
    assert.equal(identityRequests(), 3);
  });

  it('500 on POST is not retried', async () => {
    fixture = await startFixture();
    fixture.server.failNext({ method: 'POST', status: 500, body: { error: 'Database unavailable' } });

    const error = await rejectionOf(fixture.api.createToken({ tokenName: 'x', organizationId: FIRST.id }));

    const posts = fixture.server.requests().filter((request) => request.method === 'POST');
    assert.equal(posts.length, 1);
    assert.equal(error.status, 500);
    assert.equal(error.mayHaveTakenEffect, false);
    assert.match(error.message, /^POST \/v1\/core\/auth\/tokens failed with 500 Internal Server Error: Database unavailable\./);
  });

  it('429 on POST is not retried', async () => {
    fixture = await startFixture();
    fixture.server.failNext({ method: 'POST', status: 429, headers: { 'retry-after': '0' } });

    const error = await rejectionOf(fixture.api.createToken({ tokenName: 'x', organizationId: FIRST.id }));

    assert.equal(fixture.server.requests().filter((request) => request.method === 'POST').length, 1);
    assert.equal(error.status, 429);
  });

  it('DELETE 503 is not retried', async () => {
    fixture = await startFixture();
    fixture.server.failNext({ method: 'DELETE', status: 503 });

    const error = await rejectionOf(fixture.api.revokeToken('tok_demo_ci', FIRST.id));

    assert.equal(fixture.server.requests().filter((request) => request.method === 'DELETE').length, 1);
    assert.equal(error.status, 503);
  });

  it('404 on GET is not retried', async () => {
    fixture = await startFixture();

    await rejectionOf(fixture.api.listTokens('org_missing'));

    assert.equal(fixture.server.requests().length, 1);
  });

  const messageShapes: [string, unknown, string][] = [
    ['message', { message: 'From message' }, 'From message'],
    ['error string', { error: 'From error' }, 'From error'],
    ['error.message', { error: { code: 7, message: 'From nested error' } }, 'From nested error'],
    ['detail', { detail: 'From detail' }, 'From detail'],
    ['errors[0].message', { errors: [{ message: 'From errors list' }] }, 'From errors list'],
  ];
  for (const [shape, body, expected] of messageShapes) {
    it(`reads server message from ${shape}`, async () => {
      fixture = await startFixture();
      fixture.server.failNext({ path: IDENTITY, status: 400, body });

      const error = await rejectionOf(fixture.api.getCallerIdentity());

      assert.equal(error.serverMessage, expected);
      assert.equal(error.message, `GET ${IDENTITY} failed with 400 Bad Request: ${expected}.`);
    });
  }

  it('omits message from unknown body shape', async () => {
    fixture = await startFixture();
    fixture.server.failNext({ path: IDENTITY, status: 400, body: { code: 42 } });

    const error = await rejectionOf(fixture.api.getCallerIdentity());

    assert.equal(error.serverMessage, undefined);
    assert.equal(error.message, `GET ${IDENTITY} failed with 400 Bad Request.`);
  });

  it('omits message from HTML body', async () => {
    fixture = await startFixture();
    fixture.server.failNext({
      path: IDENTITY,
      status: 502,
      times: 3,
      rawBody: '<html><body>Bad gateway</body></html>',
      headers: { 'content-type': 'text/html' },
    });

    const error = await rejectionOf(fixture.api.getCallerIdentity());

    assert.equal(error.serverMessage, undefined);
    assert.match(error.message, /failed with 502 Bad Gateway \(tried 3 times\)\. Siro could not complete/);
  });

  it('cleans escape sequences from server message', async () => {
    fixture = await startFixture();
    const message = '\u001b[31mDenied\u001b[0m\u001b]0;new title\u0007 now\r\nreally\u202e';
    fixture.server.failNext({ path: IDENTITY, status: 403, body: { message } });

    const error = await rejectionOf(fixture.api.getCallerIdentity());

    assert.equal(error.serverMessage, 'Denied now really');
    assert.doesNotMatch(error.message, /[\u0000-\u001f\u007f-\u009f]/);
  });

  it('redacts token echoed by server', async () => {
    fixture = await startFixture();
    const echoed = `Token ${fixture.token} is not allowed`;
    fixture.server.failNext({ path: IDENTITY, status: 403, body: { message: echoed } });

    const error = await rejectionOf(fixture.api.getCallerIdentity());

    assert.equal(error.serverMessage, 'Token [redacted token] is not allowed');
    assertHidesToken(error, fixture.token);
  });

  it('redirect is not followed', async () => {
    fixture = await startFixture();
    fixture.server.failNext({ path: IDENTITY, status: 307, headers: { location: `${fixture.server.url}/v1/core/organizations` } });

    const error = await rejectionOf(fixture.api.getCallerIdentity());

    assert.equal(error.status, 307);
    assert.match(error.message, /Check the API URL/);
    assert.equal(fixture.server.requests().length, 1);
  });
});
