/**
 * Cleanup and checks for a token pasted into a prompt or read from stdin.
 */

// A terminal in bracketed-paste mode wraps a paste in ESC [200~ and ESC [201~.
// When the input layer has already consumed the ESC, only `[200~` is left,
// so the ESC is optional here.
const BRACKETED_PASTE_MARKERS = /\u001b?\[20[01]~/g;

const WHITESPACE = /\s+/gu;

const PRINTABLE_ASCII = /^[\u0021-\u007e]$/;

/**
 * Removes bracketed-paste markers and every whitespace character (spaces,
 * tabs, line breaks), so a token wrapped over lines or followed by a newline
 * is read as one value.
 */
export function normalizePastedToken(raw: string): string {
  return raw.replace(BRACKETED_PASTE_MARKERS, '').replace(WHITESPACE, '');
}

/**
 * Returns an error message for a normalized token that cannot be valid, or
 * null. The message gives the position of a bad character but never the
 * token or the character itself.
 */
export function describeTokenInputProblem(normalized: string): string | null {
  if (normalized === '') {
    return 'The token is empty. Paste the org-group token from Siro (Person icon, then API Tokens).';
  }

  let position = 0;
  for (const character of normalized) {
    position += 1;
    if (PRINTABLE_ASCII.test(character)) {
      continue;
    }

    const kind = isControlCharacter(character) ? 'a control character' : 'a character that is not printable ASCII';
    return `The token contains ${kind} at position ${position}. Siro tokens are printable ASCII: copy the token from Siro again and paste it.`;
  }

  return null;
}

function isControlCharacter(character: string): boolean {
  const codePoint = character.codePointAt(0) ?? 0;
  return codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f);
}
