import { promises as fs } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, resolve } from 'node:path';

import { CommandError, usageError } from '../cli/command-error.js';
import { ExitCode } from '../exit-codes.js';
import { expandHome } from '../files/home-path.js';
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
 * Checks the file path before the token is created, so a path that cannot
 * be written does not cost a token. The writer checks again when it writes.
 */
export async function checkDestination(destination: OutputDestination): Promise<void> {
  if (destination.kind !== 'file') {
    return;
  }

  const absolute = resolve(process.cwd(), expandHome(destination.path, homedir()));
  const existing = await fs.lstat(absolute).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') {
      return null;
    }
    throw error;
  });

  if (existing === null) {
    const folder = dirname(absolute);
    const folderStats = await fs.stat(folder).catch(() => null);

    if (folderStats === null || !folderStats.isDirectory()) {
      throw fileProblem(`The folder ${folder} does not exist. Create it, or choose another --output path. ${NO_TOKEN_CREATED}`);
    }
    return;
  }

  if (existing.isSymbolicLink()) {
    throw fileProblem(
      `The path ${absolute} is a symbolic link, and siro-token never writes a token through a link. Choose another --output path. ${NO_TOKEN_CREATED}`,
    );
  }

  if (existing.isDirectory()) {
    throw fileProblem(`The path ${absolute} is a folder. Pass a file path to --output. ${NO_TOKEN_CREATED}`);
  }

  if (!destination.overwrite) {
    throw new CommandError(
      'file-exists',
      ExitCode.failure,
      `The file ${absolute} already exists. Pass --force to replace it, or choose another --output path. ${NO_TOKEN_CREATED}`,
    );
  }
}

function fileProblem(message: string): CommandError {
  return new CommandError('file-error', ExitCode.failure, message);
}
