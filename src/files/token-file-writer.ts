import type { CreatedToken } from '../api/types.js';

/** What a token file contains, chosen from the path's extension. */
export type TokenFileFormat =
  /** The token and a newline. */
  | 'plain'
  /** `SIRO_API_TOKEN=<token>` and a newline, for paths ending in `.env`. */
  | 'env'
  /** The whole create response as JSON, for paths ending in `.json`. */
  | 'json';

export interface SavedTokenFile {
  /** Absolute path after `~` expansion. */
  path: string;
  format: TokenFileFormat;
}

export interface TokenFileWriter {
  /**
   * Writes the token file with mode 0600. Without `overwrite`, an existing
   * path rejects with TokenFileError code 'exists'; with it, the file is
   * replaced atomically. A symlink at the path is never followed.
   */
  write(path: string, created: CreatedToken, options: { overwrite: boolean }): Promise<SavedTokenFile>;
}

export type TokenFileErrorCode =
  | 'exists'
  | 'symlink'
  | 'missing-folder'
  | 'permission'
  | 'is-directory'
  | 'invalid-path'
  | 'other';

/** A failed save. The message names the path and what to do; it never contains the token. */
export class TokenFileError extends Error {
  readonly code: TokenFileErrorCode;
  readonly path: string;

  constructor(code: TokenFileErrorCode, path: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TokenFileError';
    this.code = code;
    this.path = path;
  }
}
