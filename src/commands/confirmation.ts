import { CommandError } from '../cli/command-error.js';
import { confirm } from '../cli/terminal-prompts.js';
import { ExitCode } from '../exit-codes.js';
import type { CommandContext } from './command-context.js';

/**
 * Fails at once with exit 2 when a question would be needed but stdin is
 * not a terminal and `--yes` was not given. Call it before any API request,
 * so a script learns about the missing flag without side effects.
 */
export function requireYesWithoutTerminal(context: CommandContext, command: string): void {
  if (!context.options.yes && !context.terminal.stdinIsTTY) {
    throw new CommandError(
      'not-interactive',
      ExitCode.usage,
      `siro-token ${command} asks for confirmation, but standard input is not a terminal. Pass --yes to confirm in scripts.`,
    );
  }
}

/** Asks the y/N question unless `--yes` was given; a "no" exits with 1 and reports that nothing was done. */
export async function confirmOrCancel(context: CommandContext, question: string, nothingDone: string): Promise<void> {
  if (context.options.yes) {
    return;
  }

  if (!(await confirm(question, context.terminal))) {
    throw new CommandError('cancelled', ExitCode.failure, `Cancelled: ${nothingDone}`);
  }
}
