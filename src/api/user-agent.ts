import { readFileSync } from 'node:fs';

/**
 * Reads the version from package.json, which sits two folders above this
 * file both in src/api and in the built dist/api.
 */
function readPackageVersion(): string | undefined {
  try {
    const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as unknown;
    const version = (packageJson as { version?: unknown }).version;
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

const version = readPackageVersion();

/** The User-Agent header of every request, such as `siro-token/0.1.0`. */
export const USER_AGENT = version === undefined ? 'siro-token' : `siro-token/${version}`;
