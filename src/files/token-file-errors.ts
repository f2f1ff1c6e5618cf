import { dirname } from 'node:path';

import { TokenFileError } from './token-file-writer.js';

/** The path as the user typed it and as resolved, for error messages. */
export interface TokenFilePath {
  typed: string;
  absolute: string;
}

/** Returns the path for a message: the user's spelling, plus the absolute path when it differs. */
export function describePath(path: TokenFilePath): string {
  if (path.typed === path.absolute) {
    return `"${path.absolute}"`;
  }

  return `"${path.typed}" (${path.absolute})`;
}

export function existsError(path: TokenFilePath): TokenFileError {
  return new TokenFileError(
    'exists',
    path.absolute,
    `The file ${describePath(path)} already exists and was kept. Choose another path, or save to the same path again and answer y to replace it.`,
  );
}

export function symlinkError(path: TokenFilePath): TokenFileError {
  return new TokenFileError(
    'symlink',
    path.absolute,
    `The path ${describePath(path)} is a symbolic link, and siro-token never writes a token through a link. Choose another path, or remove the link.`,
  );
}

export function directoryError(path: TokenFilePath): TokenFileError {
  return new TokenFileError(
    'is-directory',
    path.absolute,
    `The path ${describePath(path)} is a folder. Enter the path of a file inside it, or another file path.`,
  );
}

export function invalidPathError(path: TokenFilePath, reason: string, cause?: unknown): TokenFileError {
  return new TokenFileError('invalid-path', path.absolute, `The path ${describePath(path)} is invalid: ${reason}`, { cause });
}

/** Maps a file system error from writing `path` to a TokenFileError; a TokenFileError passes through. */
export function fileSystemError(error: unknown, path: TokenFilePath): TokenFileError {
  if (error instanceof TokenFileError) {
    return error;
  }

  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const target = describePath(path);

  switch (code) {
    case 'EEXIST':
      return existsError(path);

    case 'ELOOP':
      return symlinkError(path);

    case 'EISDIR':
      return directoryError(path);

    case 'ENOENT':
      return new TokenFileError(
        'missing-folder',
        path.absolute,
        `The folder ${dirname(path.absolute)} does not exist, so ${target} cannot be created. Create the folder, or choose another path.`,
        { cause: error },
      );

    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new TokenFileError(
        'permission',
        path.absolute,
        `Permission denied: ${target} cannot be written (${code}). Choose a folder you can write to.`,
        { cause: error },
      );

    case 'ENAMETOOLONG':
      return invalidPathError(path, 'the name is too long. Choose a shorter path.', error);

    case 'EINVAL':
    case 'ERR_INVALID_ARG_VALUE':
      return invalidPathError(path, 'it contains characters the file system does not accept. Choose another path.', error);

    case 'ENOTDIR':
      return invalidPathError(path, 'a part of it is a file, not a folder. Choose another path.', error);

    default: {
      const reason = error instanceof Error ? error.message : String(error);
      return new TokenFileError('other', path.absolute, `Could not write ${target}: ${reason}`, { cause: error });
    }
  }
}
