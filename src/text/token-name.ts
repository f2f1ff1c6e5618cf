import { sanitizeTerminalText } from './terminal-text.js';

/**
 * Maximum token name length in Unicode code points. This is siro-token's own
 * limit: Siro documents no limit on `tokenName`.
 */
export const MAX_TOKEN_NAME_LENGTH = 128;

export type TokenNameValidation = { ok: true; name: string } | { ok: false; message: string };

const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

// Bounds for the parts of a suggested name, so the suggestion stays well
// within MAX_TOKEN_NAME_LENGTH even for a long host name.
const MAX_SUGGESTED_USER_LENGTH = 40;
const MAX_SUGGESTED_HOST_LENGTH = 50;

/** Trims a token name and checks it is non-empty, free of control characters and within the length limit. */
export function validateTokenName(raw: string): TokenNameValidation {
  const name = raw.trim();

  if (name === '') {
    return { ok: false, message: 'The token name is empty. Enter a name for the new token.' };
  }

  if (CONTROL_CHARACTER.test(name)) {
    return {
      ok: false,
      message: 'The token name contains a control character (such as a tab, line break or escape). Remove it and try again.',
    };
  }

  const length = [...name].length;
  if (length > MAX_TOKEN_NAME_LENGTH) {
    return {
      ok: false,
      message: `The token name is ${length} characters long, but the maximum is ${MAX_TOKEN_NAME_LENGTH}. Shorten it.`,
    };
  }

  return { ok: true, name };
}

/**
 * Builds a default token name such as `siro-token alice@laptop 2026-12-04`
 * from the user name, the host name and the local date.
 */
export function suggestTokenName(input: { user: string; host: string; date: Date }): string {
  const user = cleanNamePart(input.user, MAX_SUGGESTED_USER_LENGTH);
  const host = cleanNamePart(input.host, MAX_SUGGESTED_HOST_LENGTH);
  const where = [user, host].filter((part) => part !== '').join('@');

  return ['siro-token', where, localDate(input.date)].filter((part) => part !== '').join(' ');
}

function cleanNamePart(text: string, maxLength: number): string {
  const cleaned = sanitizeTerminalText(text).trim().replace(/\s+/gu, '-');
  return [...cleaned].slice(0, maxLength).join('');
}

function localDate(date: Date): string {
  const year = String(date.getFullYear()).padStart(4, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');

  return `${year}-${month}-${day}`;
}
