import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { DEMO_ORGANIZATION_TOKEN, DEMO_ORG_GROUP_TOKEN } from '../../src/demo/siro-server.js';
import { createKeychainStore } from '../../src/keychain/keychain-store.js';
import { startCliFixture, type CliFixture } from '../support/run-cli.js';

describe('siro-token login', () => {
  let fixture: CliFixture;

  before(async () => {
    fixture = await startCliFixture();
  });

  after(async () => {
    await fixture.close();
  });

  const storedToken = (profile: string) => createKeychainStore(fixture.keychainService).read(profile);

  it('stores a token with CRLF and inner spaces', async () => {
    const middle = Math.floor(DEMO_ORG_GROUP_TOKEN.length / 2);
    const pasted = `  ${DEMO_ORG_GROUP_TOKEN.slice(0, middle)} \t${DEMO_ORG_GROUP_TOKEN.slice(middle)}\r\n`;

    const result = await fixture.run(['login', '--with-token', '--profile', 'crlf'], { stdin: pasted });

    assert.equal(result.exitCode, 0, result.stderr);
    assert.match(result.stdout, /Logged in to profile "crlf" as token "Demo org-group token" \(tok_demo_orggroup\)/);
    assert.equal(await storedToken('crlf'), DEMO_ORG_GROUP_TOKEN);
  });

  it('checks the token with caller-identity', async () => {
    const before = fixture.server.requests().length;

    await fixture.run(['login', '--with-token', '--profile', 'checked'], { stdin: DEMO_ORG_GROUP_TOKEN });

    const paths = fixture.server.requests().slice(before).map((request) => `${request.method} ${request.path}`);
    assert.deepEqual(paths, ['GET /v1/core/auth/caller-identity']);
  });

  it('prints the JSON login shape', async () => {
    const result = await fixture.run(['login', '--with-token', '--profile', 'json', '--json'], { stdin: DEMO_ORG_GROUP_TOKEN });

    assert.equal(result.exitCode, 0, result.stderr);
    const document = JSON.parse(result.stdout);
    assert.equal(document.profile, 'json');
    assert.equal(document.storedIn, 'keychain');
    assert.equal(document.identity.tokenId, 'tok_demo_orggroup');
    assert.equal(document.identity.authorizedOrgGroupId, 'og_demo_home_services');
    assert.equal('token' in document.identity, false);
  });

  it('rejects an organization token with exit 3', async () => {
    const result = await fixture.run(['login', '--with-token', '--profile', 'orgtoken'], { stdin: DEMO_ORGANIZATION_TOKEN });

    assert.equal(result.exitCode, 3);
    assert.match(result.stderr, /This is an organization token .*not an org-group token/);
    assert.match(result.stderr, /Nothing was stored\./);
    assert.equal(await storedToken('orgtoken'), null);
  });

  it('rejects an unknown token with exit 3', async () => {
    const result = await fixture.run(['login', '--with-token', '--profile', 'unknown'], {
      stdin: 'siro_test_unknown_NOT_A_REAL_TOKEN_0000000000\n',
    });

    assert.equal(result.exitCode, 3);
    assert.match(result.stderr, /401/);
    assert.match(result.stderr, /Nothing was stored\./);
    assert.ok(!result.stderr.includes('siro_test_unknown_NOT_A_REAL_TOKEN_0000000000'), 'the rejected token is echoed');
    assert.equal(await storedToken('unknown'), null);
  });

  it('requires --with-token without a terminal', async () => {
    const result = await fixture.run(['login', '--profile', 'noflag'], { stdin: DEMO_ORG_GROUP_TOKEN });

    assert.equal(result.exitCode, 2);
    assert.match(result.stderr, /needs a terminal/);
    assert.match(result.stderr, /--with-token/);
    assert.equal(await storedToken('noflag'), null);
  });

  it('rejects empty standard input with exit 2', async () => {
    const result = await fixture.run(['login', '--with-token', '--profile', 'empty'], { stdin: ' \r\n' });

    assert.equal(result.exitCode, 2);
    assert.match(result.stderr, /The token is empty/);
    assert.equal(await storedToken('empty'), null);
  });

  it('warns that SIRO_ORG_GROUP_TOKEN wins', async () => {
    const result = await fixture.run(['login', '--with-token', '--profile', 'shadowed'], {
      stdin: DEMO_ORG_GROUP_TOKEN,
      env: { SIRO_ORG_GROUP_TOKEN: DEMO_ORG_GROUP_TOKEN },
    });

    assert.equal(result.exitCode, 0, result.stderr);
    assert.match(result.stderr, /Warning: SIRO_ORG_GROUP_TOKEN is set, so commands use it instead of the stored token/);
  });

  it('rejects a token passed as an argument', async () => {
    const result = await fixture.run(['login', 'siro_test_argv_NOT_A_REAL_TOKEN_123456'], { stdin: '' });

    assert.equal(result.exitCode, 2);
    assert.match(result.stderr, /never accepted as a command-line argument/);
    assert.ok(!result.stderr.includes('siro_test_argv_NOT_A_REAL_TOKEN_123456'), 'the argument is echoed');
  });
});
