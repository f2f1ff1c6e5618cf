import { basename } from 'node:path';

import type { CreatedToken } from '../api/types.js';
import type { TokenFileFormat } from './token-file-writer.js';

/** Chooses the file format from the path: `.env` files, `.json` files, else plain. Case-insensitive. */
export function tokenFileFormat(path: string): TokenFileFormat {
  const name = basename(path).toLowerCase();

  if (name.endsWith('.env')) {
    return 'env';
  }

  if (name.endsWith('.json')) {
    return 'json';
  }

  return 'plain';
}

/** Renders the file content for `format`; every format ends with a newline. */
export function renderTokenFile(created: CreatedToken, format: TokenFileFormat): string {
  switch (format) {
    case 'plain':
      return `${created.token}\n`;
    case 'env':
      return `SIRO_API_TOKEN=${created.token}\n`;
    case 'json':
      return `${JSON.stringify(created, null, 2)}\n`;
  }
}
