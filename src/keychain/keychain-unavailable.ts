import { KeychainUnavailableError } from './secret-store.js';

/** The keychain operation that failed, for the error message. */
export type KeychainOperation =
  | { kind: 'read'; profile: string }
  | { kind: 'write'; profile: string }
  | { kind: 'remove'; profile: string }
  | { kind: 'list' };

const ENVIRONMENT_TOKEN_HINT = 'Or set SIRO_ORG_GROUP_TOKEN to use a token for this run without storing it.';

/**
 * Builds the KeychainUnavailableError for a failed keychain call. Only the
 * library's message is kept (not the error object), with any occurrence of
 * `secret` replaced, so the error never carries the token.
 */
export function keychainUnavailableError(
  operation: KeychainOperation,
  failure: unknown,
  platform: NodeJS.Platform,
  secret?: string,
): KeychainUnavailableError {
  const detail = withoutSecret(failureMessage(failure), secret);
  const message = `Could not reach ${keychainLabel(platform)} to ${describeOperation(operation)}: ${detail}`;

  return new KeychainUnavailableError(message, keychainRemedy(platform));
}

/** Returns how to make the OS keychain reachable on `platform`. */
export function keychainRemedy(platform: NodeJS.Platform): string {
  switch (platform) {
    case 'linux':
      return [
        'A Secret Service provider such as gnome-keyring or KeePassXC must run in your desktop session and be unlocked.',
        'Over SSH or without a desktop, start a D-Bus session with `dbus-run-session -- $SHELL`, then start and unlock a keyring in it with `gnome-keyring-daemon --unlock --components=secrets --daemonize` (it reads the keyring password from standard input).',
        ENVIRONMENT_TOKEN_HINT,
      ].join(' ');

    case 'darwin':
      return [
        'Unlock the login keychain (open Keychain Access, or log in again) and choose Allow when macOS asks whether this program may use it.',
        ENVIRONMENT_TOKEN_HINT,
      ].join(' ');

    case 'win32':
      return [
        'Windows Credential Manager must be available to your user account; it is not in some service accounts and remote sessions.',
        ENVIRONMENT_TOKEN_HINT,
      ].join(' ');

    default:
      return [`No supported OS keychain was found on ${platform}.`, ENVIRONMENT_TOKEN_HINT].join(' ');
  }
}

function keychainLabel(platform: NodeJS.Platform): string {
  switch (platform) {
    case 'linux':
      return 'the OS keychain (Secret Service over D-Bus)';
    case 'darwin':
      return 'the OS keychain (macOS Keychain)';
    case 'win32':
      return 'the OS keychain (Windows Credential Manager)';
    default:
      return 'the OS keychain';
  }
}

function describeOperation(operation: KeychainOperation): string {
  switch (operation.kind) {
    case 'read':
      return `read the token for profile "${operation.profile}"`;
    case 'write':
      return `store the token for profile "${operation.profile}"`;
    case 'remove':
      return `remove the token for profile "${operation.profile}"`;
    case 'list':
      return 'list the stored profiles';
  }
}

function failureMessage(failure: unknown): string {
  const text = failure instanceof Error ? failure.message : String(failure);
  const trimmed = text.trim();

  if (trimmed === '') {
    return 'the keychain library gave no reason.';
  }

  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function withoutSecret(text: string, secret: string | undefined): string {
  if (secret === undefined || secret === '') {
    return text;
  }

  return text.split(secret).join('[token]');
}
