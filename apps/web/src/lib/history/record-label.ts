/** How long a statement's words may run as its name before they are cut. */
const LONGEST = 80;

const shortened = (text: string) =>
  text.length <= LONGEST ? text : `${text.slice(0, LONGEST - 1).trimEnd()}…`;

/** The first of a record's fields that holds some text. */
function firstText(fields: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = fields[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
}

/**
 * A record's name for a heading or a list: its title or name; a statement's words, quoted and cut short; else
 * its slug or id.
 */
export function recordLabel(record: unknown): string {
  const fields = typeof record === 'object' && record !== null ? (record as Record<string, unknown>) : {};
  const name = firstText(fields, ['title', 'name']);
  if (name) return name;
  const words = firstText(fields, ['quote', 'paraphrase']);
  if (words) return `“${shortened(words)}”`;
  return firstText(fields, ['slug', 'id']) ?? 'a record';
}
