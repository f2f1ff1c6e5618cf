import { toCommandError } from '../commands/failures.js';
import { ExitCode } from '../exit-codes.js';
import { CommandError } from './command-error.js';
import type { Output } from './output.js';

/**
 * Writes a failure to stderr and returns its exit code. An error no service
 * raises (a bug) gets one line and exit 1; its stack trace is printed only
 * with --debug, and, like every stderr line, passes through the redactor.
 */
export function reportFailure(error: unknown, output: Output, debug: boolean): ExitCode {
  const failure = toCommandError(error);

  if (failure !== null) {
    output.error(failure);
    return failure.exitCode;
  }

  const reason = (error instanceof Error ? error.message : String(error)).replace(/\.+$/, '');
  const hint = debug ? '' : ' Run again with --debug to see the stack trace.';
  output.error(new CommandError('internal', ExitCode.failure, `siro-token failed unexpectedly: ${reason}.${hint}`));

  if (debug && error instanceof Error && error.stack !== undefined) {
    output.diagnostic(error.stack);
  }

  return ExitCode.failure;
}
