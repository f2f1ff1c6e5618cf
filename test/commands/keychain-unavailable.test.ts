import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import { DEMO_ORG_GROUP_TOKEN } from './sample-data.js';
import { startCliFixture, type CliFixture, type CliRunOptions } from '../support/run-cli.js';

// Commands in a process whose D-Bus address leads nowhere, so no Secret Service responds.
describe('siro-token without a keychain', () => {
  let fixture: CliFixture;
  let sandbox: string;
  let noKeychain: Record<string, string>;

  before(async () => {
    fixture = await startCliFixture();
    sandbox = await mkdtemp(join(tmpdir(), 'siro-token-no-keychain-'));
    noKeychain = { DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(sandbox, 'no-bus')}`, XDG_RUNTIME_DIR: sandbox };
  });

  after(async () => {
    await rm(sandbox, { recursive: true, force: true });
    await fixture.close();
  });

  const run = (args: string[], options: CliRunOptions = {}) => fixture.run(args, { ...options, env: { ...noKeychain, ...options.env } });

  it('login exits 1 and stores nothing', async () => {
    const result = await run(['login', '--with-token'], { stdin: DEMO_ORG_GROUP_TOKEN });

    assert.equal(result.exitCode, 1);
    assert.match(result.stderr, /Could not reach the OS keychain/);
    assert.match(result.stderr, /dbus-run-session/);
    assert.match(result.stderr, /Nothing was stored\./);
    assert.equal(result.stdout, '');
  });

  it('orgs without the variable exits 3', async () => {
    const result = await run(['orgs']);

    assert.equal(result.exitCode, 3);
    assert.match(result.stderr, /Could not reach the OS keychain/);
    assert.match(result.stderr, /Or set SIRO_ORG_GROUP_TOKEN/);
  });

  it('orgs with the variable works', async () => {
    const result = await run(['orgs', '--json'], { env: { SIRO_ORG_GROUP_TOKEN: DEMO_ORG_GROUP_TOKEN } });

    assert.equal(result.exitCode, 0, result.stderr);
    assert.ok(JSON.parse(result.stdout).length > 0);
  });

  it('status reports it and exits 3', async () => {
    const result = await run(['status']);

    assert.equal(result.exitCode, 3);
    assert.match(result.stdout, /^Keychain: +unavailable: Could not reach the OS keychain/m);
    assert.equal(JSON.parse((await run(['status', '--json'])).stdout).keychain.available, false);
  });

  it('profiles exits 1', async () => {
    const result = await run(['profiles']);

    assert.equal(result.exitCode, 1);
    assert.match(result.stderr, /Could not reach the OS keychain/);
  });

  it('logout names the removal', async () => {
    const result = await run(['logout', '--demo', '--yes']);

    assert.equal(result.exitCode, 1);
    assert.match(result.stderr, /Could not reach the OS keychain .* to remove the token for profile "demo"/);
    assert.doesNotMatch(result.stderr, /list the stored profiles/);
    assert.equal(result.stdout, '');
  });
});
