import { ExitCode } from '../exit-codes.js';
import type { CommandContext } from '../commands/command-context.js';
import { CommandError } from './command-error.js';

interface StopSignal {
  signal: NodeJS.Signals;

  /** 128 + the signal number, as shells report a process killed by it. */
  exitCode: ExitCode;

  message: string;
}

/** The signals that stop a command. */
export const STOP_SIGNALS: readonly StopSignal[] = [
  { signal: 'SIGINT', exitCode: ExitCode.interrupted, message: 'Interrupted.' },
  { signal: 'SIGTERM', exitCode: ExitCode.terminated, message: 'Interrupted by SIGTERM.' },
  { signal: 'SIGHUP', exitCode: ExitCode.hangUp, message: 'Interrupted by SIGHUP (the terminal closed).' },
];

/**
 * Runs a command until it finishes or a stop signal arrives. On a signal it
 * runs the command's interrupt cleanups, then rejects with the signal's exit
 * code and what the interrupt may have left undone. The caller then exits,
 * which ends any request in flight. The listeners are removed when it settles.
 */
export async function runUntilStopped(
  context: CommandContext,
  runner: (context: CommandContext) => Promise<ExitCode>,
): Promise<ExitCode> {
  const listeners = new Map<NodeJS.Signals, () => void>();
  let stopping = false;

  const stopped = new Promise<never>((_resolve, reject) => {
    for (const stop of STOP_SIGNALS) {
      listeners.set(stop.signal, () => {
        // A second signal during the cleanup changes nothing.
        if (stopping) {
          return;
        }
        stopping = true;
        void stopCommand(context, stop).then(reject);
      });
    }
  });

  for (const [signal, listener] of listeners) {
    process.on(signal, listener);
  }

  try {
    return await Promise.race([runner(context), stopped]);
  } finally {
    for (const [signal, listener] of listeners) {
      process.off(signal, listener);
    }
  }
}

async function stopCommand(context: CommandContext, stop: StopSignal): Promise<CommandError> {
  // Read before the cleanups, which run while the command may still change it.
  const note = context.interruptNote.current;

  await Promise.allSettled([...context.interruptCleanups].map((cleanup) => cleanup()));

  return new CommandError('interrupted', stop.exitCode, note === null ? stop.message : `${stop.message} ${note}`);
}
