import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { DEMO_ORGANIZATION_TOKEN, DEMO_ORG_GROUP_TOKEN } from '../../src/demo/siro-server.js';
import { createKeychainStore } from '../../src/keychain/keychain-store.js';
import { startCliFixture, type CliFixture } from '../support/run-cli.js';

describe('siro-token status', () => {
  let fixture: CliFixture;

  before(async () => {
    fixture = await startCliFixture();
    await createKeychainStore(fixture.keychainService).write('stored', DEMO_ORG_GROUP_TOKEN);
  });

  after(async () => {
    await fixture.close();
  });

  it('without a token prints status and exits 3', async () => {
    const result = await fixture.run(['status', '--profile', 'empty']);

    assert.equal(result.exitCode, 3);
    assert.match(result.stdout, /^Profile: +empty$/m);
    assert.match(result.stdout, /^Token source: +none$/m);
    assert.match(result.stdout, /^Keychain: +no token is stored for this profile$/m);
    assert.match(result.stderr, /No org-group token is stored for profile "empty"\. Run `siro-token login --profile empty`/);
  });

  it('with a keychain token shows its identity', async () => {
    const result = await fixture.run(['status', '--profile', 'stored']);

    assert.equal(result.exitCode, 0, result.stderr);
    assert.match(result.stdout, /^Token source: +the keychain$/m);
    assert.match(result.stdout, new RegExp(`^API URL: +${fixture.server.url}$`, 'm'));
    assert.match(result.stdout, /^Org group: +og_demo_home_services$/m);
    assert.match(result.stdout, /^Token: +Demo org-group token \(tok_demo_orggroup\)$/m);
    assert.match(result.stdout, /^Created: +2024-05-02T15:04:05\.000Z by uid_demo_admin$/m);
  });

  it('says the environment variable wins', async () => {
    const result = await fixture.run(['status', '--profile', 'stored'], { env: { SIRO_ORG_GROUP_TOKEN: DEMO_ORG_GROUP_TOKEN } });

    assert.equal(result.exitCode, 0, result.stderr);
    assert.match(result.stdout, /^Token source: +SIRO_ORG_GROUP_TOKEN \(it wins over the token stored in the keychain for this profile\)$/m);
  });

  it('shows the default API URL as default', async () => {
    const result = await fixture.run(['status', '--profile', 'empty'], { env: { SIRO_API_URL: undefined } });

    assert.match(result.stdout, /^API URL: +https:\/\/functions\.siro\.ai\/api-externalApi \(default\)$/m);
  });

  it('prints the JSON status shape', async () => {
    const result = await fixture.run(['status', '--profile', 'stored', '--json']);

    assert.equal(result.exitCode, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), {
      profile: 'stored',
      apiUrl: fixture.server.url,
      apiUrlIsDefault: false,
      tokenSource: 'keychain',
      environmentTokenSet: false,
      keychain: { available: true, hasToken: true, error: null },
      identity: {
        tokenId: 'tok_demo_orggroup',
        tokenName: 'Demo org-group token',
        organizationId: JSON.parse(result.stdout).identity.organizationId,
        authorizedOrgGroupId: 'og_demo_home_services',
        parentOrgGroupTokenId: null,
        createdAt: '2024-05-02T15:04:05.000Z',
        createdBy: 'uid_demo_admin',
      },
    });
  });

  it('JSON without a token adds a JSON error', async () => {
    const result = await fixture.run(['status', '--profile', 'empty', '--json']);

    assert.equal(result.exitCode, 3);
    assert.equal(JSON.parse(result.stdout).tokenSource, null);
    assert.equal(JSON.parse(result.stdout).identity, null);
    assert.equal(JSON.parse(result.stderr).error.code, 'no-token');
    assert.equal(JSON.parse(result.stderr).error.exitCode, 3);
  });

  it('rejected environment token exits 3', async () => {
    const result = await fixture.run(['status'], { env: { SIRO_ORG_GROUP_TOKEN: 'siro_test_revoked_NOT_A_REAL_TOKEN_99' } });

    assert.equal(result.exitCode, 3);
    assert.match(result.stdout, /^Token source: +SIRO_ORG_GROUP_TOKEN$/m);
    assert.match(result.stderr, /401 Unauthorized/);
    assert.match(result.stderr, /The token came from SIRO_ORG_GROUP_TOKEN/);
  });

  it('organization token from the environment exits 3', async () => {
    const result = await fixture.run(['status'], { env: { SIRO_ORG_GROUP_TOKEN: DEMO_ORGANIZATION_TOKEN } });

    assert.equal(result.exitCode, 3);
    assert.match(result.stdout, /^Org group: +none \(this is an organization token\)$/m);
    assert.match(result.stderr, /is an organization token, not an org-group token/);
  });
});
