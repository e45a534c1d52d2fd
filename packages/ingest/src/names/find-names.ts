import type { NameMention } from '../article/types.ts';
import { type Range, type Titled, titleAfter, titleBefore } from './titles.ts';
import { key, type Token, tokenize } from './tokens.ts';
import {
  auxiliaries,
  collectiveSubjects,
  institutionHeads,
  meetingVerbs,
  nameParticles,
  personVerbs,
  surnamesFirst,
} from './vocabulary.ts';
import {
  adjacent,
  isAcronym,
  isCommonWord,
  isDate,
  isHonorific,
  isPersonTagged,
  isPlaceTagged,
  isTitleWord,
} from './words.ts';

// Longer runs of capitalised words are titles of works or institutions, not one person's name.
const MAX_NAME_WORDS = 5;

/** A pronoun capitalised by position or rule ("He", "I"); mid-sentence "Il" of "Kim Il Sung" is a name. */
const isPronoun = (token: Token) => token.tags.has('Pronoun') && (token.initial || token.text === 'I');

/** A capitalised word that may be part of a person's name (not a title, honorific, date or pronoun). */
const nameWord = (token: Token) =>
  token.cap && !isTitleWord(token) && !isHonorific(token) && !isDate(token) && !isPronoun(token);

/** The runs of capitalised words that could be names: "Kim Yong Chol", "Donald J. Trump", "Moon Jae-in". */
function candidateRuns(sentence: string, tokens: Token[]): Range[] {
  const runs: Range[] = [];
  for (let from = 0; from < tokens.length; from++) {
    const first = tokens[from] as Token;
    if (!nameWord(first) || isCommonWord(first)) continue;
    let to = from;
    while (to - from + 1 < MAX_NAME_WORDS && !(tokens[to] as Token).possessive) {
      const next = tokens[to + 1];
      const afterNext = tokens[to + 2];
      if (next && adjacent(sentence, tokens[to] as Token, next) && nameWord(next)) to++;
      else if (
        next &&
        afterNext &&
        nameParticles.has(next.text) &&
        adjacent(sentence, tokens[to] as Token, next) &&
        adjacent(sentence, next, afterNext) &&
        nameWord(afterNext)
      )
        to += 2;
      else break;
    }
    runs.push({ from, to });
    from = to;
  }
  return runs;
}

/** A run that cannot be a person whatever stands around it: an institution, a demonym, an acronym. */
function neverPerson(tokens: Token[], run: Range): boolean {
  const words = tokens.slice(run.from, run.to + 1);
  const last = words.at(-1) as Token;
  if (institutionHeads.has(key(last)) || last.tags.has('Demonym')) return true;
  if (words.length === 1 && (isAcronym(last) || collectiveSubjects.has(key(last)))) return true;
  return false;
}

/** A run of places and organizations only, as compromise knows them: "Pyongyang", "Washington". */
const placeOnly = (tokens: Token[], run: Range) => tokens.slice(run.from, run.to + 1).every(isPlaceTagged);

/** What the words after a run say: a person's verb ("said", "has met"), or ", who". */
function actsAsPerson(sentence: string, tokens: Token[], run: Range): boolean {
  let i = run.to + 1;
  if (tokens[i]?.text === ',' && tokens[i + 1]?.text.toLowerCase() === 'who') return true;
  while (tokens[i] && auxiliaries.has(key(tokens[i] as Token))) i++;
  const verb = tokens[i];
  return !!verb && personVerbs.has(key(verb)) && adjacent(sentence, tokens[i - 1] as Token, verb);
}

/** Whether a run is what someone met: "met Xi Jinping", "a meeting with Moon Jae-in". */
function metAsPerson(tokens: Token[], run: Range): boolean {
  const before = tokens[run.from - 1];
  const verb = before?.text.toLowerCase() === 'with' ? tokens[run.from - 2] : before;
  return !!verb && meetingVerbs.has(key(verb));
}

/** The shape of a name itself: an East Asian surname first ("Xi Jinping"), a hyphened given name ("Jae-in"). */
function shapedAsName(tokens: Token[], run: Range): boolean {
  const words = tokens.slice(run.from, run.to + 1);
  if (words.length < 2) return false;
  return surnamesFirst.has(key(words[0] as Token)) || words.some((w) => /-\p{Ll}/u.test(w.text));
}

interface Candidate {
  run: Range;
  titled: Titled | null;
  after: boolean;
  person: boolean;
}

