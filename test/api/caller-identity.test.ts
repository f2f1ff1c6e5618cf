import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { createSiroApi } from '../../src/api/client.js';
import { DEMO_ORGANIZATION_TOKEN, DEMO_ORG_GROUP_ID } from '../../src/demo/siro-server.js';
import { assertHidesToken, rejectionOf, startApiFixture, type ApiFixture } from './api-test-helpers.js';

describe('getCallerIdentity', () => {
  let fixture: ApiFixture;

  before(async () => {
    fixture = await startApiFixture();
  });

  after(async () => {
    assert.deepEqual(fixture.violations, []);
    await fixture.server.close();
  });

  it('returns org-group token metadata', async () => {
    const identity = await fixture.api.getCallerIdentity();

    assert.equal(identity.authorizedOrgGroupId, DEMO_ORG_GROUP_ID);
    assert.equal(identity.tokenId, 'tok_orggroup_1');
    assert.equal(typeof identity.createdAt, 'string');
  });

  it('returns null group for organization token', async () => {
    const api = createSiroApi({ baseUrl: fixture.server.url, token: DEMO_ORGANIZATION_TOKEN });

    const identity = await api.getCallerIdentity();

    assert.equal(identity.authorizedOrgGroupId, null);
    assert.equal(identity.tokenName, 'reporting-dashboard');
  });

  it('rejects unknown token with 401', async () => {
    const token = 'siro_test_unknown_FAKE_0123456789abcdef';
    const api = createSiroApi({ baseUrl: fixture.server.url, token });

    const error = await rejectionOf(api.getCallerIdentity());

    assert.equal(error.kind, 'http');
    assert.equal(error.status, 401);
    assert.equal(error.isUnauthorized, true);
    assert.equal(error.call, 'GET /v1/core/auth/caller-identity');
    assert.match(error.message, /^GET \/v1\/core\/auth\/caller-identity failed with 401 Unauthorized: Invalid or revoked token\./);
    assert.match(error.message, /mistyped, revoked, or for another environment/);
    assertHidesToken(error, token);
  });

  it('rejects empty token without sending', async () => {
    const requestsBefore = fixture.server.requests().length;
    const api = createSiroApi({ baseUrl: fixture.server.url, token: '' });

    const error = await rejectionOf(api.getCallerIdentity());

    assert.equal(error.isUnauthorized, true);
    assert.match(error.message, /was not sent: the token is empty/);
    assert.equal(fixture.server.requests().length, requestsBefore);
  });

  it('rejects token containing a space', async () => {
    const token = 'Bearer siro_test_FAKE_with_prefix';
    const api = createSiroApi({ baseUrl: fixture.server.url, token });

    const error = await rejectionOf(api.getCallerIdentity());

    assert.equal(error.isUnauthorized, true);
    assert.match(error.message, /space, line break or non-ASCII character/);
    assertHidesToken(error, token);
  });
});
