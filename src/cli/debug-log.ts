import type { RequestLogEvent } from '../api/request-log.js';

/**
 * Builds the `--debug` request logger: one line per request with method,
 * path, status, duration and outcome. The event carries no headers, bodies
 * or query string, so nothing logged here can contain a token.
 */
export function createRequestLogger(writeLine: (line: string) => void): (event: RequestLogEvent) => void {
  return (event) => {
    const status = event.status === null ? 'no response' : String(event.status);
    const duration = `${Math.round(event.durationMs)} ms`;

    writeLine(`debug: ${event.method} ${event.path} ${status} in ${duration} (${event.outcome})`);
  };
}
