import type { StatementKind } from '@parley/domain';
import type { NameMention } from '../article/types.ts';

/** A statement an article reports: who spoke (a person, or an organization), the words, and where it says so. */
export interface StatementMention {
  /** The person; null when an organization speaks. */
  speaker: NameMention | null;
  /** The organization that speaks, as written ("the Pentagon", "North Korea's foreign ministry"); null for a person. */
  organization: string | null;
  /** The words inside the quotation marks, verbatim, without the punctuation joining them to the attribution. */
  quote: string | null;
  /** Reported speech without marks, the verbatim clause ("Pyongyang was still willing …"). */
  paraphrase: string | null;
  kind: StatementKind;
  /** The sentence(s) holding the quote (or paraphrase) and its attribution, verbatim from the body. */
  excerpt: string;
  /** The words that date the statement in its attribution, verbatim ("Friday", "on Thursday", "Hours later"). */
  dateWords: string | null;
  /** Index in `article.sentences` of the (first) sentence holding it. */
  sentence: number;
}
