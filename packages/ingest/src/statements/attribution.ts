import type { Span } from '../article/types.ts';
import type { Actor } from './actors.ts';
import { headEnd, isClause, spanOf, trimmed } from './clauses.ts';
import type { Quotation } from './quotations.ts';
import { type Reading, sentenceAt } from './reading.ts';
import { actorAfter, subjectOf } from './subjects.ts';
import { type VerbAt, verbsIn } from './verbs.ts';

/** Who a quotation's attribution names, by which verb, in which sentence, and the attribution's own words. */
export interface Attribution {
  actor: Actor;
  verb: VerbAt;
  sentence: number;
  /** The attribution's words (subject, verb and circumstances, some maybe after the quote), for its kind and date. */
  regions: Span[];
  /** Reported speech the attribution gives before a colon ("He said he had not yet read the letter: "…""). */
  paraphrase: Span | null;
}

// A quoted name of a show, book or campaign ("Face the Nation" host): a title, not someone's words.
const TITLE_NOUN =
  /^\s+(?:host|anchor|show|program|programme|series|film|movie|book|song|album|podcast|column|newsletter|documentary|campaign|policy|doctrine|slogan)\b/i;
const TITLE_CASE =
  /^(?:[\p{Lu}\d][\p{L}\d'’.-]*|a|an|the|of|and|in|on|for|to|at|with|or)(?:\s+(?:[\p{Lu}\d][\p{L}\d'’.-]*|a|an|the|of|and|in|on|for|to|at|with|or)){1,6}$/u;
const FEW_WORDS = /^\s*(?:[\w.'’-]+\s+){0,6}(?:as\s+)?$/;

// Words before a quoted title: "CBS's "60 Minutes,"", "on "Face the Nation"".
const BEFORE_TITLE = /(?:['’]s?|\b(?:on|in|with|of|to|the|an?))\s*$/i;

/** A name in quotation marks (a show, a book): in title case, not ending a sentence of its own. */
const isTitle = (reading: Reading, quotation: Quotation) =>
  TITLE_CASE.test(quotation.words.text) &&
  (quotation.ending === '' ||
    (quotation.ending === ',' && BEFORE_TITLE.test(reading.blanked.slice(0, quotation.open))));

/** Where the writer's words of a quotation's sentence start: after the sentence's previous quote (not a title), if any. */
function clauseStart(reading: Reading, sentence: number, before: number): number {
  const start = (reading.article.sentences[sentence] as Span).start;
  const closes = reading.quotations
    .filter((q) => q.close >= start && q.close < before && !isTitle(reading, q))
    .map((q) => q.close + 1);
  return Math.max(start, ...closes);
}

/** `X said: "…"`, `the president tweeted that North Korea is "…"`, `"A," X said, "B."` for B. */
function attributionBefore(reading: Reading, quotation: Quotation): Attribution | undefined {
  const { blanked } = reading;
  const sentence = sentenceAt(reading.article, quotation.open);
  const from = clauseStart(reading, sentence, quotation.open);
  const verb = verbsIn(blanked, from, quotation.open).at(-1);
  if (!verb) return undefined;
  const gap = blanked.slice(verb.end, quotation.open);
  if (verb.type === 'naming' ? !FEW_WORDS.test(gap) : isTitle(reading, quotation)) return undefined;
  const actor =
    verb.type === 'according'
      ? actorAfter(reading, sentence, verb.end)
      : subjectOf(reading, sentence, from, verb);
  if (!actor) return undefined;
  const end = headEnd(blanked, verb.end, quotation.open);
  // What was said before a colon that introduces the quote.
  const said = /^\s*(?:that\s+)?(?<clause>[^:]+):\s*$/d.exec(blanked.slice(end, quotation.open))?.indices
    ?.groups?.clause;
  const clause = said ? trimmed(reading.article.body, end + said[0], end + said[1]) : null;
  // Circumstances may follow a quote the sentence goes on after: `called him "…" in a speech on Tuesday`.
  const tail = quotation.close + 1;
  const tailEnd = /[.?!]/.test(quotation.ending)
    ? tail
    : headEnd(blanked, tail, (reading.article.sentences[sentence] as Span).end);
  return {
    actor,
    verb,
    sentence,
    regions: [spanOf(blanked, from, end), spanOf(blanked, tail, tailEnd)],
    paraphrase: clause && isClause(clause.text) ? clause : null,
  };
}

/** `"…," Trump told reporters`, `"…," said Sanders`, `"…," the letter said`, `"…," according to X`. */
function attributionAfter(reading: Reading, quotation: Quotation): Attribution | undefined {
  const { blanked, article } = reading;
  const lead = /^[\s,—–-]*/.exec(blanked.slice(quotation.close + 1))?.[0] ?? '';
  if (!/[,?!—–-]/.test(quotation.ending + lead) || isTitle(reading, quotation)) return undefined;
  const at = quotation.close + 1 + lead.length;
  // The attribution's sentence: a splitter may end one on the quote's "?" or "!" (`"Why not?" Pompeo asked.`).
  const sentence = sentenceAt(article, at);
  const paragraphOf = (offset: number) => article.sentences[sentenceAt(article, offset)]?.paragraph;
  if (paragraphOf(at) !== paragraphOf(quotation.close)) return undefined;
  const next = reading.quotations.find((q) => q.open > quotation.close)?.open ?? blanked.length;
  const to = Math.min((article.sentences[sentence] as Span).end, next);
  const verb = verbsIn(blanked, at, to).find((v) => v.type !== 'participle');
  if (!verb || !/^(?:\S+\s+){0,14}$/.test(blanked.slice(at, verb.start))) return undefined;
  const inverted = verb.start === at;
  const actor =
    inverted || verb.type === 'according'
      ? actorAfter(reading, sentence, verb.end)
      : subjectOf(reading, sentence, at, verb);
  if (!actor) return undefined;
  const end = Math.max(headEnd(blanked, verb.end, to), inverted ? actor.end : 0);
  return { actor, verb, sentence, regions: [spanOf(blanked, at, end)], paraphrase: null };
}

/**
 * The attribution of a quotation in its own sentence(s), before the quote or after it, or undefined (a quote no
 * verb of saying attributes, a quoted title).
 */
export function attributionOf(reading: Reading, quotation: Quotation): Attribution | undefined {
  if (TITLE_NOUN.test(reading.blanked.slice(quotation.close + 1))) return undefined;
  return attributionBefore(reading, quotation) ?? attributionAfter(reading, quotation);
}
