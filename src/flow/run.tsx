import { render } from 'ink';

import { App } from '../app.js';
import { ExitCode } from '../exit-codes.js';
import type { GuidedFlowOptions } from './guided-flow-options.js';
import { InterruptSource } from './interrupts.js';

export interface GuidedFlowStreams {
  stdin?: NodeJS.ReadStream;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
}

/** Exit code for each signal that stops the app: 128 + the signal number, as shells report it. */
const SIGNAL_EXIT_CODES = {
  SIGINT: ExitCode.interrupted,
  SIGTERM: ExitCode.terminated,
  SIGHUP: ExitCode.hangUp,
} as const;

const INTERRUPT_SIGNALS = Object.keys(SIGNAL_EXIT_CODES) as (keyof typeof SIGNAL_EXIT_CODES)[];

/**
 * Runs the guided flow in the terminal and resolves with the exit code once
 * the app has unmounted. Ctrl+C and SIGINT resolve 130, SIGTERM 143 and
 * SIGHUP 129, after the screen has been re-rendered with any revealed token masked.
 */
export async function runGuidedFlow(options: GuidedFlowOptions, io: GuidedFlowStreams = {}): Promise<ExitCode> {
  const stderr = io.stderr ?? process.stderr;
  const interrupts = new InterruptSource();
  let exitCode: ExitCode = ExitCode.failure;

  // Registered before Ink's own signal-exit hook: while a listener of ours
  // exists, signal-exit neither unmounts Ink nor re-raises the signal, so the
  // app decides how to end.
  const onSignal = (signal: NodeJS.Signals): void => {
    interrupts.interrupt(SIGNAL_EXIT_CODES[signal as keyof typeof SIGNAL_EXIT_CODES] ?? ExitCode.interrupted);
  };
  for (const signal of INTERRUPT_SIGNALS) {
    process.on(signal, onSignal);
  }

  try {
    const instance = render(
      <App options={options} interrupts={interrupts} onExit={(code) => (exitCode = code)} />,
      {
        stdin: io.stdin ?? process.stdin,
        stdout: io.stdout ?? process.stdout,
        stderr,
        exitOnCtrlC: false,
      },
    );

    await instance.waitUntilExit();
    return exitCode;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    stderr.write(`siro-token stopped because of an unexpected error: ${reason}\n`);
    return ExitCode.failure;
  } finally {
    for (const signal of INTERRUPT_SIGNALS) {
      process.off(signal, onSignal);
    }
  }
}
