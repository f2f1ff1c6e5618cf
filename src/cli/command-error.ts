import { ExitCode } from '../exit-codes.js';

/** Stable codes for `--json` errors, documented in docs/json-output.md. */
export type CommandErrorCode =
  | 'usage'
  | 'not-interactive'
  | 'no-token'
  | 'token-rejected'
  | 'organization-token'
  | 'keychain-unavailable'
  | 'not-found'
  | 'ambiguous-organization'
  | 'organization-disabled'
  | 'forbidden'
  | 'rate-limited'
  | 'api-error'
  | 'timeout'
  | 'may-have-been-created'
  | 'file-exists'
  | 'file-error'
  | 'cancelled'
  | 'interrupted'
  | 'internal';

/**
 * A failure the user can act on. The message is a full sentence that names
 * what failed and what to do, and it never contains a token.
 */
export class CommandError extends Error {
  readonly code: CommandErrorCode;
  readonly exitCode: ExitCode;

  constructor(code: CommandErrorCode, exitCode: ExitCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CommandError';
    this.code = code;
    this.exitCode = exitCode;
  }
}

/** A usage error (exit 2) whose message ends with where to read the usage. */
export function usageError(message: string, command: string | null = null): CommandError {
  const helpCommand = command === null ? 'siro-token --help' : `siro-token ${command} --help`;
  return new CommandError('usage', ExitCode.usage, `${message} See \`${helpCommand}\` for usage.`);
}
