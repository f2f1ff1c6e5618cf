import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';

import { createSiroApi } from '../../src/api/client.js';
import { SAMPLE_ORGANIZATIONS } from '../../src/demo/sample-organizations.js';
import { startSiroServer } from '../../src/demo/siro-server.js';
import { assertHidesToken, fakeOrgGroupToken, rejectionOf, closeFixturesAfterEach, type ApiFixture } from './api-test-helpers.js';

const FIRST = SAMPLE_ORGANIZATIONS[0]!;
const IDENTITY = '/v1/core/auth/caller-identity';

describe('timeouts and dropped connections', () => {
  let fixture: ApiFixture | undefined;
  const startFixture = closeFixturesAfterEach();

  it('GET timeout names the limit', async () => {
    fixture = await startFixture({}, { timeoutMs: 200 });
    fixture.server.failNext({ path: IDENTITY, delayMs: 2000 });

    const startedAt = Date.now();
    const error = await rejectionOf(fixture.api.getCallerIdentity());

    assert.equal(error.kind, 'timeout');
    assert.equal(error.message, `GET ${IDENTITY} timed out after 0.2 s.`);
    assert.equal(error.mayHaveTakenEffect, false);
    assert.ok(Date.now() - startedAt < 1500, 'the client waited for the delayed response');
    assertHidesToken(error, fixture.token);
  });

  it('POST timeout may have taken effect', async () => {
    fixture = await startFixture({}, { timeoutMs: 200 });
    fixture.server.failNext({ method: 'POST', delayMs: 2000 });

    const error = await rejectionOf(fixture.api.createToken({ tokenName: 'slow', organizationId: FIRST.id }));

    assert.equal(error.kind, 'timeout');
    assert.equal(error.mayHaveTakenEffect, true);
    assert.match(error.message, /^POST \/v1\/core\/auth\/tokens timed out after 0\.2 s\. The token may have been created anyway\./);
    assert.equal(fixture.server.createdTokens().length, 1);
    assert.equal(fixture.server.requests().filter((request) => request.method === 'POST').length, 1);
  });

  it('POST dropped connection may have taken effect', async () => {
    fixture = await startFixture();
    fixture.server.failNext({ method: 'POST', destroySocket: true });

    const error = await rejectionOf(fixture.api.createToken({ tokenName: 'dropped', organizationId: FIRST.id }));

    assert.equal(error.kind, 'network');
    assert.equal(error.mayHaveTakenEffect, true);
    assert.match(error.message, /was closed before a full response arrived \(ECONNRESET\)\. The token may have been created anyway\./);
    assert.equal(fixture.server.createdTokens().length, 1);
    assert.equal(fixture.server.requests().filter((request) => request.method === 'POST').length, 1);
    assertHidesToken(error, fixture.token);
    assertHidesToken(error, fixture.server.createdTokens()[0]!.token);
  });

  it('DELETE dropped connection may have taken effect', async () => {
    fixture = await startFixture();
    fixture.server.failNext({ method: 'DELETE', destroySocket: true });

    const error = await rejectionOf(fixture.api.revokeToken('tok_demo_ci', FIRST.id));

    assert.equal(error.mayHaveTakenEffect, true);
    assert.match(error.message, /The token may have been revoked anyway\./);
  });

  it('GET dropped connection is retried', async () => {
    fixture = await startFixture();
    fixture.server.failNext({ path: IDENTITY, destroySocket: true, times: 2 });

    const identity = await fixture.api.getCallerIdentity();

    assert.equal(identity.tokenId, 'tok_orggroup_1');
    assert.equal(fixture.server.requests().length, 3);
  });

  it('refused connection cannot have taken effect', async () => {
    const server = await startSiroServer();
    const url = server.url;
    await server.close();
    const token = fakeOrgGroupToken();
    const api = createSiroApi({ baseUrl: url, token });

    const error = await rejectionOf(api.createToken({ tokenName: 'x', organizationId: FIRST.id }));

    assert.equal(error.kind, 'network');
    assert.equal(error.mayHaveTakenEffect, false);
    assert.match(error.message, /^POST \/v1\/core\/auth\/tokens failed: the connection to 127\.0\.0\.1:\d+ was refused; check the API URL \(ECONNREFUSED\)\.$/);
    assertHidesToken(error, token);
  });
});
