/**
 * Cleaning of text that comes from the server before it goes into an error
 * message shown in a terminal.
 */

/** Maximum length of a server message kept, in characters. Longer ones end in an ellipsis. */
export const MAX_SERVER_MESSAGE_LENGTH = 300;

const REDACTED = '[redacted token]';

// CSI (`ESC [ … final`), OSC (`ESC ] … BEL` or `ESC ] … ESC \`), the 8-bit CSI
// introducer, and two-character escapes such as `ESC c` (reset).
const ESCAPE_SEQUENCE =
  /\u001b\[[0-?]*[ -/]*[@-~]|\u009b[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]/g;

// C0 and C1 control characters, DEL, and the Unicode bidirectional overrides
// and isolates, which can make a terminal show text in another order.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Returns the server's message as one line that is safe to print: the bearer
 * token is redacted wherever the server echoed it, terminal escape sequences
 * and control characters are removed, whitespace is collapsed, and the text
 * is cut to MAX_SERVER_MESSAGE_LENGTH characters.
 * Returns undefined when nothing printable is left.
 */
export function cleanServerMessage(raw: string, token: string): string | undefined {
  // Redacting before and after stripping also catches a token split by escape sequences.
  const redacted = redactToken(raw, token);
  const withoutEscapes = redacted.replace(ESCAPE_SEQUENCE, '').replace(CONTROL_CHARACTER, ' ');
  const oneLine = redactToken(withoutEscapes, token).replace(/\s+/g, ' ').trim();

  if (oneLine === '') {
    return undefined;
  }
  return truncate(oneLine, MAX_SERVER_MESSAGE_LENGTH);
}

/** Replaces every occurrence of the token in the text. */
export function redactToken(text: string, token: string): string {
  if (token === '') {
    return text;
  }
  return text.split(token).join(REDACTED);
}

/** Adds a full stop unless the text already ends a sentence. */
export function endSentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

function truncate(text: string, maxLength: number): string {
  // Array.from splits by code point, so a surrogate pair is never cut in half.
  const characters = Array.from(text);
  if (characters.length <= maxLength) {
    return text;
  }
  return `${characters.slice(0, maxLength - 1).join('')}…`;
}
