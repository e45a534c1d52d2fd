import type { Span } from '../article/types.ts';
import { notSaying } from './clauses.ts';
import { NAMING_VERBS, PARTICIPLES, QUOTING_VERBS, REPORTING_VERBS } from './lexicon.ts';

/**
 * A verb of saying in the writer's words: `reporting` may carry reported speech, `quoting` only attributes a
 * quotation, `naming` a quotation that follows within a few words ("called it "…""), `participle` speaks for
 * its clause's subject (", saying …"), `according` is "according to".
 */
export interface VerbAt extends Span {
  type: 'reporting' | 'quoting' | 'naming' | 'participle' | 'according';
}

const VERB = new RegExp(
  `\\b(?:(${REPORTING_VERBS})|(${QUOTING_VERBS})|(${NAMING_VERBS})|(${PARTICIPLES})|(according to))(?![\\w'’-])`,
  'gi',
);
const TYPES: VerbAt['type'][] = ['reporting', 'quoting', 'naming', 'participle', 'according'];

/** The verbs of saying in `blanked` between two offsets, in order, leaving out passive and negated ones. */
export function verbsIn(blanked: string, from: number, to: number): VerbAt[] {
  const text = blanked.slice(from, to);
  return [...text.matchAll(VERB)].flatMap((match) => {
    const start = from + (match.index ?? 0);
    const found = TYPES[match.slice(1).findIndex((group) => group !== undefined)] as VerbAt['type'];
    // "Kim was quoted as saying": a saying of the subject's own, like "Kim said".
    const type =
      found === 'participle' && /\bquoted\s+as\s+$/i.test(text.slice(0, match.index)) ? 'quoting' : found;
    if (type !== 'according' && notSaying(blanked, from, start)) return [];
    return [{ type, text: match[0], start, end: start + match[0].length }];
  });
}
