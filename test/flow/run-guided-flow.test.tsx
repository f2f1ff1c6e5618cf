import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { ExitCode } from '../../src/exit-codes.js';
import { runGuidedFlow } from '../../src/flow/run.js';
import { fakeSecret, fakeServices, redactSecrets, type FakeServicesSetup } from '../support/fake-services.js';
import { keys } from '../support/keys.js';
import { FakeStdin, FakeStdout, stripAnsi } from '../support/render.js';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function startFlow(setup: FakeServicesSetup = { storedToken: fakeSecret('stored') }) {
  const fakes = fakeServices(setup);
  const stdin = new FakeStdin();
  const stdout = new FakeStdout(100, 30);
  const stderr = new FakeStdout(100, 30);
  const exit = runGuidedFlow(fakes.options, {
    stdin: stdin as unknown as NodeJS.ReadStream,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
  });

  const waitForScreen = async (text: string): Promise<void> => {
    const deadline = Date.now() + 3000;
    while (!stripAnsi(stdout.writes.join('')).includes(text)) {
      if (Date.now() > deadline) {
        throw new Error(redactSecrets(`Timed out waiting for ${text}. Output:\n${stripAnsi(stdout.writes.join(''))}`));
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    // Let the new screen's input handlers subscribe before keys arrive.
    for (let turn = 0; turn < 4; turn += 1) {
      await new Promise((resolve) => setImmediate(resolve));
    }
  };

  /** Returns what the terminal shows last: the output after Ink's last erase, without colours. */
  const finalScreen = (): string => {
    const output = stdout.writes.join('');
    return stripAnsi(output.slice(output.lastIndexOf(ERASE_LINE) + ERASE_LINE.length));
  };

  return { fakes, stdin, stdout, stderr, exit, waitForScreen, finalScreen };
}

// Ink's log-update erases the previous frame line by line before it draws the next one.
const ERASE_LINE = '\u001b[2K';

function listenerCounts(): number[] {
  return SIGNALS.map((signal) => process.listenerCount(signal));
}

describe('runGuidedFlow', () => {
  test('Ctrl+C resolves 130', async () => {
    const flow = startFlow();
    await flow.waitForScreen('Choose an organization');
    const running = listenerCounts();

    flow.stdin.write(keys.ctrlC);

    assert.equal(await flow.exit, ExitCode.interrupted);
    // Ink's cursor restore (cli-cursor through signal-exit) keeps its own
    // listener for the life of the process, so only ours must be gone.
    assert.deepEqual(
      listenerCounts(),
      running.map((count) => count - 1),
      'the flow removes its signal listeners',
    );
  });

  const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

  for (const signal of SIGNALS) {
    test(`${signal} resolves ${SIGNAL_EXIT_CODES[signal]}`, async () => {
      const flow = startFlow();
      await flow.waitForScreen('Choose an organization');

      process.emit(signal, signal);

      assert.equal(await flow.exit, SIGNAL_EXIT_CODES[signal]);
      assert.match(flow.finalScreen(), /Choose an organization[\s\S]*\nInterrupted\.\n/);
    });
  }

  test('Ctrl+C on fresh picker says Interrupted', async () => {
    const flow = startFlow();
    await flow.waitForScreen('Choose an organization');

    flow.stdin.write(keys.ctrlC);

    assert.equal(await flow.exit, ExitCode.interrupted);
    assert.match(flow.finalScreen(), /Filter: type to filter by name or id[\s\S]*\nInterrupted\.\n/);
  });

  test('Ctrl+C on picker after entry says Interrupted', async () => {
    const flow = startFlow({ demoToken: fakeSecret('demo') });
    await flow.waitForScreen('Org-group token:');
    flow.stdin.write(keys.enter);
    await flow.waitForScreen('Choose an organization');

    flow.stdin.write(keys.ctrlC);

    assert.equal(await flow.exit, ExitCode.interrupted);
    assert.match(flow.finalScreen(), /Filter: type to filter by name or id[\s\S]*\nInterrupted\.\n/);
  });

  test('quit from menu resolves 0', async () => {
    const flow = startFlow();
    await flow.waitForScreen('Choose an organization');
    const running = listenerCounts();

    flow.stdin.write(keys.enter);
    await flow.waitForScreen('Create a new token');
    flow.stdin.write(keys.up);
    await flow.waitForScreen('Quit');
    flow.stdin.write(keys.enter);

    assert.equal(await flow.exit, ExitCode.success);
    assert.deepEqual(
      listenerCounts(),
      running.map((count) => count - 1),
    );
  });
});
