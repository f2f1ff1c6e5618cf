// runUntilStopped in this process: process.emit calls the listeners without sending a real signal.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { CommandError } from '../../src/cli/command-error.js';
import { STOP_SIGNALS, runUntilStopped } from '../../src/cli/stop-signals.js';
import type { CommandContext } from '../../src/commands/command-context.js';
import { ExitCode } from '../../src/exit-codes.js';

/** Builds a context with the two fields runUntilStopped reads, and nothing else. */
function stubContext(note: string | null = null): CommandContext {
  return { interruptNote: { current: note }, interruptCleanups: new Set() } as unknown as CommandContext;
}

function listenerCounts(): number[] {
  return STOP_SIGNALS.map(({ signal }) => process.listenerCount(signal));
}

/** A runner that never settles, like a request that gets no response. */
const hang = () => new Promise<ExitCode>(() => undefined);

describe('runUntilStopped', () => {
  it('finished command removes its listeners', async () => {
    const before = listenerCounts();

    const exitCode = await runUntilStopped(stubContext(), async () => {
      assert.deepEqual(listenerCounts(), before.map((count) => count + 1));
      return ExitCode.success;
    });

    assert.equal(exitCode, ExitCode.success);
    assert.deepEqual(listenerCounts(), before);
  });

  for (const [signal, exitCode] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    it(`${signal} exits ${exitCode}`, async () => {
      const before = listenerCounts();
      const running = runUntilStopped(stubContext(), hang);

      process.emit(signal, signal);
      const error = await running.then(() => assert.fail('expected the command to stop'), (caught: unknown) => caught);

      assert.ok(error instanceof CommandError);
      assert.equal(error.code, 'interrupted');
      assert.equal(error.exitCode, exitCode);
      assert.deepEqual(listenerCounts(), before);
    });
  }

  it('signal runs cleanups, then adds the note', async () => {
    const context = stubContext('The token may have been created.');
    const cleaned: string[] = [];
    context.interruptCleanups.add(async () => {
      cleaned.push('file');
    });

    const running = runUntilStopped(context, hang);
    process.emit('SIGTERM', 'SIGTERM');
    const error = await running.catch((caught: unknown) => caught);

    assert.deepEqual(cleaned, ['file']);
    assert.ok(error instanceof CommandError);
    assert.equal(error.message, 'Interrupted by SIGTERM. The token may have been created.');
  });

  it('second signal is ignored', async () => {
    const context = stubContext();
    let cleanups = 0;
    context.interruptCleanups.add(async () => {
      cleanups += 1;
    });

    const running = runUntilStopped(context, hang);
    process.emit('SIGTERM', 'SIGTERM');
    process.emit('SIGINT', 'SIGINT');
    const error = await running.catch((caught: unknown) => caught);

    assert.equal(cleanups, 1);
    assert.ok(error instanceof CommandError);
    assert.equal(error.exitCode, 143);
  });
});
