/**
 * The Siro API base URL: the default, or a replacement from `--api-url` or
 * `SIRO_API_URL`. Only HTTPS is accepted, except plain HTTP on a loopback
 * address for a local server, because the URL receives the bearer token.
 */

export const DEFAULT_API_URL = 'https://functions.siro.ai/api-externalApi';

export type ApiUrlSource = '--api-url' | 'SIRO_API_URL';

/** An API URL that breaks the rules. The message names the value, where it came from, and the rule. */
export class InvalidApiUrlError extends Error {
  readonly source: ApiUrlSource;

  constructor(source: ApiUrlSource, shownValue: string, problem: string) {
    super(
      `The API URL ${JSON.stringify(shownValue)} from ${source} is invalid: ${problem}. ` +
        'Use an https:// URL, or http:// on a loopback address (127.0.0.1, localhost or [::1]).',
    );
    this.name = 'InvalidApiUrlError';
    this.source = source;
  }
}

/**
 * Picks the API URL: the flag wins over the environment variable, which wins
 * over the default. An empty environment variable counts as unset.
 * Returns the URL without a trailing slash. Throws InvalidApiUrlError.
 */
export function resolveApiUrl(input: { flag?: string; env?: string }): { url: string; isDefault: boolean } {
  if (input.flag !== undefined) {
    return { url: validateApiUrl(input.flag, '--api-url'), isDefault: false };
  }
  if (input.env !== undefined && input.env.trim() !== '') {
    return { url: validateApiUrl(input.env, 'SIRO_API_URL'), isDefault: false };
  }
  return { url: DEFAULT_API_URL, isDefault: true };
}

function validateApiUrl(value: string, source: ApiUrlSource): string {
  const text = value.trim();
  if (text === '') {
    throw new InvalidApiUrlError(source, value, 'it is empty');
  }

  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InvalidApiUrlError(source, text, 'it is not a URL');
  }

  if (url.username !== '' || url.password !== '') {
    // The password is hidden in the message because it may be a real secret.
    url.username = '';
    url.password = '';
    throw new InvalidApiUrlError(source, url.href, 'it contains a user name or password');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InvalidApiUrlError(source, text, `the scheme ${url.protocol.slice(0, -1)} is not supported`);
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new InvalidApiUrlError(source, text, `plain http:// is only allowed on a loopback address, and ${url.hostname} is not one`);
  }
  // `new URL` drops an empty `?` or `#`, so the text itself is checked too.
  if (url.search !== '' || url.hash !== '' || /[?#]/.test(text)) {
    throw new InvalidApiUrlError(source, text, 'it contains a query or fragment, which an API base URL cannot have');
  }

  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** True for 127.0.0.0/8, `localhost` and `[::1]`; the URL parser has already normalized the host. */
function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}
