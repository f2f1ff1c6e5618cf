/**
 * Fault injection for tests: the next matching requests get a chosen status,
 * body, delay or dropped connection instead of the normal response.
 */

export interface FaultRule {
  /** HTTP method to match, such as `POST`; any method when absent. */
  method?: string;

  /** API path below the base path to match, such as `/v1/core/organizations`; any path when absent. */
  path?: string | RegExp;

  /** Respond with this status instead of running the endpoint, so nothing changes on the server. */
  status?: number;

  /** JSON body of the `status` response; default `{ "message": <reason phrase> }`. */
  body?: unknown;

  /** Body sent as is instead of `body`, for invalid JSON. */
  rawBody?: string;

  headers?: Record<string, string>;

  /** Delay before the response, in milliseconds. Without `status` the endpoint runs first, so a create still takes effect. */
  delayMs?: number;

  /** Closes the connection instead of sending a response. Without `status` the endpoint runs first, so a create still takes effect. */
  destroySocket?: boolean;

  /**
   * Respond normally but with the `cursor` the request sent, as a server that
   * repeats a cursor would. Matches only requests that send a cursor.
   */
  repeatCursor?: boolean;

  /** How many matching requests the rule applies to; default 1. */
  times?: number;
}

interface PendingFault {
  rule: FaultRule;
  remaining: number;
}

export class FaultQueue {
  private readonly pending: PendingFault[] = [];

  add(rule: FaultRule): void {
    this.pending.push({ rule, remaining: rule.times ?? 1 });
  }

  /** Returns the first rule that matches the request and uses up one of its times. */
  take(method: string, path: string, query: Record<string, string>): FaultRule | undefined {
    const index = this.pending.findIndex((fault) => matches(fault.rule, method, path, query));
    const fault = this.pending[index];
    if (fault === undefined) {
      return undefined;
    }

    fault.remaining -= 1;
    if (fault.remaining <= 0) {
      this.pending.splice(index, 1);
    }
    return fault.rule;
  }
}

function matches(rule: FaultRule, method: string, path: string, query: Record<string, string>): boolean {
  if (rule.method !== undefined && rule.method.toUpperCase() !== method) {
    return false;
  }
  if (rule.repeatCursor === true && query['cursor'] === undefined) {
    return false;
  }
  if (rule.path === undefined) {
    return true;
  }
  if (typeof rule.path === 'string') {
    return rule.path === path;
  }

  // A global or sticky RegExp keeps state between calls to test().
  rule.path.lastIndex = 0;
  return rule.path.test(path);
}
