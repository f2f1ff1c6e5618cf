import type { CommandLineOptions } from '../cli/parse-command-line.js';
import type { Output } from '../cli/output.js';
import type { SecretRedactor } from '../cli/secret-redactor.js';
import type { PromptStreams } from '../cli/terminal-prompts.js';
import type { Services } from '../services.js';

/** A token that replaces the keychain for this run: SIRO_ORG_GROUP_TOKEN, or the demo token with --demo. */
export interface EnvironmentToken {
  token: string;
  source: 'environment' | 'demo';
}

export interface CommandTerminal extends PromptStreams {
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
}

/** Everything a command needs, built by the CLI entry from flags, the environment and the real services. */
export interface CommandContext {
  options: CommandLineOptions;
  positionals: string[];
  profile: string;
  apiUrl: { url: string; isDefault: boolean };
  services: Services;
  environmentToken: EnvironmentToken | null;

  /** Whether SIRO_ORG_GROUP_TOKEN is set and not empty, even when --demo replaces it. */
  environmentTokenSet: boolean;
  output: Output;
  terminal: CommandTerminal;
  redactor: SecretRedactor;

  /**
   * What an interrupt right now would leave uncertain, such as a create
   * request in flight; the CLI prints it with the "Interrupted" message.
   */
  interruptNote: { current: string | null };

  /**
   * Steps that undo a command's unfinished work, such as removing a claimed
   * token file. The CLI runs them when a signal stops the command.
   */
  interruptCleanups: Set<() => Promise<void>>;
}
