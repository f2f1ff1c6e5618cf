const MASK = '•';

/** Characters left visible at the end of a masked token. */
const VISIBLE_SUFFIX_LENGTH = 4;

/** Tokens this short are masked completely, because 4 visible characters would give away too much. */
const MIN_LENGTH_FOR_SUFFIX = 9;

/** Maximum bullets shown, so a long token does not widen the layout. */
const MAX_MASK_LENGTH = 20;

/**
 * Masks a token for display: bullets (at most 20) and the last 4 characters.
 * A token of 8 characters or fewer is masked completely.
 */
export function maskToken(token: string): string {
  const characters = [...token];

  if (characters.length < MIN_LENGTH_FOR_SUFFIX) {
    return MASK.repeat(Math.min(characters.length, MAX_MASK_LENGTH));
  }

  const hiddenLength = characters.length - VISIBLE_SUFFIX_LENGTH;
  const suffix = characters.slice(hiddenLength).join('');

  return MASK.repeat(Math.min(hiddenLength, MAX_MASK_LENGTH)) + suffix;
}
