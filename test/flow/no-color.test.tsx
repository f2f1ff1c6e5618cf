import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';

// Chalk, which Ink uses, decides once when it loads whether colours reach the
// stream; under the test runner stdout is a pipe, so colours are forced on
// here and everything that loads chalk is imported after this line.
process.env['FORCE_COLOR'] = '1';
process.env['TERM'] = 'xterm-256color';
delete process.env['NO_COLOR'];

const { App } = await import('../../src/app.js');
const { startGuidedFlow } = await import('../../src/cli/guided-entry.js');
const { SecretRedactor } = await import('../../src/cli/secret-redactor.js');
const { startSiroServer } = await import('../../src/demo/siro-server.js');
const { ExitCode } = await import('../../src/exit-codes.js');
const { fakeSecret, fakeServices } = await import('../support/fake-services.js');
const { keys } = await import('../support/keys.js');
const { FakeStdin, FakeStdout, cleanup, renderInk, stripAnsi } = await import('../support/render.js');

afterEach(cleanup);

// SGR codes that set a foreground colour, such as ESC[32m (green) or ESC[36m (cyan).
const COLOUR_CODE = /\u001b\[(3[0-7]|9[0-7]|38;[0-9;]+)m/;

async function renderedOutput(color: boolean | undefined): Promise<string> {
  const fakes = fakeServices({ storedToken: fakeSecret('stored') });
  const options = color === undefined ? fakes.options : { ...fakes.options, color };
  const app = renderInk(<App options={options} onExit={() => undefined} />);

  await app.waitFor('Choose an organization');
  return app.stdout.writes.join('');
}

describe('color option', () => {
  test('colours on by default', async () => {
    assert.match(await renderedOutput(undefined), COLOUR_CODE);
  });

  test('color false renders no colours', async () => {
    assert.doesNotMatch(await renderedOutput(false), COLOUR_CODE);
  });
});

/**
 * Starts the guided flow the way the CLI does, against the local Siro
 * server with a token from the environment (so no keychain is read), waits
 * for the organization picker, and ends it with Ctrl+C.
 */
async function runGuidedEntry(noColor: boolean): Promise<{ output: string; noColorWhileRunning: string | undefined }> {
  const token = fakeSecret('org-group');
  const server = await startSiroServer({ orgGroupTokens: [token] });
  const stdin = new FakeStdin();
  const stdout = new FakeStdout(100, 30);
  const apiUrl = { url: server.url, isDefault: false };

  try {
    const exit = startGuidedFlow({
      settings: { profile: 'default', apiUrl, environmentToken: token, keychainService: 'siro-token-test-no-color' },
      apiUrl,
      demo: null,
      debug: false,
      noColor,
      redactor: new SecretRedactor(),
      streams: {
        stdin: stdin as unknown as NodeJS.ReadStream,
        stdout: stdout as unknown as NodeJS.WriteStream,
        stderr: new FakeStdout(100, 30) as unknown as NodeJS.WriteStream,
      },
    });

    const deadline = Date.now() + 5000;
    while (!stripAnsi(stdout.writes.join('')).includes('Choose an organization')) {
      assert.ok(Date.now() < deadline, 'the organization picker appears');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const noColorWhileRunning = process.env['NO_COLOR'];

    stdin.write(keys.ctrlC);
    assert.equal(await exit, ExitCode.interrupted);
    return { output: stdout.writes.join(''), noColorWhileRunning };
  } finally {
    await server.close();
  }
}

describe('guided entry color', () => {
  test('--no-color passes color false', async () => {
    const { output, noColorWhileRunning } = await runGuidedEntry(true);

    assert.doesNotMatch(output, COLOUR_CODE);
    assert.equal(noColorWhileRunning, undefined, 'NO_COLOR is left alone');
    assert.equal(process.env['NO_COLOR'], undefined);
  });

  test('colours stay on without it', async () => {
    const { output } = await runGuidedEntry(false);

    assert.match(output, COLOUR_CODE);
  });
});
