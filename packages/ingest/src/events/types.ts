import type { SummitStatus } from '@parley/domain';
import type { NameMention } from '../article/types.ts';

/** A meeting an article reports: who met whom, where, when, for how long, on what, each in the article's words. */
export interface MeetingMention {
  /** Who met whom: two people or more. */
  participants: NameMention[];
  /** Verbatim: "in the Oval Office", "at a hotel in Northwest D.C.", "in New York". */
  placeWords: string | null;
  /** Verbatim: "Friday afternoon", "on Thursday", "in June 2018". */
  dateWords: string | null;
  /** Verbatim: "for an hour and half", "for about 90 minutes". */
  durationWords: string | null;
  /** What they met about: "to discuss denuclearization and a second summit" → ["denuclearization", "a second summit"]. */
  topicWords: string[];
  /** How the article names a summit the meeting belongs to or prepares: "a second summit", "the Singapore summit". */
  summitWords: string | null;
  /** The sentence that first reports the meeting, verbatim. */
  excerpt: string;
  /** Every sentence that reports it, verbatim, in the article's order (the first is `excerpt`). */
  excerpts: string[];
  /** The index of the first sentence in `article.sentences`. */
  sentence: number;
}

/** Candidate venues the article reports for a summit, and who reported them. */
export interface CandidatePlaces {
  /** Verbatim: ["Vietnam", "Thailand"]. */
  placeWords: string[];
  reportedBy: NameMention | null;
  excerpt: string;
}

/** A step in a summit's life the article reports: proposed, announced, scheduled, postponed, cancelled, held. */
export interface DevelopmentMention {
  status: SummitStatus;
  /** How the article names the summit: "A second U.S.-North Korea summit", "his planned June 12 summit in Singapore". */
  summitWords: string;
  /** When the development happened: "Friday", "on Thursday". */
  dateWords: string | null;
  /** When the summit is (to be) held according to this development: "at the end of February", "June 12". */
  summitDateWords: string | null;
  /** The venue it gives: "Singapore", "in Hanoi"; null for "a location yet to be announced". */
  placeWords: string | null;
  candidatePlaces: CandidatePlaces | null;
  /** Who announced (or did) it: the one who cancelled, the spokesperson who said so. */
  announcedBy: NameMention | null;
  /** The sentence that reports it, verbatim. */
  excerpt: string;
  /** The index of that sentence in `article.sentences`. */
  sentence: number;
}
