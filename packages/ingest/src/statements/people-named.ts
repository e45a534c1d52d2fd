import nlp from 'compromise';
import type { Article, NameMention } from '../article/types.ts';
import { findNames } from '../names/find-names.ts';

/** A person named in the body, where: body offsets of the mention's words, and whether they stand in a quote. */
export interface PersonAt {
  mention: NameMention;
  start: number;
  end: number;
  quoted: boolean;
}

/**
 * Everyone `findNames` names in the article's sentences, placed at their words in the body. A mention whose words
 * cannot be found again is placed at its name.
 */
export function peopleNamed(article: Article, blanked: string): PersonAt[] {
  return article.sentences.flatMap((sentence) => {
    let cursor = 0;
    return findNames(sentence.text).flatMap((mention) => {
      const found = [mention.text, mention.name]
        .map((words) => ({ words, at: sentence.text.indexOf(words, cursor) }))
        .find((f) => f.at >= 0);
      if (!found) return [];
      cursor = found.at + found.words.length;
      const start = sentence.start + found.at;
      const end = start + found.words.length;
      // Blanked where the body has a letter: the words lie inside quotation marks.
      const quoted = [...article.body.slice(start, end)].some(
        (c, i) => /\S/.test(c) && blanked[start + i] === ' ',
      );
      return [{ mention, start, end, quoted }];
    });
  });
}

type Gender = 'female' | 'male' | null;

// Family names written first that compromise also knows as given names ("Kim" Jong Un is no woman's name).
const FAMILY_FIRST = /^(?:Kim|Lee|Park|Choi|Moon|Jung|Kang|Wang|Li|Zhang|Liu|Chen|Yang|Xi|Nguyen|Tran)$/;

/** A mention's gender as its words tell it: "Mr.", "Ms.", or the first name of "First Last" compromise knows. */
function genderOf(mention: NameMention): Gender {
  if (/\bMr\.?\s/.test(mention.text)) return 'male';
  if (/\b(?:Mrs|Ms|Miss)\.?\s/.test(mention.text)) return 'female';
  const names = mention.name.split(/\s+/).filter((n) => !/^[A-Z]\.$/.test(n));
  if (names.length !== 2 || FAMILY_FIRST.test(names[0] as string)) return null;
  const first = nlp(names[0] as string);
  if (first.has('#FemaleName')) return 'female';
  if (first.has('#MaleName')) return 'male';
  return null;
}

const surname = (mention: NameMention) => mention.name.split(/\s+/).at(-1);

/** Each person's gender, a surname alone ("Macron") taking the one of the full name before it ("Emmanuel Macron"). */
function gendersOf(people: readonly PersonAt[]): Gender[] {
  const own = people.map((p) => genderOf(p.mention));
  return people.map((person, i) => {
    const full = own
      .slice(0, i)
      .findLastIndex(
        (g, j) => g !== null && surname((people[j] as PersonAt).mention) === surname(person.mention),
      );
    return own[i] ?? (full >= 0 ? (own[full] as Gender) : null);
  });
}

// Ranks a bare title must name itself to mean someone holding them ("the president" is not the vice president).
const RANKS = ['vice', 'deputy', 'former', 'acting', 'assistant', 'under'];

const wordsOf = (text: string | null | undefined) =>
  (text ?? '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}.-]+/u)
    .filter((w) => w.length > 0);

/** Whether someone named with `mention`'s title is who `phrase` ("the president", "the North Korean official") means. */
function holdsTitle(mention: NameMention, phrase: string): boolean {
  const wanted = wordsOf(phrase).filter((w) => w !== 'the');
  const title = wordsOf(mention.title);
  const held = new Set([...title, ...wordsOf(mention.organization)]);
  const head = wanted.at(-1);
  if (!head || !title.includes(head)) return false;
  if (RANKS.some((rank) => held.has(rank) && !wanted.includes(rank))) return false;
  return wanted.every((w) => held.has(w));
}

/** Stands for a named person at a place of the body: a pronoun or a bare title, as written there. */
const standingFor = (person: PersonAt, words: string): NameMention => ({
  ...person.mention,
  text: words,
  resolvedFrom: words,
});

/** Finds who a pronoun or a bare title before an offset of the body means, among the people named before it. */
export function createResolver(people: readonly PersonAt[]) {
  const genders = gendersOf(people);
  const before = (at: number) => people.filter((p) => p.end <= at);
  return {
    /** "he", "she", "his", "her": the last person named outside quotation marks, of that gender when the name tells. */
    pronoun(words: string, at: number): NameMention | null {
      const wanted: Gender = /^(?:she|her)$/i.test(words) ? 'female' : 'male';
      const person = before(at).findLast((p) => {
        const gender = genders[people.indexOf(p)];
        return !p.quoted && (gender === null || gender === wanted);
      });
      return person ? standingFor(person, words) : null;
    },
    /** "the president": the last person named with that title (in a quote or not). */
    title(words: string, at: number): NameMention | null {
      const person = before(at).findLast((p) => holdsTitle(p.mention, words));
      return person ? standingFor(person, words) : null;
    },
  };
}
export type Resolver = ReturnType<typeof createResolver>;
