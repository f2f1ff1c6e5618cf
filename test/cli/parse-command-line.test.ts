import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { CommandError } from '../../src/cli/command-error.js';
import { parseCommandLine } from '../../src/cli/parse-command-line.js';

function usageMessage(argv: string[]): string {
  try {
    parseCommandLine(argv);
  } catch (error) {
    assert.ok(error instanceof CommandError);
    assert.equal(error.exitCode, 2);
    return error.message;
  }
  assert.fail(`${argv.join(' ')} was accepted`);
}

describe('parseCommandLine', () => {
  it('no arguments is the guided flow', () => {
    assert.equal(parseCommandLine([]).command, null);
    assert.equal(parseCommandLine(['--profile', 'work']).options.profile, 'work');
  });

  it('create reads its flags', () => {
    const { command, options } = parseCommandLine(['create', '--org=Acme', '--name', 'ci', '-o', '-', '--json', '--no-color']);

    assert.equal(command, 'create');
    assert.equal(options.org, 'Acme');
    assert.equal(options.name, 'ci');
    assert.equal(options.output, '-');
    assert.equal(options.json, true);
    assert.equal(options.noColor, true);
    assert.equal(options.force, false);
  });

  it('revoke reads TOKEN_ID', () => {
    const { positionals, options } = parseCommandLine(['revoke', 'tok_1', '--org', 'Acme', '-y']);

    assert.deepEqual(positionals, ['tok_1']);
    assert.equal(options.yes, true);
  });

  it('options after -- are arguments', () => {
    assert.deepEqual(parseCommandLine(['revoke', '--org', 'Acme', '--', '-tok']).positionals, ['-tok']);
  });

  it('repeated option is rejected', () => {
    assert.match(usageMessage(['tokens', '--org', 'A', '--org', 'B']), /--org was given more than once/);
  });

  it('boolean with a value is rejected', () => {
    assert.match(usageMessage(['orgs', '--json=yes']), /--json takes no value/);
  });

  it('token options are rejected', () => {
    for (const flag of ['--token', '--org-group-token', '--api-token', '--password']) {
      assert.match(usageMessage(['orgs', flag, 'x']), /never accepted as a command-line argument/, flag);
    }
  });

  it('--help skips other usage errors', () => {
    const { command, options } = parseCommandLine(['tokens', '--org', '--help']);

    assert.equal(command, 'tokens');
    assert.equal(options.help, true);
  });

  it('help rejects an unknown topic', () => {
    assert.match(usageMessage(['help', 'frobnicate']), /There is no command of that name/);
  });

  it('guided flow rejects command flags', () => {
    assert.match(usageMessage(['--org', 'Acme']), /--org needs a command/);
  });
});
