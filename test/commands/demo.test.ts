import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { DEMO_ORGANIZATION_TOKEN, DEMO_ORG_GROUP_TOKEN } from '../../src/demo/siro-server.js';
import { createKeychainStore } from '../../src/keychain/keychain-store.js';
import { startCliFixture, type CliFixture } from '../support/run-cli.js';

// With --demo each run starts its own demo server, so the fixture's server only hosts the leak check.
describe('siro-token commands with --demo', () => {
  let fixture: CliFixture;

  before(async () => {
    fixture = await startCliFixture();
    // An organization token: if status used it, caller-identity would show it and exit 3.
    await createKeychainStore(fixture.keychainService).write('demo', DEMO_ORGANIZATION_TOKEN);
  });

  after(async () => {
    await fixture.close();
  });

  it('status uses the demo token', async () => {
    const result = await fixture.run(['status', '--demo']);

    assert.equal(result.exitCode, 0, result.stderr);
    assert.match(
      result.stdout,
      /^Token source: +the demo org-group token \(commands with --demo always use it, not the keychain or SIRO_ORG_GROUP_TOKEN\)$/m,
    );
    assert.match(result.stdout, /^Keychain: +a token is stored for this profile, but --demo does not use it$/m);
    assert.match(result.stdout, /^Token: +Demo org-group token \(tok_demo_orggroup\)$/m);
    assert.match(result.stdout, /^Org group: +og_demo_home_services$/m);
  });

  it('status names an ignored variable', async () => {
    const result = await fixture.run(['status', '--demo', '--json'], { env: { SIRO_ORG_GROUP_TOKEN: DEMO_ORG_GROUP_TOKEN } });
    const document = JSON.parse(result.stdout);

    assert.equal(result.exitCode, 0, result.stderr);
    assert.equal(document.tokenSource, 'demo');
    assert.equal(document.environmentTokenSet, true);
    assert.equal(document.identity.tokenId, 'tok_demo_orggroup');
  });

  it('tokens of an earlier run are gone', async () => {
    const organization = 'Coastal HVAC';
    const created = await fixture.run(['create', '--demo', '--org', organization, '--name', 'first run', '--json']);
    const tokenId = JSON.parse(created.stdout).tokenId as string;

    const listed = await fixture.run(['tokens', '--demo', '--org', organization, '--json']);
    const ids = (JSON.parse(listed.stdout) as Array<{ tokenId: string }>).map((token) => token.tokenId);

    assert.equal(created.exitCode, 0, created.stderr);
    assert.equal(listed.exitCode, 0, listed.stderr);
    assert.ok(!ids.includes(tokenId), `${tokenId} is listed in a later run`);
  });
});
