import { randomBytes } from 'node:crypto';
import { constants, promises as fs, type Stats } from 'node:fs';
import { homedir as osHomedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

import type { CreatedToken } from '../api/types.js';
import { expandHome } from './home-path.js';
import {
  describePath,
  directoryError,
  existsError,
  fileSystemError,
  invalidPathError,
  symlinkError,
  type TokenFilePath,
} from './token-file-errors.js';
import { renderTokenFile, tokenFileFormat } from './token-file-format.js';
import { TokenFileError, type SavedTokenFile, type TokenFileWriter } from './token-file-writer.js';

const FILE_MODE = 0o600;

// Node defines no O_NOFOLLOW on Windows, so it is 0 there. O_EXCL still makes
// the open fail on any existing entry, a link included.
const NEW_FILE_FLAGS = constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | (constants.O_NOFOLLOW ?? 0);

/**
 * Creates the writer for token files. Relative paths resolve against `cwd`
 * (default: the process's current folder at write time) and `~` against
 * `homedir` (default: the user's home folder).
 */
export function createTokenFileWriter(options: { cwd?: string; homedir?: string } = {}): TokenFileWriter {
  return {
    async write(typedPath, created, { overwrite }) {
      const cwd = options.cwd ?? process.cwd();
      const homedir = options.homedir ?? osHomedir();

      return writeTokenFile(typedPath, created, overwrite, cwd, homedir);
    },
  };
}

async function writeTokenFile(
  typedPath: string,
  created: CreatedToken,
  overwrite: boolean,
  cwd: string,
  homedir: string,
): Promise<SavedTokenFile> {
  if (typedPath.trim() === '') {
    throw new TokenFileError('invalid-path', typedPath, 'The file path is empty. Enter a path for the token file.');
  }

  const path: TokenFilePath = { typed: typedPath, absolute: resolve(cwd, expandHome(typedPath, homedir)) };

  if (/[/\\]$/.test(typedPath)) {
    throw invalidPathError(path, 'it ends with a path separator, so it names a folder. Add a file name.');
  }

  const format = tokenFileFormat(path.absolute);
  const content = renderTokenFile(created, format);
  const existing = await lstatIfExists(path);

  if (existing?.isSymbolicLink()) {
    throw symlinkError(path);
  }

  if (existing?.isDirectory()) {
    throw directoryError(path);
  }

  if (existing !== null && !overwrite) {
    throw existsError(path);
  }

  if (existing === null) {
    await createFile(path, content);
  } else {
    await replaceFile(path, content);
  }

  return { path: path.absolute, format };
}

async function lstatIfExists(path: TokenFilePath): Promise<Stats | null> {
  try {
    return await fs.lstat(path.absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return null;
    }

    throw fileSystemError(error, path);
  }
}

/** Creates the file exclusively, and removes it again if writing fails. */
async function createFile(path: TokenFilePath, content: string): Promise<void> {
  try {
    await writeNewFile(path.absolute, content);
  } catch (error) {
    throw fileSystemError(error, path);
  }
}

/**
 * Writes a temporary file in the same folder and renames it over the target,
 * so readers see the old file or the new one, never a partial one.
 */
async function replaceFile(path: TokenFilePath, content: string): Promise<void> {
  // A short fixed-length name, so a long target name cannot make it too long.
  const temporaryPath = join(dirname(path.absolute), `.siro-token-${randomBytes(8).toString('hex')}.tmp`);

  try {
    await writeNewFile(temporaryPath, content);

    // The target may have been swapped for a link or folder since the first check.
    const current = await lstatIfExists(path);
    if (current?.isSymbolicLink()) {
      throw symlinkError(path);
    }
    if (current?.isDirectory()) {
      throw directoryError(path);
    }

    await fs.rename(temporaryPath, path.absolute);
  } catch (error) {
    await fs.rm(temporaryPath, { force: true });

    // The target exists, so its folder does too: ENOENT here means the folder
    // does not accept new files (as in /proc), not that it is missing.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new TokenFileError(
        'other',
        path.absolute,
        `Could not replace ${describePath(path)}, because no temporary file can be created in ${dirname(path.absolute)}. Choose another path.`,
        { cause: error },
      );
    }

    throw fileSystemError(error, path);
  }
}

/**
 * Writes `content` to a file that must not exist yet, with mode 0600 whatever
 * the umask, and flushes it to disk. Removes the file if writing fails after
 * it was created.
 */
async function writeNewFile(absolutePath: string, content: string): Promise<void> {
  const handle = await fs.open(absolutePath, NEW_FILE_FLAGS, FILE_MODE);

  try {
    // The mode given to open is reduced by the umask, so set it again explicitly.
    await handle.chmod(FILE_MODE);
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(absolutePath, { force: true });
    throw error;
  }

  await handle.close();
}
