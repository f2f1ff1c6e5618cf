import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { DEMO_ORG_GROUP_TOKEN } from './sample-data.js';
import { startCliFixture, type CliFixture } from '../support/run-cli.js';

const ORGANIZATION = 'Blue Ridge Windows';

describe('siro-token revoke', () => {
  let fixture: CliFixture;
  const env = { SIRO_ORG_GROUP_TOKEN: DEMO_ORG_GROUP_TOKEN };

  before(async () => {
    fixture = await startCliFixture();
  });

  after(async () => {
    await fixture.close();
  });

  const createToken = async (name: string): Promise<string> => {
    const result = await fixture.run(['create', '--org', ORGANIZATION, '--name', name, '--json'], { env });
    assert.equal(result.exitCode, 0, result.stderr);
    return (JSON.parse(result.stdout) as { tokenId: string }).tokenId;
  };

  const listedIds = async (): Promise<string[]> => {
    const result = await fixture.run(['tokens', '--org', ORGANIZATION, '--json'], { env });
    return (JSON.parse(result.stdout) as Array<{ tokenId: string }>).map((token) => token.tokenId);
  };

  const deleteRequests = () => fixture.server.requests().filter((request) => request.method === 'DELETE').length;

  it('without --yes and terminal exits 2 at once', async () => {
    const tokenId = await createToken('kept');
    const requestsBefore = fixture.server.requests().length;

    const result = await fixture.run(['revoke', tokenId, '--org', ORGANIZATION], { env, stdin: 'y\n' });

    assert.equal(result.exitCode, 2);
    assert.match(result.stderr, /siro-token revoke asks for confirmation, but standard input is not a terminal\. Pass --yes/);
    assert.equal(fixture.server.requests().length, requestsBefore, 'a request was sent');
    assert.ok((await listedIds()).includes(tokenId));
  });

  it('--yes revokes the token', async () => {
    const tokenId = await createToken('to revoke');

    const result = await fixture.run(['revoke', tokenId, '--org', ORGANIZATION, '--yes'], { env });

    assert.equal(result.exitCode, 0, result.stderr);
    assert.match(result.stdout, new RegExp(`^Revoked token "to revoke" \\(${tokenId}\\) in Blue Ridge Windows \\(\\w+\\)\\.$`, 'm'));
    assert.ok(!(await listedIds()).includes(tokenId));
  });

  it('--json prints the revoked metadata', async () => {
    const tokenId = await createToken('json revoke');

    const result = await fixture.run(['revoke', tokenId, '--org', ORGANIZATION, '--yes', '--json'], { env });
    const document = JSON.parse(result.stdout);

    assert.equal(result.exitCode, 0, result.stderr);
    assert.equal(document.tokenId, tokenId);
    assert.equal(document.tokenName, 'json revoke');
    assert.equal('token' in document, false);
  });

  it('unknown token id exits 4', async () => {
    const before = deleteRequests();

    const result = await fixture.run(['revoke', 'tok_nope', '--org', ORGANIZATION, '--yes'], { env });

    assert.equal(result.exitCode, 4);
    assert.match(result.stderr, /Organization Blue Ridge Windows \(\w+\) has no token with the id "tok_nope"\./);
    assert.equal(deleteRequests(), before);
  });

  it('token of another organization exits 4', async () => {
    const tokenId = await createToken('elsewhere');

    const result = await fixture.run(['revoke', tokenId, '--org', 'Coastal HVAC', '--yes'], { env });

    assert.equal(result.exitCode, 4);
    assert.ok((await listedIds()).includes(tokenId));
  });
});
