import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, it } from 'node:test';

import { COMMANDS } from '../../src/cli/command-definitions.js';
import { DEMO_ORGANIZATION_TOKEN, DEMO_ORG_GROUP_TOKEN } from '../../src/demo/siro-server.js';
import { assertNoLeakedSecrets, runCli } from '../support/run-cli.js';

const packageVersion = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('siro-token arguments', () => {
  after(() => {
    assertNoLeakedSecrets({ orgGroupTokens: [DEMO_ORG_GROUP_TOKEN, DEMO_ORGANIZATION_TOKEN], createdTokens: [] });
  });

  it('--help lists commands, environment, exit codes', async () => {
    const result = await runCli(['--help']);

    assert.equal(result.exitCode, 0);
    for (const command of Object.keys(COMMANDS)) {
      assert.match(result.stdout, new RegExp(`^  ${command} `, 'm'), `command ${command} is missing`);
    }
    for (const variable of ['SIRO_ORG_GROUP_TOKEN', 'SIRO_API_URL', 'NO_COLOR', 'SIRO_TOKEN_KEYCHAIN_SERVICE']) {
      assert.ok(result.stdout.includes(variable), `${variable} is missing`);
    }
    for (const code of ['0', '1', '2', '3', '4', '129', '130', '143']) {
      assert.match(result.stdout, new RegExp(`^  ${code} +\\S`, 'm'), `exit code ${code} is missing`);
    }
    assert.equal(result.stderr, '');
  });

  it('--help explains --demo runs', async () => {
    const result = await runCli(['--help']);
    const demoLines = result.stdout.split('\n').filter((line) => /^ +--demo /.test(line));

    assert.equal(demoLines.length, 1);
    assert.match(demoLines[0] ?? '', /demo org-group token/);
    assert.match(demoLines[0] ?? '', /started fresh for each run, so tokens created in one run are not listed in the next/);
  });

  it('--help works on every command', async () => {
    for (const command of Object.keys(COMMANDS)) {
      const result = await runCli([command, '--help']);

      assert.equal(result.exitCode, 0, `${command} --help: ${result.stderr}`);
      assert.ok(result.stdout.includes(`siro-token ${command}`), `${command} --help shows no usage line`);
      assert.ok(result.stdout.includes('Exit codes:'), `${command} --help shows no exit codes`);
    }
  });

  it('help COMMAND equals COMMAND --help', async () => {
    const viaHelp = await runCli(['help', 'create']);
    const viaFlag = await runCli(['create', '-h']);

    assert.equal(viaHelp.exitCode, 0);
    assert.equal(viaHelp.stdout, viaFlag.stdout);
    assert.match(viaHelp.stdout, /--output PATH/);
    assert.match(viaHelp.stdout, /--force/);
  });

  it('--version prints the package version', async () => {
    const long = await runCli(['--version']);
    const short = await runCli(['-V']);

    assert.equal(long.exitCode, 0);
    assert.equal(long.stdout, `${packageVersion}\n`);
    assert.equal(short.stdout, `${packageVersion}\n`);
  });

  it('unknown command exits 2', async () => {
    const result = await runCli(['frobnicate']);

    assert.equal(result.exitCode, 2);
    assert.match(result.stderr, /Unknown command "frobnicate"/);
    assert.match(result.stderr, /siro-token --help/);
  });

  it('unknown command that looks like a token is not echoed', async () => {
    const pasted = 'siro_test_pasted_NOT_A_REAL_TOKEN_0123456789abcdef';
    const result = await runCli([pasted]);

    assert.equal(result.exitCode, 2);
    assert.match(result.stderr, /Unknown command\./);
    assert.ok(!result.stderr.includes(pasted));
  });

  it('unknown flag exits 2', async () => {
    const result = await runCli(['orgs', '--colour']);

    assert.equal(result.exitCode, 2);
    assert.match(result.stderr, /Unknown option --colour\./);
    assert.match(result.stderr, /siro-token --help/);
  });

  it('flag of another command exits 2', async () => {
    const result = await runCli(['orgs', '--org', 'Acme']);

    assert.equal(result.exitCode, 2);
    assert.match(result.stderr, /The option --org is not valid for orgs\./);
    assert.match(result.stderr, /siro-token orgs --help/);
  });

  it('missing flag value exits 2', async () => {
    const result = await runCli(['tokens', '--org']);

    assert.equal(result.exitCode, 2);
    assert.match(result.stderr, /The option --org is missing its value \(--org ORG\)\./);
  });

  it('flag value that looks like a flag exits 2', async () => {
    const result = await runCli(['create', '--name', '--org', 'Acme']);

    assert.equal(result.exitCode, 2);
    assert.match(result.stderr, /The option --name is missing its value/);
  });

  it('--token is rejected with the reason', async () => {
    const secret = 'siro_test_flag_NOT_A_REAL_TOKEN_abcdef0123';

    for (const args of [['orgs', '--token', secret], ['orgs', `--token=${secret}`], ['login', `--with-token=${secret}`]]) {
      const result = await runCli(args);

      assert.equal(result.exitCode, 2, args.join(' '));
      assert.match(result.stderr, /never accepted as a command-line argument, because arguments show in `ps` and in shell history/);
      assert.ok(!result.stderr.includes(secret), `${args[1]} echoes the token`);
    }
  });

  it('--token is rejected even with --help', async () => {
    const result = await runCli(['orgs', '--help', '--token=siro_test_help_NOT_A_REAL_TOKEN_12345']);

    assert.equal(result.exitCode, 2);
    assert.equal(result.stdout, '');
  });

  it('extra argument exits 2 without echo', async () => {
    const result = await runCli(['status', 'extra-argument-value']);

    assert.equal(result.exitCode, 2);
    assert.match(result.stderr, /status takes no arguments, but 1 was given\./);
    assert.ok(!result.stderr.includes('extra-argument-value'));
  });

  it('revoke without TOKEN_ID exits 2', async () => {
    const result = await runCli(['revoke', '--org', 'Acme', '--yes']);

    assert.equal(result.exitCode, 2);
    assert.match(result.stderr, /revoke is missing TOKEN_ID\./);
  });

  it('invalid profile name exits 2', async () => {
    const result = await runCli(['status', '--profile', 'has space']);

    assert.equal(result.exitCode, 2);
    assert.match(result.stderr, /The profile name "has space" is invalid/);
  });

  it('invalid API URL exits 2', async () => {
    const fromFlag = await runCli(['status', '--api-url', 'http://example.com/api']);
    const fromEnvironment = await runCli(['status'], { env: { SIRO_API_URL: 'ftp://127.0.0.1/' } });

    assert.equal(fromFlag.exitCode, 2);
    assert.match(fromFlag.stderr, /from --api-url is invalid/);
    assert.equal(fromEnvironment.exitCode, 2);
    assert.match(fromEnvironment.stderr, /from SIRO_API_URL is invalid/);
  });

  it('--demo with another profile exits 2', async () => {
    const result = await runCli(['orgs', '--demo', '--profile', 'work']);

    assert.equal(result.exitCode, 2);
    assert.match(result.stderr, /--demo always uses the profile "demo"/);
  });

  it('usage error with --json is JSON', async () => {
    const result = await runCli(['orgs', '--json', '--bogus']);

    assert.equal(result.exitCode, 2);
    assert.equal(result.stdout, '');
    assert.deepEqual(JSON.parse(result.stderr), {
      error: { code: 'usage', message: 'Unknown option --bogus. See `siro-token --help` for usage.', exitCode: 2 },
    });
  });

  it('guided flow without a terminal exits 2', async () => {
    const result = await runCli([]);

    assert.equal(result.exitCode, 2);
    assert.equal(result.stdout, '');
    assert.ok(
      result.stderr.includes(
        'siro-token needs an interactive terminal for the guided flow; use the commands (see siro-token --help) in scripts.',
      ),
      result.stderr,
    );
  });

  it('guided flow rejects --json', async () => {
    const result = await runCli(['--json']);

    assert.equal(result.exitCode, 2);
    assert.match(JSON.parse(result.stderr).error.message, /--json applies to commands only/);
  });
});
