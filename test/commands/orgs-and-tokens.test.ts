import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { DEMO_ORG_GROUP_TOKEN, SAMPLE_ORGANIZATIONS_FOR_TESTS } from './sample-data.js';
import { startCliFixture, type CliFixture } from '../support/run-cli.js';

const ESC = '\u001b';

describe('siro-token orgs and tokens', () => {
  let fixture: CliFixture;
  const env = { SIRO_ORG_GROUP_TOKEN: DEMO_ORG_GROUP_TOKEN };

  before(async () => {
    fixture = await startCliFixture({ organizations: SAMPLE_ORGANIZATIONS_FOR_TESTS });
  });

  after(async () => {
    await fixture.close();
  });

  it('orgs reads every page', async () => {
    const result = await fixture.run(['orgs', '--json'], { env });
    const organizationPages = fixture.server.requests().filter((request) => request.path === '/v1/core/organizations');

    assert.equal(result.exitCode, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout).length, SAMPLE_ORGANIZATIONS_FOR_TESTS.length);
    assert.ok(organizationPages.length > 1, `only ${organizationPages.length} page was requested`);
  });

  it('orgs JSON has id, name, disabled', async () => {
    const result = await fixture.run(['orgs', '--json'], { env });
    const organizations = JSON.parse(result.stdout) as Array<Record<string, unknown>>;

    for (const organization of organizations) {
      assert.deepEqual(Object.keys(organization), ['id', 'name', 'disabled']);
    }
    assert.ok(organizations.some((organization) => organization.disabled === true), 'no disabled organization');
    assert.ok(organizations.some((organization) => organization.name === null), 'no organization without a name');
  });

  it('orgs table cleans names for the terminal', async () => {
    const result = await fixture.run(['orgs'], { env });

    assert.equal(result.exitCode, 0, result.stderr);
    assert.match(result.stdout, /^ID +DISABLED +NAME$/m);
    assert.match(result.stdout, / yes +Old Town Gutters \(closed\)$/m);
    assert.match(result.stdout, / no +Red Corp$/m);
    assert.match(result.stdout, / no +東京ルーフィング株式会社$/m);
    assert.ok(!result.stdout.includes(ESC), 'stdout contains an escape character');
  });

  it('orgs --filter matches name, case-insensitive', async () => {
    const result = await fixture.run(['orgs', '--filter', 'ACME', '--json'], { env });
    const names = (JSON.parse(result.stdout) as Array<{ name: string }>).map((organization) => organization.name);

    assert.deepEqual(names, ['Acme Roofing', 'ACME roofing']);
  });

  it('orgs --filter without match prints nothing', async () => {
    const result = await fixture.run(['orgs', '--filter', 'no such organization'], { env });

    assert.equal(result.exitCode, 0);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /No organization name or id contains "no such organization"/);
  });

  it('tokens by name lists metadata only', async () => {
    const result = await fixture.run(['tokens', '--org', 'aurora roofing & solar', '--json'], { env });
    const tokens = JSON.parse(result.stdout) as Array<Record<string, unknown>>;

    assert.equal(result.exitCode, 0, result.stderr);
    assert.ok(tokens.length > 0);
    for (const token of tokens) {
      assert.deepEqual(Object.keys(token).sort(), [
        'authorizedOrgGroupId',
        'createdAt',
        'createdBy',
        'organizationId',
        'parentOrgGroupTokenId',
        'tokenId',
        'tokenName',
      ]);
    }
  });

  it('tokens by id prints a table', async () => {
    const id = SAMPLE_ORGANIZATIONS_FOR_TESTS[0]?.id ?? '';
    const result = await fixture.run(['tokens', '--org', id], { env });

    assert.equal(result.exitCode, 0, result.stderr);
    assert.match(result.stdout, /^ID +CREATED AT +CREATED BY +NAME$/m);
    assert.match(result.stdout, /^tok_demo_zapier +\S+ +\S+ +zapier-sync$/m);
  });

  it('ambiguous organization name exits 2', async () => {
    const result = await fixture.run(['tokens', '--org', 'acme ROOFING'], { env });
    const acme = SAMPLE_ORGANIZATIONS_FOR_TESTS.filter((organization) => organization.name?.toLowerCase() === 'acme roofing');

    assert.equal(result.exitCode, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /The name "acme ROOFING" matches 2 organizations/);
    for (const organization of acme) {
      assert.ok(result.stderr.includes(`(${organization.id})`), `match ${organization.id} is not listed`);
    }
    assert.match(result.stderr, /Pass the id with --org instead/);
  });

  it('ambiguous name JSON error has its code', async () => {
    const result = await fixture.run(['tokens', '--org', 'Acme Roofing', '--json'], { env });

    assert.equal(result.exitCode, 2);
    assert.equal(JSON.parse(result.stderr).error.code, 'ambiguous-organization');
  });

  it('unknown organization exits 4', async () => {
    const result = await fixture.run(['tokens', '--org', 'Nobody Inc'], { env });

    assert.equal(result.exitCode, 4);
    assert.match(result.stderr, /No organization has the id or name "Nobody Inc"\. Run `siro-token orgs`/);
  });

  it('tokens without --org exits 2', async () => {
    const result = await fixture.run(['tokens'], { env });

    assert.equal(result.exitCode, 2);
    assert.match(result.stderr, /tokens needs --org ORG/);
  });

  it('orgs without any token exits 3', async () => {
    const result = await fixture.run(['orgs']);

    assert.equal(result.exitCode, 3);
    assert.match(result.stderr, /No org-group token is stored for profile "default"\. Run `siro-token login` to store one, or set SIRO_ORG_GROUP_TOKEN\./);
  });
});
