import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { DEMO_ORG_GROUP_TOKEN } from '../../src/demo/siro-server.js';
import { createKeychainStore } from '../../src/keychain/keychain-store.js';
import { startCliFixture, type CliFixture } from '../support/run-cli.js';

describe('siro-token profiles and logout', () => {
  let fixture: CliFixture;

  before(async () => {
    fixture = await startCliFixture();
  });

  after(async () => {
    await fixture.close();
  });

  const keychain = () => createKeychainStore(fixture.keychainService);

  it('profiles is empty at first', async () => {
    const text = await fixture.run(['profiles']);
    const json = await fixture.run(['profiles', '--json']);

    assert.equal(text.exitCode, 0);
    assert.equal(text.stdout, '');
    assert.match(text.stderr, /No profile has a token in the keychain/);
    assert.deepEqual(JSON.parse(json.stdout), []);
  });

  it('profiles lists names without secrets', async () => {
    await keychain().write('work', DEMO_ORG_GROUP_TOKEN);
    await keychain().write('staging', DEMO_ORG_GROUP_TOKEN);

    const text = await fixture.run(['profiles']);
    const json = await fixture.run(['profiles', '--json']);

    assert.equal(text.exitCode, 0, text.stderr);
    assert.equal(text.stdout, 'staging\nwork\n');
    assert.deepEqual(JSON.parse(json.stdout), [{ name: 'staging' }, { name: 'work' }]);
  });

  it('logout without --yes and terminal exits 2', async () => {
    const result = await fixture.run(['logout', '--profile', 'work'], { stdin: 'y\n' });

    assert.equal(result.exitCode, 2);
    assert.match(result.stderr, /standard input is not a terminal\. Pass --yes/);
    assert.equal(await keychain().read('work'), DEMO_ORG_GROUP_TOKEN);
  });

  it('logout --yes removes the entry', async () => {
    const result = await fixture.run(['logout', '--profile', 'work', '--yes']);

    assert.equal(result.exitCode, 0, result.stderr);
    assert.equal(result.stdout, 'Removed the token of profile "work" from the keychain.\n');
    assert.equal(await keychain().read('work'), null);
    assert.equal(await keychain().read('staging'), DEMO_ORG_GROUP_TOKEN);
  });

  it('logout of missing profile exits 4', async () => {
    const result = await fixture.run(['logout', '--profile', 'work', '--yes']);

    assert.equal(result.exitCode, 4);
    assert.match(result.stderr, /No token is stored in the keychain for profile "work"/);
  });

  it('logout --json prints the shape', async () => {
    const result = await fixture.run(['logout', '--profile', 'staging', '-y', '--json']);

    assert.equal(result.exitCode, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), { profile: 'staging', removed: true });
  });
});
