import { SiroApiError } from '../api/errors.js';
import { sanitizeTerminalText } from '../text/terminal-text.js';

export interface ErrorDescription {
  /** The failure, as a sentence. */
  message: string;

  /** The next step for the user, when the message does not name one already. */
  hint: string | null;
}

/**
 * Turns an error from a service into text for the screen. SiroApiError
 * messages already name the call, the status and the server's message.
 */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof SiroApiError) {
    const message = sanitizeTerminalText(error.message);
    return { message, hint: rateLimitHint(error, message) };
  }

  if (error instanceof Error) {
    return { message: sanitizeTerminalText(error.message), hint: null };
  }

  return { message: 'An unexpected error occurred.', hint: null };
}

/** Says how long to wait after a 429, unless the client's message already does. */
function rateLimitHint(error: SiroApiError, message: string): string | null {
  if (error.kind !== 'http' || error.status !== 429 || /\bwait\b/i.test(message)) {
    return null;
  }

  const wait =
    error.retryAfterSeconds === undefined
      ? 'about a minute'
      : `${error.retryAfterSeconds} second${error.retryAfterSeconds === 1 ? '' : 's'}`;
  return `Siro allows 1000 requests per token per minute. Wait ${wait} before retrying.`;
}
