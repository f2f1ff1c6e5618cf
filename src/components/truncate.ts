/**
 * Shortens text to at most `max` code points, ending in an ellipsis when
 * cut. It counts code points, not display width, so it suits identifiers;
 * names of any script go through Ink's `wrap="truncate-end"` instead.
 */
export function truncateEnd(text: string, max: number): string {
  const characters = [...text];
  if (characters.length <= max) {
    return text;
  }
  return characters.slice(0, Math.max(0, max - 1)).join('') + '…';
}
