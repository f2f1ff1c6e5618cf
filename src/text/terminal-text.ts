/**
 * Cleans a string from the server (an organization name, an error message)
 * so it can be shown in a terminal: nothing in it can move the cursor, clear
 * the screen, set the window title or write to the clipboard.
 */

const ESC = '\u001b';

// Control strings: OSC (ESC ]), DCS (ESC P), SOS (ESC X), PM (ESC ^) and APC
// (ESC _), or their C1 forms, end at BEL or ST (ESC \ or U+009C). An
// unterminated one is removed to the end of the text, because a terminal
// would swallow everything after it too.
const CONTROL_STRING = new RegExp(
  `(?:${ESC}[\\]PX^_]|[\\u0090\\u0098\\u009d\\u009e\\u009f])[\\s\\S]*?(?:\\u0007|${ESC}\\\\|\\u009c|$)`,
  'g',
);

// CSI (ESC [ or U+009B): parameter bytes, intermediate bytes, one final byte.
const CONTROL_SEQUENCE = new RegExp(`(?:${ESC}\\[|\\u009b)[\\u0030-\\u003f]*[\\u0020-\\u002f]*[\\u0040-\\u007e]?`, 'g');

// Other escape sequences: ESC, intermediate bytes, one final byte (ESC c, ESC ( B).
const ESCAPE_SEQUENCE = new RegExp(`${ESC}[\\u0020-\\u002f]*[\\u0030-\\u007e]?`, 'g');

const LINE_BREAKS_AND_TABS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;

// C0 controls, DEL and C1 controls, plus the bidirectional embedding,
// override and isolate marks, which can reorder what the terminal shows.
const OTHER_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Removes ANSI escape sequences and control characters from `text`, and
 * turns each run of tabs and line breaks into one space. Ordinary Unicode
 * (accents, CJK, emoji and their joiners) is kept.
 */
export function sanitizeTerminalText(text: string): string {
  const withoutSequences = text
    .replace(CONTROL_STRING, '')
    .replace(CONTROL_SEQUENCE, '')
    .replace(ESCAPE_SEQUENCE, '');

  return withoutSequences.replace(LINE_BREAKS_AND_TABS, ' ').replace(OTHER_CONTROLS, '');
}
