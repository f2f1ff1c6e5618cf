/** Maximum profile name length; the profile is the keychain account name. */
export const MAX_PROFILE_NAME_LENGTH = 64;

const PROFILE_NAME_PATTERN = /^[A-Za-z0-9._-]+$/;

/** Returns an error message for an invalid profile name, or null when it is valid. */
export function validateProfileName(name: string): string | null {
  if (name === '') {
    return 'The profile name is empty. Use a name such as "default" or "staging".';
  }

  if (name.length > MAX_PROFILE_NAME_LENGTH) {
    return `The profile name is ${name.length} characters long, but the maximum is ${MAX_PROFILE_NAME_LENGTH}. Choose a shorter name.`;
  }

  if (!PROFILE_NAME_PATTERN.test(name)) {
    return `The profile name ${JSON.stringify(name)} is invalid: use only letters, digits, "-", "_" and ".".`;
  }

  return null;
}

/** Throws an Error with the validation message when `name` is not a valid profile name. */
export function assertProfileName(name: string): void {
  const problem = validateProfileName(name);

  if (problem !== null) {
    throw new Error(problem);
  }
}
