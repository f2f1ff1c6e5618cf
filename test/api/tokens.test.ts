import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';

import { createSiroApi } from '../../src/api/client.js';
import { DEMO_ORGANIZATION_TOKEN } from '../../src/demo/siro-server.js';
import { SAMPLE_ORGANIZATIONS } from '../../src/demo/sample-organizations.js';
import { assertHidesToken, rejectionOf, closeFixturesAfterEach, type ApiFixture } from './api-test-helpers.js';

const FIRST = SAMPLE_ORGANIZATIONS[0]!;
const DISABLED = SAMPLE_ORGANIZATIONS.find((organization) => organization.disabled === true)!;

describe('token calls', () => {
  let fixture: ApiFixture | undefined;
  const startFixture = closeFixturesAfterEach();

  it('listTokens sends the organization selector', async () => {
    fixture = await startFixture();

    const tokens = await fixture.api.listTokens(FIRST.id);

    const names = tokens.map((token) => token.tokenName).sort();
    assert.deepEqual(names, ['ci-deploy', 'reporting-dashboard', 'zapier-sync']);
    const request = fixture.server.requests().at(-1);
    assert.equal(request?.path, '/v1/core/auth/tokens');
    assert.equal(request?.query['organizationId'], FIRST.id);
  });

  it('listTokens collects every page', async () => {
    fixture = await startFixture({ pageSize: 1 });

    const tokens = await fixture.api.listTokens(FIRST.id);

    assert.equal(tokens.length, 3);
    assert.equal(fixture.server.requests().length, 3);
  });

  it('listTokens rejects a repeated cursor', async () => {
    fixture = await startFixture({ pageSize: 1 });
    fixture.server.failNext({ path: '/v1/core/auth/tokens', repeatCursor: true });

    const error = await rejectionOf(fixture.api.listTokens(FIRST.id));

    assert.equal(error.kind, 'pagination');
    assert.equal(error.call, 'GET /v1/core/auth/tokens');
  });

  it('listTokens of unknown organization is 404', async () => {
    fixture = await startFixture();

    const error = await rejectionOf(fixture.api.listTokens('org_missing'));

    assert.equal(error.status, 404);
    assert.match(error.message, /Organization org_missing was not found/);
  });

  it('createToken returns the new secret', async () => {
    fixture = await startFixture();

    const created = await fixture.api.createToken({ tokenName: 'ci-runner', organizationId: FIRST.id });

    const issued = fixture.server.createdTokens();
    assert.equal(issued.length, 1);
    assert.deepEqual(created, issued[0]);
    assert.equal(created.tokenName, 'ci-runner');
    assert.equal(created.organizationId, FIRST.id);
    assert.equal(created.authorizedOrgGroupId, null);
    assert.equal(created.parentOrgGroupTokenId, 'tok_orggroup_1');
  });

  it('createToken issues a fresh secret each time', async () => {
    fixture = await startFixture();

    const first = await fixture.api.createToken({ tokenName: 'same', organizationId: FIRST.id });
    const second = await fixture.api.createToken({ tokenName: 'same', organizationId: FIRST.id });

    assert.notEqual(first.token, second.token);
    assert.notEqual(first.tokenId, second.tokenId);
  });

  it('created token authenticates as organization token', async () => {
    fixture = await startFixture();
    const created = await fixture.api.createToken({ tokenName: 'new', organizationId: FIRST.id });

    const identity = await createSiroApi({ baseUrl: fixture.server.url, token: created.token }).getCallerIdentity();

    assert.equal(identity.tokenId, created.tokenId);
    assert.equal(identity.authorizedOrgGroupId, null);
  });

  it('createToken with organization token is 403', async () => {
    fixture = await startFixture();
    const api = createSiroApi({ baseUrl: fixture.server.url, token: DEMO_ORGANIZATION_TOKEN });

    const error = await rejectionOf(api.createToken({ tokenName: 'x', organizationId: FIRST.id }));

    assert.equal(error.status, 403);
    assert.equal(error.mayHaveTakenEffect, false);
    assert.match(error.message, /^POST \/v1\/core\/auth\/tokens failed with 403 Forbidden: Only org-group tokens can create tokens\./);
    assert.match(error.message, /not allowed/);
    assertHidesToken(error, DEMO_ORGANIZATION_TOKEN);
  });

  it('createToken for unknown organization is 404', async () => {
    fixture = await startFixture();

    const error = await rejectionOf(fixture.api.createToken({ tokenName: 'x', organizationId: 'org_missing' }));

    assert.equal(error.status, 404);
    assert.match(error.message, /Organization org_missing was not found/);
    assert.equal(fixture.server.createdTokens().length, 0);
  });

  it('createToken for disabled organization fails', async () => {
    fixture = await startFixture();

    const error = await rejectionOf(fixture.api.createToken({ tokenName: 'x', organizationId: DISABLED.id }));

    assert.equal(error.status, 403);
    assert.match(error.serverMessage ?? '', /is disabled/);
  });

  it('revokeToken returns revoked metadata', async () => {
    fixture = await startFixture();
    const created = await fixture.api.createToken({ tokenName: 'short-lived', organizationId: FIRST.id });

    const revoked = await fixture.api.revokeToken(created.tokenId, FIRST.id);

    assert.equal(revoked.tokenId, created.tokenId);
    const request = fixture.server.requests().at(-1);
    assert.equal(request?.method, 'DELETE');
    assert.equal(request?.query['organizationId'], FIRST.id);
  });

  it('revoked token no longer authenticates', async () => {
    fixture = await startFixture();
    const created = await fixture.api.createToken({ tokenName: 'short-lived', organizationId: FIRST.id });
    await fixture.api.revokeToken(created.tokenId, FIRST.id);

    const api = createSiroApi({ baseUrl: fixture.server.url, token: created.token });
    const error = await rejectionOf(api.getCallerIdentity());

    assert.equal(error.isUnauthorized, true);
    assertHidesToken(error, created.token);
  });

  it('revokeToken of unknown token is 404', async () => {
    fixture = await startFixture();

    const error = await rejectionOf(fixture.api.revokeToken('tok_missing', FIRST.id));

    assert.equal(error.status, 404);
    assert.equal(error.call, 'DELETE /v1/core/auth/tokens/tok_missing');
    assert.match(error.message, /Token tok_missing was not found in organization/);
  });

  it('revokeToken encodes the token id', async () => {
    fixture = await startFixture();

    const error = await rejectionOf(fixture.api.revokeToken('a/b', FIRST.id));

    assert.equal(error.status, 404);
    assert.equal(fixture.server.requests().at(-1)?.path, '/v1/core/auth/tokens/a%2Fb');
  });
});
