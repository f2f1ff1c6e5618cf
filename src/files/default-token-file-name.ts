/** Maximum length of each name's part of the file name, so the name stays readable and far below file system limits. */
const MAX_SLUG_LENGTH = 40;

const FALLBACK_STEM = 'siro-token';

const EXTENSION = '.token';

// Letters that Unicode decomposition (NFKD) does not turn into ASCII.
const TRANSLITERATIONS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

/**
 * Returns a file name for the token in the current folder, such as
 * `acme-corp-ci-deploy.token`: the organization and token names as lowercase
 * ASCII slugs joined by `-`. A name with no ASCII letters or digits (CJK,
 * emoji) is left out, and `siro-token.token` is used when both are.
 */
export function defaultTokenFileName(organizationName: string, tokenName: string): string {
  const slugs = [slugify(organizationName), slugify(tokenName)].filter((slug) => slug !== '');
  const stem = slugs.length > 0 ? slugs.join('-') : FALLBACK_STEM;

  return `${stem}${EXTENSION}`;
}

function slugify(text: string): string {
  const lowercase = text.toLowerCase().replace(/[ßæœøđðłþı]/g, (letter) => TRANSLITERATIONS[letter] ?? '');
  const withoutAccents = lowercase.normalize('NFKD').replace(/\p{M}/gu, '');
  const slug = withoutAccents.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

  return slug.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
}
