import { readFileSync } from 'node:fs';

/** Reads the version from package.json, two folders up from both src/cli and dist/cli. */
export function readVersion(): string {
  const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };

  return typeof packageJson.version === 'string' ? packageJson.version : 'unknown';
}
