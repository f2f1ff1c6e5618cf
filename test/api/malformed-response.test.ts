import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';

import { SAMPLE_ORGANIZATIONS } from '../../src/demo/sample-organizations.js';
import { rejectionOf, closeFixturesAfterEach, type ApiFixture } from './api-test-helpers.js';

const FIRST = SAMPLE_ORGANIZATIONS[0]!;
const IDENTITY = '/v1/core/auth/caller-identity';

const VALID_IDENTITY = {
  tokenId: 'tok_1',
  tokenName: 'name',
  organizationId: 'org_1',
  authorizedOrgGroupId: 'og_1',
  parentOrgGroupTokenId: null,
  createdAt: '2024-06-13T04:00:00.592Z',
  createdBy: null,
};

describe('malformed 2xx responses', () => {
  let fixture: ApiFixture | undefined;
  const startFixture = closeFixturesAfterEach();

  it('rejects body that is not JSON', async () => {
    fixture = await startFixture();
    fixture.server.failNext({ path: IDENTITY, status: 200, rawBody: '{"tokenId": ' });

    const error = await rejectionOf(fixture.api.getCallerIdentity());

    assert.equal(error.kind, 'malformed');
    assert.equal(error.status, undefined);
    assert.equal(error.message, `GET ${IDENTITY} returned an invalid response: the body is not valid JSON.`);
  });

  it('rejects missing tokenId', async () => {
    fixture = await startFixture();
    const { tokenId: _omitted, ...withoutTokenId } = VALID_IDENTITY;
    fixture.server.failNext({ path: IDENTITY, status: 200, body: withoutTokenId });

    const error = await rejectionOf(fixture.api.getCallerIdentity());

    assert.equal(error.kind, 'malformed');
    assert.equal(error.message, `GET ${IDENTITY} returned an invalid response: field "tokenId" is missing.`);
  });

  it('rejects wrong type of field', async () => {
    fixture = await startFixture();
    fixture.server.failNext({ path: IDENTITY, status: 200, body: { ...VALID_IDENTITY, createdAt: 1718251200 } });

    const error = await rejectionOf(fixture.api.getCallerIdentity());

    assert.equal(
      error.message,
      `GET ${IDENTITY} returned an invalid response: field "createdAt" must be a string, but is a number.`,
    );
  });

  it('rejects non-null string field set to null', async () => {
    fixture = await startFixture();
    fixture.server.failNext({ path: IDENTITY, status: 200, body: { ...VALID_IDENTITY, tokenName: null } });

    const error = await rejectionOf(fixture.api.getCallerIdentity());

    assert.match(error.message, /field "tokenName" must be a string, but is null\.$/);
  });

  it('rejects nullable field of wrong type', async () => {
    fixture = await startFixture();
    fixture.server.failNext({ path: IDENTITY, status: 200, body: { ...VALID_IDENTITY, createdBy: 5 } });

    const error = await rejectionOf(fixture.api.getCallerIdentity());

    assert.match(error.message, /field "createdBy" must be a string or null, but is a number\.$/);
  });

  it('rejects array body', async () => {
    fixture = await startFixture();
    fixture.server.failNext({ path: IDENTITY, status: 200, body: [VALID_IDENTITY] });

    const error = await rejectionOf(fixture.api.getCallerIdentity());

    assert.match(error.message, /returned an invalid response: the body must be a JSON object, but is an array\.$/);
  });

  it('rejects token list item field', async () => {
    fixture = await startFixture();
    const { organizationId: _omitted, ...item } = VALID_IDENTITY;
    fixture.server.failNext({ path: '/v1/core/auth/tokens', status: 200, body: { data: [VALID_IDENTITY, item], cursor: null } });

    const error = await rejectionOf(fixture.api.listTokens(FIRST.id));

    assert.match(error.message, /field "data\[1\]\.organizationId" is missing\.$/);
  });

  it('rejects create response without token', async () => {
    fixture = await startFixture();
    fixture.server.failNext({ method: 'POST', status: 200, body: { ...VALID_IDENTITY, authorizedOrgGroupId: null } });

    const error = await rejectionOf(fixture.api.createToken({ tokenName: 'x', organizationId: FIRST.id }));

    assert.equal(error.kind, 'malformed');
    assert.equal(error.mayHaveTakenEffect, true);
    assert.match(error.message, /field "token" is missing\. The token may have been created anyway\./);
    assert.match(error.message, new RegExp(`siro-token tokens --org ${FIRST.id}`));
  });

  it('rejects create response with empty token', async () => {
    fixture = await startFixture();
    fixture.server.failNext({ method: 'POST', status: 200, body: { ...VALID_IDENTITY, token: '' } });

    const error = await rejectionOf(fixture.api.createToken({ tokenName: 'x', organizationId: FIRST.id }));

    assert.match(error.message, /field "token" is empty\./);
  });

  it('rejects empty 204 body', async () => {
    fixture = await startFixture();
    fixture.server.failNext({ method: 'DELETE', status: 204, rawBody: '' });

    const error = await rejectionOf(fixture.api.revokeToken('tok_demo_ci', FIRST.id));

    assert.equal(error.kind, 'malformed');
    assert.equal(error.mayHaveTakenEffect, true);
    assert.match(error.message, /The token may have been revoked anyway\./);
  });
});
