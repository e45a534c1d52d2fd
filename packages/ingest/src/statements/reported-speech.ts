import type { Span } from '../article/types.ts';
import type { Actor } from './actors.ts';
import { headEnd, isClause, spanOf, trimmed } from './clauses.ts';
import { ADVERBS, BARE_CLAUSE_VERBS, REPORTING_VERBS } from './lexicon.ts';
import type { Reading } from './reading.ts';
import { actorAfter, subjectOf } from './subjects.ts';
import { type VerbAt, verbsIn } from './verbs.ts';

/** Reported speech: who (actor), by which verb, the clause reported (verbatim span) and the attribution's words. */
export interface Reported {
  actor: Actor;
  verb: VerbAt;
  clause: Span;
  region: Span;
}

// Where a reported clause ends: another verb of saying joined to it, a semicolon, a participle of saying.
const CLAUSE_END = new RegExp(
  `,?\\s+(?:and|but)\\s+(?:${ADVERBS}\\s+)*${REPORTING_VERBS}\\b|;|,\\s*(?:saying|adding|according to)\\b|$`,
  'i',
);
const QUOTE_MARK = /["“”]/;
const BARE_PARTICIPLE =
  /^(?:saying|adding|warning|insisting|arguing|noting|declaring|stressing|explaining)$/i;
const OBJECT_THAT = /^((?:\s+[^\s,;:"“”]+){1,12}?)\s+that\s+/;
const AUXILIARY =
  /\b(?:will|would|is|are|was|were|has|have|had|can|could|may|might|must|should|did|does|do)\b/i;
const LAST_COMMA = /,\s*(?=[^,]*$)/;

/** The clause a verb of saying reports after it, and where its circumstances end ("told reporters … that <clause>"). */
function clauseAfter(
  reading: Reading,
  verb: VerbAt,
  end: number,
): { clause: Span; head: number } | undefined {
  const { blanked, article } = reading;
  const cut = verb.end + (CLAUSE_END.exec(blanked.slice(verb.end, end))?.index ?? 0);
  if (/^describe/i.test(verb.text)) {
    const described = trimmed(article.body, verb.end, cut);
    return /\sas\s/.test(described.text) ? { clause: described, head: verb.end } : undefined;
  }
  const head = headEnd(blanked, verb.end, cut);
  const that = /^\s*that\s+/.exec(blanked.slice(head, cut));
  if (that) return { clause: trimmed(article.body, head + that[0].length, cut), head };
  const bare =
    BARE_CLAUSE_VERBS.test(verb.text) ||
    BARE_PARTICIPLE.test(verb.text) ||
    (/^(?:tells|told)$/i.test(verb.text) && head > verb.end);
  if (bare) return { clause: trimmed(article.body, head, cut), head };
  // "told a regular news briefing that …": an object the circumstances left out, then "that".
  const object = OBJECT_THAT.exec(blanked.slice(verb.end, cut));
  if (!object?.[1] || AUXILIARY.test(object[1])) return undefined;
  return {
    clause: trimmed(article.body, verb.end + object[0].length, cut),
    head: verb.end + object[1].length,
  };
}

/**
 * The clause before an attribution that ends the sentence ("<clause>, White House press secretary Sarah Sanders
 * said Friday.", "<clause>, said X.", "<clause>, according to X."): from the sentence's start to the comma before
 * the attribution.
 */
function clauseBefore(reading: Reading, from: number, attribution: number): Span | undefined {
  const before = reading.blanked.slice(from, attribution);
  const comma = LAST_COMMA.exec(before);
  return comma ? trimmed(reading.article.body, from, from + comma.index) : undefined;
}

/** "According to X, <clause>." or "<clause>, according to X." */
function accordingTo(reading: Reading, sentence: number, verb: VerbAt, span: Span): Reported | undefined {
  const actor = actorAfter(reading, sentence, verb.end);
  if (!actor) return undefined;
  const leading = /^[\s\w]{0,12}$/.test(reading.blanked.slice(span.start, verb.start));
  const comma = reading.blanked.indexOf(',', actor.end);
  const clause = leading
    ? comma >= 0 && comma < span.end
      ? trimmed(reading.article.body, comma + 1, span.end)
      : undefined
    : clauseBefore(reading, span.start, verb.start);
  return clause ? { actor, verb, clause, region: spanOf(reading.blanked, verb.start, actor.end) } : undefined;
}

/** Reported speech in the writer's words of one sentence, by verbs of saying not already attributing a quote. */
export function reportedSpeech(reading: Reading, sentence: number, used: ReadonlySet<number>): Reported[] {
  const span = reading.article.sentences[sentence] as Span;
  const { blanked } = reading;
  const verbs = verbsIn(blanked, span.start, span.end).filter(
    (v) => !used.has(v.start) && (v.type !== 'naming' || /^describe/i.test(v.text)) && v.type !== 'quoting',
  );
  return verbs.flatMap((verb): Reported[] => {
    const found =
      verb.type === 'according'
        ? accordingTo(reading, sentence, verb, span)
        : said(reading, sentence, verb, span);
    return found && !QUOTE_MARK.test(found.clause.text) && isClause(found.clause.text) ? [found] : [];
  });
}

/** "X said (that) <clause>", "X described Y as Z", "<clause>, X said Friday.", "<clause>, said X." */
function said(reading: Reading, sentence: number, verb: VerbAt, span: Span): Reported | undefined {
  const { blanked } = reading;
  const after = clauseAfter(reading, verb, span.end);
  const rest = after ? blanked.slice(after.head, span.end) : '';
  const trailing = !after || /^[\s.]*$/.test(rest);
  const inverted = trailing && /,\s*$/.test(blanked.slice(span.start, verb.start));
  const actor = inverted
    ? actorAfter(reading, sentence, verb.end)
    : subjectOf(reading, sentence, span.start, verb);
  if (!actor) return undefined;
  if (!trailing && after) {
    return { actor, verb, clause: after.clause, region: spanOf(blanked, span.start, after.head) };
  }
  const clause = clauseBefore(reading, span.start, inverted ? verb.start : actor.start);
  const region = spanOf(blanked, Math.min(actor.start, verb.start), span.end);
  return clause ? { actor, verb, clause, region } : undefined;
}
