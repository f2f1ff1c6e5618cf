/**
 * Shortens text to at most `max` code points, ending in an ellipsis when
 * cut. Meant for identifiers, which are ASCII; for names of any script, use
 * Ink's `wrap="truncate-end"`, which measures display width.
 */
export function truncateEnd(text: string, max: number): string {
  const characters = [...text];
  if (characters.length <= max) {
    return text;
  }
  return characters.slice(0, Math.max(0, max - 1)).join('') + '…';
}
