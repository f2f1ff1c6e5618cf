import assert from 'node:assert/strict';
import { access, constants, readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';

import { DEMO_ORG_GROUP_TOKEN } from '../../src/demo/siro-server.js';
import { askedForSecretOnStdout, assertNoLeakedSecrets, startCliFixture, type CliFixture } from '../support/run-cli.js';

describe('secret check over recorded runs', () => {
  let fixture: CliFixture;

  before(async () => {
    fixture = await startCliFixture();
  });

  after(async () => {
    await fixture.close();
  });

  it('asked-for rule reads create flags', () => {
    assert.equal(askedForSecretOnStdout(['create', '--org', 'A', '--name', 'n']), true);
    assert.equal(askedForSecretOnStdout(['create', '--org', 'A', '--output', '-']), true);
    assert.equal(askedForSecretOnStdout(['create', '-o', '-']), true);
    assert.equal(askedForSecretOnStdout(['create', '--output=-']), true);
    assert.equal(askedForSecretOnStdout(['create', '--output', 'token.txt']), false);
    assert.equal(askedForSecretOnStdout(['create', '--output=token.txt']), false);
    assert.equal(askedForSecretOnStdout(['tokens', '--org', 'A']), false);
  });

  it('check fails on a token in output', async () => {
    const result = await fixture.run(['create', '--org', 'Coastal HVAC', '--name', 'leak check', '-o', '-'], {
      env: { SIRO_ORG_GROUP_TOKEN: DEMO_ORG_GROUP_TOKEN },
    });
    const created = fixture.server.createdTokens().at(-1);
    assert.equal(result.exitCode, 0, result.stderr);
    assert.ok(created !== undefined);

    // Passing the created secret as if it were an org-group token must trip the check.
    assert.throws(
      () => assertNoLeakedSecrets({ orgGroupTokens: [created.token], createdTokens: [] }),
      /stdout contains an org-group token/,
    );
    assert.doesNotThrow(() => assertNoLeakedSecrets({ orgGroupTokens: [DEMO_ORG_GROUP_TOKEN], createdTokens: [created] }));
  });
});

describe('built program', () => {
  const built = new URL('../../dist/cli.js', import.meta.url);

  it('dist/cli.js starts with a shebang', async (context) => {
    try {
      await access(built, constants.R_OK);
    } catch {
      context.skip('dist/cli.js is missing: npm test builds it first');
      return;
    }

    const firstLine = (await readFile(built, 'utf8')).split('\n', 1)[0];
    assert.equal(firstLine, '#!/usr/bin/env node');
  });
});
