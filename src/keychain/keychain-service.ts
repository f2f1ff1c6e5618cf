/** Keychain service name under which siro-token stores org-group tokens. */
export const DEFAULT_KEYCHAIN_SERVICE = 'siro-token';

const SERVICE_VARIABLE = 'SIRO_TOKEN_KEYCHAIN_SERVICE';

const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Returns the keychain service name: `SIRO_TOKEN_KEYCHAIN_SERVICE` when set
 * (tests use it to keep their entries apart), else `siro-token`. Throws an
 * Error with a user-facing message when the variable is empty or not printable.
 */
export function keychainServiceName(env: NodeJS.ProcessEnv): string {
  const value = env[SERVICE_VARIABLE];

  if (value === undefined) {
    return DEFAULT_KEYCHAIN_SERVICE;
  }

  if (value.trim() === '') {
    throw new Error(
      `${SERVICE_VARIABLE} is set but empty. Set it to a keychain service name, or unset it to use "${DEFAULT_KEYCHAIN_SERVICE}".`,
    );
  }

  if (CONTROL_CHARACTER.test(value)) {
    throw new Error(
      `${SERVICE_VARIABLE} contains a control character. Set it to a printable keychain service name, or unset it to use "${DEFAULT_KEYCHAIN_SERVICE}".`,
    );
  }

  return value;
}
