import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { SiroApiError } from '../../src/api/errors.js';
import { isColorEnabled } from '../../src/cli/color.js';
import { CommandError } from '../../src/cli/command-error.js';
import { Output } from '../../src/cli/output.js';
import { reportFailure } from '../../src/cli/report-failure.js';
import { SecretRedactor } from '../../src/cli/secret-redactor.js';

const TOKEN = 'siro_test_output_NOT_A_REAL_TOKEN_5e7a';

function capture(isTTY = false) {
  const stream = { text: '', isTTY, write: (chunk: string) => ((stream.text += chunk), true) };
  return stream;
}

function createOutput(options: { json?: boolean; tty?: boolean; env?: NodeJS.ProcessEnv } = {}) {
  const stdout = capture(options.tty);
  const stderr = capture(options.tty);
  const redactor = new SecretRedactor();
  redactor.add(TOKEN);

  const output = new Output({ stdout, stderr, json: options.json ?? false, noColorFlag: false, env: options.env ?? {}, redactor });
  return { output, stdout, stderr };
}

describe('Output', () => {
  it('error redacts a known token', () => {
    const { output, stderr } = createOutput();

    output.error(new CommandError('api-error', 1, `Request with ${TOKEN} failed.`));

    assert.equal(stderr.text, 'Error: Request with [redacted token] failed.\n');
  });

  it('line and note redact too', () => {
    const { output, stdout, stderr } = createOutput();

    output.line(`stdout ${TOKEN}`);
    output.note(`stderr ${TOKEN}`);

    assert.equal(stdout.text, 'stdout [redacted token]\n');
    assert.equal(stderr.text, 'stderr [redacted token]\n');
  });

  it('secret is written unredacted', () => {
    const { output, stdout } = createOutput();

    output.secret(`${TOKEN}\n`);

    assert.equal(stdout.text, `${TOKEN}\n`);
  });

  it('JSON mode writes JSON lines on stderr', () => {
    const { output, stderr } = createOutput({ json: true });

    output.note('left out');
    output.warn('duplicate-token-name', 'Name taken.');
    output.error(new CommandError('not-found', 4, 'Missing.'));

    assert.deepEqual(
      stderr.text.trimEnd().split('\n').map((line) => JSON.parse(line)),
      [{ warning: { code: 'duplicate-token-name', message: 'Name taken.' } }, { error: { code: 'not-found', message: 'Missing.', exitCode: 4 } }],
    );
  });

  it('colour only on a terminal', () => {
    const { output, stderr } = createOutput({ tty: true });
    output.error(new CommandError('usage', 2, 'Bad.'));
    assert.equal(stderr.text, '\u001b[31mError:\u001b[39m Bad.\n');

    const piped = createOutput({ tty: false });
    piped.output.error(new CommandError('usage', 2, 'Bad.'));
    assert.equal(piped.stderr.text, 'Error: Bad.\n');
  });
});

describe('isColorEnabled', () => {
  const base = { noColorFlag: false, json: false, env: {}, isTTY: true };

  it('terminal without settings has colour', () => {
    assert.equal(isColorEnabled(base), true);
  });

  it('each setting turns colour off', () => {
    assert.equal(isColorEnabled({ ...base, noColorFlag: true }), false);
    assert.equal(isColorEnabled({ ...base, json: true }), false);
    assert.equal(isColorEnabled({ ...base, isTTY: false }), false);
    assert.equal(isColorEnabled({ ...base, env: { NO_COLOR: '1' } }), false);
    assert.equal(isColorEnabled({ ...base, env: { TERM: 'dumb' } }), false);
  });

  it('empty NO_COLOR keeps colour', () => {
    assert.equal(isColorEnabled({ ...base, env: { NO_COLOR: '' } }), true);
  });
});

describe('SecretRedactor', () => {
  it('ignores values too short to be tokens', () => {
    const redactor = new SecretRedactor();
    redactor.add('abc');

    assert.equal(redactor.redact('abc def'), 'abc def');
  });
});

describe('reportFailure', () => {
  it('unexpected error is one redacted line', () => {
    const { output, stderr } = createOutput();

    const exitCode = reportFailure(new TypeError(`Cannot read ${TOKEN}.`), output, false);

    assert.equal(exitCode, 1);
    assert.equal(
      stderr.text,
      'Error: siro-token failed unexpectedly: Cannot read [redacted token]. Run again with --debug to see the stack trace.\n',
    );
  });

  it('--debug adds the redacted stack', () => {
    const { output, stderr } = createOutput();

    reportFailure(new TypeError(`Cannot read ${TOKEN}`), output, true);

    assert.match(stderr.text, /^Error: siro-token failed unexpectedly: Cannot read \[redacted token\]\.\n/);
    assert.match(stderr.text, /^TypeError: Cannot read \[redacted token\]\n +at /m);
    assert.ok(!stderr.text.includes(TOKEN));
  });

  it('API 404 exits 4', () => {
    const { output, stderr } = createOutput({ json: true });
    const error = new SiroApiError('GET /v1/core/auth/tokens failed with 404 Not Found.', {
      kind: 'http',
      call: 'GET /v1/core/auth/tokens',
      status: 404,
    });

    assert.equal(reportFailure(error, output, false), 4);
    assert.equal(JSON.parse(stderr.text).error.code, 'not-found');
  });
});
