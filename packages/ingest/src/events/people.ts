import type { NameMention } from '../article/types.ts';
import { findNames } from '../names/find-names.ts';
import { ROLE_WORDS } from './words.ts';

/** Someone a sentence mentions, by name or by a pronoun or description resolved to a named person. */
export interface Person {
  mention: NameMention;
  /** Offsets within the sentence. */
  start: number;
  end: number;
}

/** A person named earlier in the article, with the words that describe them ("president", "official"). */
interface Known {
  mention: NameMention;
  describedAs: Set<string>;
}

const PRONOUN = /\b(?:he|she|him|his|her)\b/gi;
const HEADS = [
  'president',
  'official',
  'leader',
  'secretary',
  'minister',
  'envoy',
  'diplomat',
  'chairman',
  'chief',
  'ambassador',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'representative',
  'premier',
  'negotiator',
  'adviser',
]
  .map((head) => `[${head[0]}${head[0]?.toUpperCase()}]${head.slice(1)}`)
  .join('|');
// "the president", "the North Korean official", "the top diplomat": a description that stands for someone named.
const DESCRIPTION = new RegExp(
  `\\b[Tt]he\\s+((?:(?:[A-Z][\\w.'’-]*|${ROLE_WORDS})\\s+){0,3}?)(${HEADS})(?![\\w-])`,
  'g',
);

const lower = (words: string) =>
  words
    .toLowerCase()
    .split(/[^\w]+/)
    .filter((w) => w.length > 0);

/** Where each mention stands in the sentence, in order; a mention whose words cannot be found is left out. */
function locate(text: string, mentions: NameMention[]): Person[] {
  const located: Person[] = [];
  let from = 0;
  for (const mention of mentions) {
    for (const words of [mention.text, mention.name]) {
      const start = text.indexOf(words, from);
      if (start < 0) continue;
      located.push({ mention, start, end: start + words.length });
      from = start + words.length;
      break;
    }
  }
  return located;
}

/** The words that describe a named person: their title and organization, and up to five words before the name. */
function describedAs(text: string, person: Person): Set<string> {
  const before = /(?:[\w.'’-]+\s+){0,5}$/.exec(text.slice(0, person.start))?.[0] ?? '';
  const apposition = /^,\s+(?:a|an|the)\s+([^,.;]+)/.exec(text.slice(person.end))?.[1] ?? '';
  const { mention } = person;
  return new Set(
    lower([mention.text, mention.title, mention.organization, before, apposition].filter((w) => w).join(' ')),
  );
}

/** A pronoun or description in a sentence, with the words a person must be described by to be meant. */
interface Reference {
  start: number;
  end: number;
  heads: string[];
  modifiers: string[];
}

function references(text: string): Reference[] {
  const pronouns = [...text.matchAll(PRONOUN)].map((m) => ({ match: m, heads: [], modifiers: [] }));
  const descriptions = [...text.matchAll(DESCRIPTION)].map((m) => ({
    match: m,
    heads: [(m[2] as string).toLowerCase()],
    modifiers: lower(m[1] ?? ''),
  }));
  return [...pronouns, ...descriptions].map(({ match, heads, modifiers }) => ({
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
    heads,
    modifiers,
  }));
}

/** A description means the latest person named who fits it: its head word, and its other words if any does. */
function described(reference: Reference, named: Known[]): Known | undefined {
  const fit = [...named].reverse().filter((k) => reference.heads.every((h) => k.describedAs.has(h)));
  return fit.find((k) => reference.modifiers.every((m) => k.describedAs.has(m))) ?? fit[0];
}

// "Trump hosted him": an object pronoun does not mean the subject of its own verb.
const OBJECT_PRONOUN = /^(?:him|her)$/i;
const OWN_VERB = /^\s+(?:\S+\s+){0,2}$/;

/**
 * A pronoun means the latest person named before it in its sentence, or else the first person (the subject)
 * of the last sentence that named someone.
 */
function pronounOf(text: string, reference: Reference, here: (Known & Person)[], sentences: Known[][]) {
  const objectPronoun = OBJECT_PRONOUN.test(text.slice(reference.start, reference.end));
  const before = here.filter(
    (h) => h.end <= reference.start && !(objectPronoun && OWN_VERB.test(text.slice(h.end, reference.start))),
  );
  return before.at(-1) ?? sentences.findLast((named) => named.length > 0)?.[0];
}

/**
 * Reads an article's sentences in order, naming the people in each: those `findNames` finds, and pronouns
 * ("he") and descriptions ("the North Korean official") resolved to the named person they most likely mean.
 */
export function createPeopleReader() {
  const sentences: Known[][] = [];
  const seen: string[] = [];
  return (text: string): Person[] => {
    const named = locate(text, findNames(text, seen));
    const here = named.map((p) => ({ ...p, describedAs: describedAs(text, p) }));
    const people: Person[] = [...named];
    for (const reference of references(text)) {
      if (named.some((n) => n.start < reference.end && reference.start < n.end)) continue;
      const match =
        reference.heads.length === 0
          ? pronounOf(text, reference, here, sentences)
          : described(reference, [...sentences.flat(), ...here.filter((h) => h.end <= reference.start)]);
      const words = text.slice(reference.start, reference.end);
      if (match)
        people.push({
          mention: { ...match.mention, text: words, resolvedFrom: words },
          start: reference.start,
          end: reference.end,
        });
    }
    sentences.push(here);
    for (const { mention } of named) if (!seen.includes(mention.name)) seen.push(mention.name);
    return people.sort((a, b) => a.start - b.start);
  };
}
