import type { CommandName } from '../cli/command-definitions.js';
import type { ExitCode } from '../exit-codes.js';
import type { CommandContext } from './command-context.js';
import { runCreate } from './create.js';
import { runLogin } from './login.js';
import { runLogout } from './logout.js';
import { runOrgs } from './orgs.js';
import { runProfiles } from './profiles.js';
import { runRevoke } from './revoke.js';
import { runStatus } from './status.js';
import { runTokens } from './tokens.js';

export type CommandRunner = (context: CommandContext) => Promise<ExitCode>;

/** The runner of each command; `help` is handled by the CLI entry before any service is built. */
export const COMMAND_RUNNERS: Record<Exclude<CommandName, 'help'>, CommandRunner> = {
  login: runLogin,
  logout: runLogout,
  status: runStatus,
  profiles: runProfiles,
  orgs: runOrgs,
  tokens: runTokens,
  create: runCreate,
  revoke: runRevoke,
};
