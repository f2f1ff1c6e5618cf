import { randomBytes } from 'node:crypto';
import { constants, promises as fs, type Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
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
import { TokenFileError, type SavedTokenFile, type TokenFileFormat } from './token-file-writer.js';

const FILE_MODE = 0o600;

// Node defines no O_NOFOLLOW on Windows, so it is 0 there. O_EXCL still makes
// the open fail on any existing entry, a link included.
const NEW_FILE_FLAGS = constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | (constants.O_NOFOLLOW ?? 0);

/**
 * A token file path that was checked and claimed before the token exists, so
 * a path that cannot be written costs no token. A new file is claimed by
 * creating it empty (mode 0600). A file to replace is claimed by creating a
 * temporary file next to it.
 */
export interface TokenFileReservation {
  /** Absolute path after `~` expansion. */
  readonly path: string;
  readonly format: TokenFileFormat;

  /** Writes the token into the claimed file and puts it at `path`. Call it once. */
  write(created: CreatedToken): Promise<SavedTokenFile>;

  /** Closes and removes the claimed file unless `write` succeeded. Safe to call more than once. */
  release(): Promise<void>;
}

export interface ReserveOptions {
  overwrite: boolean;

  /** Folder that relative paths resolve against (default: the current folder). */
  cwd?: string;

  /** Folder that `~` expands to (default: the user's home folder). */
  homedir?: string;
}

/**
 * Checks `typedPath` and claims it for a token file. Rejects with a
 * TokenFileError when the path is empty, names a folder or a symbolic link,
 * exists without `overwrite`, or no file can be created there.
 */
export async function reserveTokenFile(typedPath: string, options: ReserveOptions): Promise<TokenFileReservation> {
  if (typedPath.trim() === '') {
    throw new TokenFileError('invalid-path', typedPath, 'The file path is empty. Enter a path for the token file.');
  }

  const cwd = options.cwd ?? process.cwd();
  const homedir = options.homedir ?? osHomedir();
  const path: TokenFilePath = { typed: typedPath, absolute: resolve(cwd, expandHome(typedPath, homedir)) };

  if (/[/\\]$/.test(typedPath)) {
    throw invalidPathError(path, 'it ends with a path separator, so it names a folder. Add a file name.');
  }

  const existing = await lstatIfExists(path);

  if (existing?.isSymbolicLink()) {
    throw symlinkError(path);
  }

  if (existing?.isDirectory()) {
    throw directoryError(path);
  }

  if (existing !== null && !options.overwrite) {
    throw existsError(path);
  }

  return existing === null ? reserveNewFile(path) : reserveReplacement(path);
}

/** Claims a path where no file exists by creating the file itself, empty. */
async function reserveNewFile(path: TokenFilePath): Promise<TokenFileReservation> {
  const handle = await openNewFile(path.absolute).catch(async (error: unknown) => {
    throw await newFileError(error, path);
  });

  return claimedFile(path, handle, path.absolute, async () => undefined);
}

/**
 * Claims an existing file by creating a temporary file in the same folder.
 * `write` renames it over the target, so readers see the old file or the
 * new one, never a partial one.
 */
async function reserveReplacement(path: TokenFilePath): Promise<TokenFileReservation> {
  // A short fixed-length name, so a long target name cannot make it too long.
  const temporaryPath = join(dirname(path.absolute), `.siro-token-${randomBytes(8).toString('hex')}.tmp`);

  const handle = await openNewFile(temporaryPath).catch((error: unknown) => {
    throw replacementError(error, path);
  });

  return claimedFile(path, handle, temporaryPath, async () => {
    // The target may have been swapped for a link or folder since the first check.
    const current = await lstatIfExists(path);
    if (current?.isSymbolicLink()) {
      throw symlinkError(path);
    }
    if (current?.isDirectory()) {
      throw directoryError(path);
    }

    await fs.rename(temporaryPath, path.absolute).catch((error: unknown) => {
      throw replacementError(error, path);
    });
  });
}

/**
 * Wraps an open, empty file at `claimedPath`. `write` fills it, flushes it to
 * disk, closes it and runs `place`. Any failure removes the claimed file.
 */
function claimedFile(
  path: TokenFilePath,
  handle: FileHandle,
  claimedPath: string,
  place: () => Promise<void>,
): TokenFileReservation {
  const format = tokenFileFormat(path.absolute);
  let state: 'claimed' | 'writing' | 'written' | 'released' = 'claimed';

  const release = async (): Promise<void> => {
    if (state === 'written' || state === 'released') {
      return;
    }

    state = 'released';
    await handle.close().catch(() => undefined);
    await fs.rm(claimedPath, { force: true });
  };

  return {
    path: path.absolute,
    format,

    async write(created) {
      if (state !== 'claimed') {
        throw new Error(`The reservation of ${path.absolute} was already ${state}.`);
      }
      state = 'writing';

      try {
        await handle.writeFile(renderTokenFile(created, format), 'utf8');
        await handle.sync();
        await handle.close();
        await place();
      } catch (error) {
        await release();
        throw fileSystemError(error, path);
      }

      state = 'written';
      return { path: path.absolute, format };
    },

    release,
  };
}

/** Creates a file that must not exist yet, with mode 0600 whatever the umask. */
async function openNewFile(absolutePath: string): Promise<FileHandle> {
  const handle = await fs.open(absolutePath, NEW_FILE_FLAGS, FILE_MODE);

  try {
    // The mode given to open is reduced by the umask, so set it again explicitly.
    await handle.chmod(FILE_MODE);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(absolutePath, { force: true });
    throw error;
  }

  return handle;
}

/**
 * Maps a failed create of a new file. ENOENT means a missing folder only
 * when the folder really is missing: a folder such as /proc exists but
 * returns ENOENT for any new file.
 */
async function newFileError(error: unknown, path: TokenFilePath): Promise<TokenFileError> {
  if ((error as NodeJS.ErrnoException | undefined)?.code !== 'ENOENT') {
    return fileSystemError(error, path);
  }

  const folder = dirname(path.absolute);
  const folderStats = await fs.stat(folder).catch(() => null);

  if (folderStats === null || !folderStats.isDirectory()) {
    return fileSystemError(error, path);
  }

  return new TokenFileError(
    'other',
    path.absolute,
    `The folder ${folder} exists, but it does not accept new files, so ${describePath(path)} cannot be created. Choose another path.`,
    { cause: error },
  );
}

function replacementError(error: unknown, path: TokenFilePath): TokenFileError {
  // The target exists, so its folder does too: ENOENT here means the folder
  // does not accept new files (as in /proc), not that it is missing.
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    return new TokenFileError(
      'other',
      path.absolute,
      `Could not replace ${describePath(path)}, because no temporary file can be created in ${dirname(path.absolute)}. Choose another path.`,
      { cause: error },
    );
  }

  return fileSystemError(error, path);
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