/** Names joined to a person's name by "and", "or" or a comma are people too: "Pompeo and … Steve Beigun". */
function acceptCoordinated(tokens: Token[], candidates: Candidate[], ruledOut: Set<Candidate>) {
  let changed = true;
  while (changed) {
    changed = false;
    candidates.forEach((candidate, i) => {
      if (candidate.person || ruledOut.has(candidate)) return;
      const joined = (other: Candidate | undefined, left: Range, right: Range) => {
        if (!other?.person) return false;
        const between = tokens.slice(left.to + 1, right.from).map((t) => t.text.toLowerCase());
        return between.length === 1 && /^(?:and|or|,)$/.test(between[0] as string);
      };
      const previous = candidates[i - 1];
      const next = candidates[i + 1];
      const nextStart = next?.titled?.edge ?? next?.run.from;
      if (
        (previous && joined(previous, previous.run, candidate.run)) ||
        (next && nextStart !== undefined && joined(next, candidate.run, { from: nextStart, to: nextStart }))
      ) {
        candidate.person = true;
        changed = true;
      }
    });
  }
}

/** The mention a candidate makes: its name as written, the words of the mention, its title and organization. */
function mentionOf(sentence: string, tokens: Token[], { run, titled, after }: Candidate): NameMention {
  const slice = (range: Range | null) =>
    range ? sentence.slice((tokens[range.from] as Token).start, (tokens[range.to] as Token).end) : null;
  const name = slice(run) as string;
  const first = after ? run.from : (titled?.edge ?? run.from);
  const last = after && titled ? titled.edge : run.to;
  return {
    name,
    text: slice({ from: first, to: last }) as string,
    title: slice(titled?.title ?? null),
    organization: slice(titled?.organization ?? null),
  };
}

/** What a sentence says of its runs of capitalised words, whatever the article said before it. */
interface Analysis {
  tokens: Token[];
  runs: { run: Range; titled: Titled | null; after: boolean; ruledOut: boolean; evidenced: boolean }[];
}

// The analysis of each recent sentence: statements and events read the same sentences, with other `seen`.
const cache = new Map<string, Analysis>();
const CACHE_SIZE = 500;

function analyse(sentence: string): Analysis {
  const known = cache.get(sentence);
  if (known) return known;
  const tokens = tokenize(sentence);
  const runs = candidateRuns(sentence, tokens).map((run) => {
    const before = titleBefore(sentence, tokens, run.from, run.to);
    const titled = before ?? titleAfter(sentence, tokens, run.to);
    const ruledOut = neverPerson(tokens, run) || (!titled && placeOnly(tokens, run));
    const evidenced =
      !ruledOut &&
      (!!titled ||
        tokens.slice(run.from, run.to + 1).some(isPersonTagged) ||
        shapedAsName(tokens, run) ||
        actsAsPerson(sentence, tokens, run) ||
        metAsPerson(tokens, run));
    return { run, titled, after: !before && !!titled, ruledOut, evidenced };
  });
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  const analysis = { tokens, runs };
  cache.set(sentence, analysis);
  return analysis;
}

/**
 * The people named in a sentence, in order of appearance, each with the title and organization words the
 * sentence gives them. Runs of capitalised words are names when something says so: compromise knows the name,
 * a title or honorific stands before it, a title is given beside it, it has a name's shape, it does what
 * people do ("said", "met"), it is joined to another person's name, or the article named them before (`seen`:
 * the names found in its earlier sentences, whole or by surname); never when it is an institution's or a
 * place's name. Honorifics ("Mr.") are dropped from the name.
 */
export function findNames(sentence: string, seen: readonly string[] = []): NameMention[] {
  const { tokens, runs } = analyse(sentence);
  // A name the article gave before, or its surname alone ("Trump made the announcement…"), is a person.
  const seenBefore = new Set(seen.flatMap((name) => [name, name.split(/\s+/).at(-1) as string]));
  const ruledOut = new Set<Candidate>();
  const candidates = runs.map(({ run, titled, after, ruledOut: never, evidenced }): Candidate => {
    const words = sentence.slice(tokens[run.from]?.start, tokens[run.to]?.end);
    const candidate: Candidate = {
      run,
      titled,
      after,
      person: !never && (evidenced || seenBefore.has(words)),
    };
    if (never) ruledOut.add(candidate);
    return candidate;
  });
  acceptCoordinated(tokens, candidates, ruledOut);
  return candidates.filter((c) => c.person).map((c) => mentionOf(sentence, tokens, c));
}
