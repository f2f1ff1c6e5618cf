import { CommandError } from '../cli/command-error.js';
import { ExitCode } from '../exit-codes.js';
import { KeychainUnavailableError } from '../keychain/secret-store.js';
import type { CommandContext } from './command-context.js';
import { confirmOrCancel, requireYesWithoutTerminal } from './confirmation.js';

/**
 * `siro-token logout`: removes the profile's token from the keychain. A
 * profile without a stored token exits with 4, so a script can tell
 * "removed" from "there was nothing to remove".
 */
export async function runLogout(context: CommandContext): Promise<ExitCode> {
  const { output, profile, services } = context;

  requireYesWithoutTerminal(context, 'logout');

  // With --yes the removal itself reports a missing entry. The question
  // needs the check first, so the user is never asked to remove nothing.
  if (!context.options.yes) {
    await requireStoredToken(context);

    await confirmOrCancel(
      context,
      `Remove the token of profile "${profile}" from the keychain?`,
      `the token of profile "${profile}" is still stored.`,
    );
  }

  const removed = await services.secrets.remove(profile);
  if (!removed) {
    throw nothingToRemove(profile);
  }

  if (output.json) {
    output.jsonResult({ profile, removed: true });
  } else {
    output.line(`Removed the token of profile "${profile}" from the keychain.`);
  }

  if (context.environmentToken?.source === 'environment') {
    output.note('SIRO_ORG_GROUP_TOKEN is still set, so commands keep using it.');
  }

  return ExitCode.success;
}

/** Checks that the profile has an entry, by listing the stored profiles. */
async function requireStoredToken(context: CommandContext): Promise<void> {
  const { profile } = context;
  let profiles: string[];

  try {
    profiles = await context.services.secrets.listProfiles();
  } catch (error) {
    if (error instanceof KeychainUnavailableError) {
      throw new CommandError(
        'keychain-unavailable',
        ExitCode.failure,
        `Could not remove the token for profile "${profile}": ${error.message} ${error.remedy}`,
      );
    }
    throw error;
  }

  if (!profiles.includes(profile)) {
    throw nothingToRemove(profile);
  }
}

function nothingToRemove(profile: string): CommandError {
  return new CommandError(
    'not-found',
    ExitCode.notFound,
    `No token is stored in the keychain for profile "${profile}", so there is nothing to remove.`,
  );
}
