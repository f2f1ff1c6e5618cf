import { CommandError, usageError } from '../cli/command-error.js';
import { ExitCode } from '../exit-codes.js';
import { reserveTokenFile, type TokenFileReservation } from '../files/token-file-reservation.js';
import { TokenFileError } from '../files/token-file-writer.js';
import type { CommandContext } from './command-context.js';

/** Destination of the new token's secret in `create`. */
export type OutputDestination = { kind: 'stdout' } | { kind: 'file'; path: string; overwrite: boolean };

const NO_TOKEN_CREATED = 'No token was created.';

/**
 * Chooses where the secret goes before anything is created: `--output -` or
 * a stdout that is not a terminal gets it printed; `--output PATH` a file.
 * With a terminal on stdout and no `--output`, it exits with 2, because
 * Siro shows a token only once and a secret that was never shown or saved is lost.
 */
export function chooseDestination(context: CommandContext): OutputDestination {
  const { output: path, force } = context.options;

  if (force && (path === undefined || path === '-')) {
    throw usageError('The option --force applies only with --output PATH.', 'create');
  }

  if (path === '-') {
    return { kind: 'stdout' };
  }

  if (path !== undefined) {
    if (path.trim() === '') {
      throw usageError('The option --output is empty. Pass a file path, or - for stdout.', 'create');
    }
    return { kind: 'file', path, overwrite: force };
  }

  if (!context.terminal.stdoutIsTTY) {
    return { kind: 'stdout' };
  }

  throw new CommandError(
    'not-interactive',
    ExitCode.usage,
    'Standard output is a terminal, so siro-token does not print the new token there by accident. ' +
      `Pass --output PATH to save it to a file, or --output - to print it. ${NO_TOKEN_CREATED}`,
  );
}

/**
 * Claims the `--output` file before the token is created (see
 * reserveTokenFile), so a path that cannot be written costs no token.
 * Returns null when the secret goes to stdout. The caller must release the
 * reservation when the command ends.
 */
export async function reserveDestination(destination: OutputDestination): Promise<TokenFileReservation | null> {
  if (destination.kind !== 'file') {
    return null;
  }

  try {
    return await reserveTokenFile(destination.path, { overwrite: destination.overwrite });
  } catch (error) {
    if (!(error instanceof TokenFileError)) {
      throw error;
    }

    if (error.code === 'exists') {
      throw new CommandError(
        'file-exists',
        ExitCode.failure,
        `The file ${error.path} already exists. Pass --force to replace it, or choose another --output path. ${NO_TOKEN_CREATED}`,
      );
    }

    throw new CommandError('file-error', ExitCode.failure, `${error.message} ${NO_TOKEN_CREATED}`);
  }
}
