import type { DirectoryType, RecordOf, Store } from '@parley/domain';
import { nameScore, namesOf, VARIANT_THRESHOLD } from './names.ts';

// Words that lead into a place or an organization without naming it.
const leading = /^(?:(?:in|at|on|from|to|near|inside|outside|of|by)\s+)?(?:the\s+|a\s+|an\s+)?/i;

/** The ways the words may name a record: whole, without a leading preposition and article, and each "in X" tail. */
export function candidatesOf(words: string): string[] {
  const bare = words
    .trim()
    .replace(/[.,;:]+$/, '')
    .replace(leading, '');
  const tails = bare.split(/\s+(?:in|at|of)\s+/i).slice(1);
  return [...new Set([bare, ...tails.map((t) => t.replace(leading, ''))])].filter((c) => c.length > 0);
}

/** The proper name the words give ("in New York" → "New York"), undefined when they give none ("a hotel"). */
export function properName(words: string | null | undefined): string | undefined {
  const [name] = candidatesOf(words ?? '').slice(-1);
  return name && /^(?:[A-Z][\p{L}.'’-]*)(?:\s+(?:[A-Z][\p{L}.'’-]*|of|de|del|la|le|al))*$/u.test(name)
    ? name
    : undefined;
}

/**
 * Matches words to the places or organizations recorded (or put by the proposal): by a name or alias, the most
 * specific first ("a hotel in Northwest D.C." is the hotel before the district), or a close spelling. Undefined
 * when nothing matches.
 */
export async function createDirectory<T extends DirectoryType>(store: Store, type: T) {
  const records = [...(await store.listAll(type))];
  const match = (words: string | null | undefined): RecordOf<T> | undefined => {
    if (!words) return undefined;
    for (const candidate of candidatesOf(words)) {
      let best: { record: RecordOf<T>; score: number } | undefined;
      for (const record of records) {
        for (const name of namesOf(record)) {
          const score = nameScore(candidate, name);
          if (!best || score > best.score) best = { record, score };
        }
      }
      if (best && (best.score === 1 || best.score >= VARIANT_THRESHOLD + 0.2)) return best.record;
    }
    return undefined;
  };
  return Object.assign(match, {
    /** The record that `which` accepts bearing one of the names exactly (no close spelling), if any. */
    named: (names: readonly string[], which: (record: RecordOf<T>) => boolean) =>
      records.find((r) => which(r) && namesOf(r).some((n) => names.some((name) => nameScore(name, n) === 1))),
    /** Puts a record the proposal creates or changes, so that words match it from then on. */
    put(record: RecordOf<T>) {
      const at = records.findIndex((r) => r.id === record.id);
      if (at < 0) records.push(record);
      else records[at] = record;
    },
  });
}
