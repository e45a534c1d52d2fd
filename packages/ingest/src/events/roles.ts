import type { Person } from './people.ts';
import type { Phrase } from './phrases.ts';
import { TITLE_WORD } from './words.ts';

/** The sentence with its phrases (dates, places, durations) blanked out, so the rules below step over them. */
export function blank(text: string, phrases: readonly Phrase[]): string {
  let out = text;
  for (const p of phrases) out = out.slice(0, p.start) + ' '.repeat(p.end - p.start) + out.slice(p.end);
  return out;
}

/** What may stand between a subject and its verb: "Pompeo had met", "Trump, who on Thursday met". */
export const SUBJECT_GAP =
  /^[\s,]*(?:(?:who|had|has|have|also|then|later|reportedly|briefly|finally|again|first|both|previously|already|recently|secretly|privately|once|twice|separately|personally|together|jointly|to)[\s,]+)*$/i;
// What joins two people in a list: "Pompeo and U.S. Special Representative Steve Beigun".
const JOINED = new RegExp(`^\\s*(?:,\\s*(?:and\\s+)?|and\\s+|&\\s+)(?:${TITLE_WORD}\\s+)*$`);
const object = (withWord: boolean) =>
  new RegExp(
    `^[\\s,]*${withWord ? '(?:(?:with|by)\\s+)?' : ''}(?:(?:his|her|their|its|the|a|an|counterparts?|${TITLE_WORD})[\\s,]+)*$`,
  );

/** The people listed together from `first`, going left (-1) or right (+1). */
function listFrom(text: string, people: readonly Person[], first: number, step: 1 | -1): Person[] {
  const list = [people[first] as Person];
  for (let i = first + step; people[i]; i += step) {
    const [left, right] = step === 1 ? [list.at(-1), people[i]] : [people[i], list[0]];
    if (!left || !right || !JOINED.test(text.slice(left.end, right.start))) break;
    if (step === 1) list.push(people[i] as Person);
    else list.unshift(people[i] as Person);
  }
  return list;
}

/**
 * The people who are the subject of a word at `at`: those listed just before it, with only `gap` (adverbs,
 * auxiliaries, a possessive) between the last of them and the word. `text` is the blanked sentence.
 */
export function subjectsBefore(
  text: string,
  people: readonly Person[],
  at: number,
  gap = SUBJECT_GAP,
): Person[] {
  const last = people.findLastIndex((p) => p.end <= at);
  const person = people[last];
  if (!person || !gap.test(text.slice(person.end, at))) return [];
  return listFrom(text, people, last, -1);
}

/**
 * The people who are the object of a word ending at `at`: those listed just after it, with only titles (and
 * "with" or "by" when `withWord`) before the first. `text` is the blanked sentence.
 */
export function objectsAfter(
  text: string,
  people: readonly Person[],
  at: number,
  withWord: boolean,
): Person[] {
  const first = people.findIndex((p) => p.start >= at);
  const person = people[first];
  if (!person || !object(withWord).test(text.slice(at, person.start))) return [];
  return listFrom(text, people, first, 1);
}

/** Whether two mentions name the same person: the same name, or one a single word of the other's ends. */
export function samePerson(a: Person['mention'], b: Person['mention']): boolean {
  const words = (name: string) =>
    name
      .replace(/\b(?:Mr|Mrs|Ms|Dr)\.\s*/g, '')
      .split(/[\s-]+/)
      .filter((w) => !/^[A-Z]\.?$/.test(w));
  const [x, y] = [words(a.name), words(b.name)];
  if (x.join(' ') === y.join(' ')) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === 1) return short[0] === long[0] || short[0] === long.at(-1);
  return short[0] === long[0] && short.at(-1) === long.at(-1);
}

/** The people of a list, each once, by the fullest mention: a name before a pronoun, a longer name first. */
export function distinct(people: readonly Person['mention'][]): Person['mention'][] {
  const out: Person['mention'][] = [];
  const rank = (p: Person['mention']) => (p.resolvedFrom ? 0 : 1000) + p.name.length;
  for (const p of people) {
    const i = out.findIndex((o) => samePerson(o, p));
    if (i < 0) out.push(p);
    else if (rank(p) > rank(out[i] as Person['mention'])) out[i] = p;
  }
  return out;
}
