import { ExitCode } from '../exit-codes.js';
import type { CommandContext } from './command-context.js';

/** `siro-token profiles`: the names of the profiles with a token in the keychain, never the tokens. */
export async function runProfiles(context: CommandContext): Promise<ExitCode> {
  const { output } = context;
  const profiles = await context.services.secrets.listProfiles();

  if (output.json) {
    output.jsonResult(profiles.map((name) => ({ name })));
    return ExitCode.success;
  }

  if (profiles.length === 0) {
    output.note('No profile has a token in the keychain. Run `siro-token login` to store one.');
  }

  for (const name of profiles) {
    output.line(name);
  }

  return ExitCode.success;
}
