import { SiroApiError } from '../api/errors.js';
import { CommandError } from '../cli/command-error.js';
import { ExitCode } from '../exit-codes.js';
import { TokenFileError } from '../files/token-file-writer.js';
import { KeychainUnavailableError } from '../keychain/secret-store.js';

/**
 * Turns an error from a service into a CommandError with its exit code, or
 * returns null for an error no service raises (a bug).
 *
 * 401 exits with 3 (token rejected); 404 with 4 (not found); 403, 429, 5xx,
 * timeouts and network failures with 1. A 403 is a failure rather than a
 * rejected token, because Siro accepted the token but not the call.
 */
export function toCommandError(error: unknown): CommandError | null {
  if (error instanceof CommandError) {
    return error;
  }

  if (error instanceof SiroApiError) {
    return fromApiError(error);
  }

  if (error instanceof KeychainUnavailableError) {
    return new CommandError('keychain-unavailable', ExitCode.failure, `${error.message} ${error.remedy}`);
  }

  if (error instanceof TokenFileError) {
    const code = error.code === 'exists' ? 'file-exists' : 'file-error';
    return new CommandError(code, ExitCode.failure, error.message);
  }

  return null;
}

function fromApiError(error: SiroApiError): CommandError {
  if (error.kind === 'timeout') {
    return new CommandError('timeout', ExitCode.failure, error.message);
  }

  if (error.kind !== 'http') {
    return new CommandError('api-error', ExitCode.failure, error.message);
  }

  switch (error.status) {
    case 401:
      return new CommandError('token-rejected', ExitCode.noToken, error.message);
    case 403:
      return new CommandError('forbidden', ExitCode.failure, error.message);
    case 404:
      return new CommandError('not-found', ExitCode.notFound, error.message);
    case 429:
      return new CommandError('rate-limited', ExitCode.failure, error.message);
    default:
      return new CommandError('api-error', ExitCode.failure, error.message);
  }
}
