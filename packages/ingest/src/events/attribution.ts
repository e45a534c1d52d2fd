import type { NameMention } from '../article/types.ts';
import { objectsAfter, SUBJECT_GAP, subjectsBefore } from './roles.ts';
import { phrasesFrom, type Reading } from './sentences.ts';

const SPEECH =
  /\b(?:said|says|announced|announces|told|tells|confirmed|confirms|wrote|writes|tweeted|tweets|declared|stated|added|reported|reports|insisted|made the announcement)\b/g;
const ACCORDING_TO = /\baccording to\b/g;

/** Who a sentence says reported what it tells, and the date it gives them ("…, Sanders said Friday"). */
export interface Attribution {
  by: NameMention | null;
  dateWords: string | null;
}

/**
 * The person a sentence attributes its news to ("Sanders said", "said Sanders", "according to Sanders") and the
 * date it gives the saying ("said Friday", "on Friday announced").
 */
export function attributionOf(reading: Reading): Attribution {
  const { blanked, people } = reading;
  for (const match of blanked.matchAll(SPEECH)) {
    const at = match.index ?? 0;
    const after = at + match[0].length;
    const before = subjectsBefore(blanked, people, at, SUBJECT_GAP);
    const by =
      before[0] ??
      (/[,"”]\s*$/.test(blanked.slice(0, at)) ? objectsAfter(blanked, people, after, false)[0] : undefined);
    if (!by) continue;
    const near = [
      ...reading.phrases.filter((p) => p.start >= by.end && p.end <= at),
      ...phrasesFrom(reading, after),
    ].find((p) => p.kind === 'date');
    return { by: by.mention, dateWords: near?.text ?? null };
  }
  for (const match of blanked.matchAll(ACCORDING_TO)) {
    const by = objectsAfter(blanked, people, (match.index ?? 0) + match[0].length, false)[0];
    if (by) return { by: by.mention, dateWords: null };
  }
  return { by: null, dateWords: null };
}
