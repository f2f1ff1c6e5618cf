/**
 * The bytes a terminal sends for each key, defined once for every test that
 * types into siro-token (Ink tests and the pseudo-terminal tests).
 */
export const keys = {
  enter: '\r',
  escape: '\u001b',
  tab: '\t',
  backspace: '\u007f',
  delete: '\u001b[3~',
  up: '\u001b[A',
  down: '\u001b[B',
  right: '\u001b[C',
  left: '\u001b[D',
  home: '\u001b[H',
  end: '\u001b[F',
  pageUp: '\u001b[5~',
  pageDown: '\u001b[6~',
  altBackspace: '\u001b\u007f',
  ctrlA: '\u0001',
  ctrlC: '\u0003',
  ctrlD: '\u0004',
  ctrlE: '\u0005',
  ctrlK: '\u000b',
  ctrlR: '\u0012',
  ctrlU: '\u0015',
  ctrlW: '\u0017',
} as const;

export type KeyName = keyof typeof keys;
