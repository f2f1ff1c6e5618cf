import type { Key } from 'ink';

import { sanitizeTerminalText } from '../text/terminal-text.js';

/**
 * Applies one key press to a type-to-filter text: printable input is
 * appended, Backspace or Delete removes the last character, Ctrl+W the
 * last word and Ctrl+U all of it, as in a shell. Returns null when the key
 * does not edit the filter.
 */
export function editFilter(filter: string, input: string, key: Key): string | null {
  if (key.backspace || key.delete) {
    return [...filter].slice(0, -1).join('');
  }

  if (key.ctrl && input === 'u') {
    return '';
  }
  if (key.ctrl && input === 'w') {
    return filter.replace(/\S*\s*$/u, '');
  }

  if (key.ctrl || key.meta || key.escape || key.return || key.tab) {
    return null;
  }

  const printable = sanitizeTerminalText(input).replace(/[\u0000-\u001f\u007f]/g, '');
  return printable === '' ? null : filter + printable;
}
