/** A slug made from a title or name: lowercase ASCII words joined by hyphens ("Kim Jong Un" → "kim-jong-un"). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
