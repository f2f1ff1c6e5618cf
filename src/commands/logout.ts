import { CommandError } from '../cli/command-error.js';
import { ExitCode } from '../exit-codes.js';
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

  // Listing profiles checks for the entry without reading the secret.
  const profiles = await services.secrets.listProfiles();
  if (!profiles.includes(profile)) {
    throw nothingToRemove(profile);
  }

  await confirmOrCancel(
    context,
    `Remove the token of profile "${profile}" from the keychain?`,
    `the token of profile "${profile}" is still stored.`,
  );

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

function nothingToRemove(profile: string): CommandError {
  return new CommandError(
    'not-found',
    ExitCode.notFound,
    `No token is stored in the keychain for profile "${profile}", so there is nothing to remove.`,
  );
}
