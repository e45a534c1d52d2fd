import { attributionOf } from './attribution.ts';
import type { Reading } from './sentences.ts';
import type { CandidatePlaces } from './types.ts';
import { CAP_RUN, withoutStop } from './words.ts';

// A word as it stands, or capitalized at the start of a sentence.
const either = (words: string) => words.replace(/\b([a-z])/g, (_m, c: string) => `[${c}${c.toUpperCase()}]`);
const LIST = `(${CAP_RUN}(?:\\s*,\\s*${CAP_RUN})*,?\\s+(?:or|and)\\s+${CAP_RUN})`;
const OPTIONS = '(?:options|venues|locations|sites|candidates|hosts|choices|destinations|contenders)';
// "the most likely options are Vietnam or Thailand", "Vietnam and Thailand are being considered",
// "possible venues include Hanoi, Bangkok and Singapore", "officials are weighing Hanoi or Da Nang as a venue".
const PATTERNS = [
  new RegExp(
    `\\b${either('(?:likely|possible|potential|leading|top|prospective|main|front-running)')}\\s+${OPTIONS}\\s+(?:are|include|included|were|being)\\s+${LIST}`,
  ),
  new RegExp(
    `${LIST}\\s+(?:are|were)\\s+(?:being\\s+considered|under\\s+consideration|among\\s+the\\s+(?:\\w+\\s+)?${OPTIONS}|in\\s+the\\s+running|on\\s+the\\s+shortlist|the\\s+(?:\\w+\\s+)?${OPTIONS})`,
  ),
  new RegExp(`\\b(?:considering|weighing|eyeing|looking at)\\s+${LIST}\\s+(?:as|for)\\b`),
];

/** The candidate venues a sentence reports, each verbatim, and who reported them; null when it reports none. */
export function candidatesIn(reading: Reading): CandidatePlaces | null {
  for (const pattern of PATTERNS) {
    const list = pattern.exec(reading.text)?.[1];
    if (!list) continue;
    const placeWords = list
      .split(/\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+/)
      .map(withoutStop)
      .filter((p) => p.length > 0);
    return { placeWords, reportedBy: attributionOf(reading).by, excerpt: reading.text };
  }
  return null;
}
