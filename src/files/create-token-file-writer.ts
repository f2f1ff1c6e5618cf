import type { TokenFileWriter } from './token-file-writer.js';
import { reserveTokenFile } from './token-file-reservation.js';

/**
 * Creates the writer for token files. Relative paths resolve against `cwd`
 * (default: the process's current folder at write time) and `~` against
 * `homedir` (default: the user's home folder).
 */
export function createTokenFileWriter(options: { cwd?: string; homedir?: string } = {}): TokenFileWriter {
  return {
    async write(typedPath, created, { overwrite }) {
      const reservation = await reserveTokenFile(typedPath, { overwrite, cwd: options.cwd, homedir: options.homedir });

      try {
        return await reservation.write(created);
      } finally {
        await reservation.release();
      }
    },
  };
}
