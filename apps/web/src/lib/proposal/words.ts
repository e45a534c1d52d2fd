import { type FuzzyDate, labelFuzzyDate } from '@parley/domain';
import { dateKey, type Words } from './describe.ts';
import { type Review, recordName } from './review.ts';

import type { PersonChoice } from './state.ts';

/** Whether a value is a fuzzy date as the Store writes it. */
const isFuzzyDate = (value: Record<string, unknown>): value is Record<string, unknown> & FuzzyDate =>
  typeof value.edtf === 'string' && typeof value.earliest === 'string' && typeof value.precision === 'string';

/**
 * Words for what a review shows by id or as a date, worked out on the server (where the domain's date labels
 * live) so the review's client components need not load it: recorded people and the proposal's records by
 * record id, every date in the records and their recorded versions by `dateKey(edtf)` ("1 June 2018").
 */
export function wordsFor(review: Review, people: readonly PersonChoice[]): Words {
  const words: Record<string, string> = {};
  for (const person of people) words[person.id] = person.name;
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      if (isFuzzyDate(object)) words[dateKey(object.edtf)] = labelFuzzyDate(object);
      else Object.values(object).forEach(visit);
    }
  };
  for (const item of review.items) {
    words[item.record.id] = recordName(item.record);
    visit(item.record);
    visit(item.before);
  }
  return words;
}
