import type { SearchableType } from '../port.ts';
import type { WeightedText } from '../text-match.ts';

/** How much a word found in each class of a record's text counts (PostgreSQL's weights A, B and C). */
export const searchWeights = { A: 1, B: 0.4, C: 0.2 } as const;
export type SearchWeight = keyof typeof searchWeights;

/**
 * What each searchable record is found by, in three classes: its own words (A), its context (B) and who took
 * part (C). Topic and person names are other records' words, so a store keeps these texts current as they change.
 */
export const searchTexts = {
  person: { A: ['name', 'aliases'], B: ['roleTitles'], C: [] },
  summit: { A: ['title'], B: ['topicNames'], C: ['developmentDescriptions'] },
  meeting: { A: ['title'], B: ['description', 'topicNames'], C: ['participantNames'] },
  statement: { A: ['quote'], B: ['paraphrase', 'topicNames'], C: ['speakerName'] },
} as const satisfies { [T in SearchableType]: Record<SearchWeight, readonly string[]> };

/** One part of a type's search text, which each store maps to the record's words. */
export type SearchTextPart<T extends SearchableType> = (typeof searchTexts)[T][SearchWeight][number];

const weights = Object.keys(searchWeights) as SearchWeight[];

/** A record's text of each class, from the text of each part (joined by spaces, empty parts left out). */
export function weightedTexts<T extends SearchableType>(
  type: T,
  partText: (part: SearchTextPart<T>) => string,
): WeightedText[] {
  return weights.map((weight) => ({
    text: (searchTexts[type][weight] as readonly SearchTextPart<T>[])
      .map(partText)
      .filter((text) => text !== '')
      .join(' '),
    weight: searchWeights[weight],
  }));
}
