import type { Article } from '../article/types.ts';
import { attributionOf } from './attribution.ts';
import { candidatesIn } from './candidates.ts';
import { developmentsIn } from './development-rules.ts';
import { readSentences } from './sentences.ts';
import { readSummits } from './summits.ts';
import type { DevelopmentMention } from './types.ts';

/** A development as its sentence reports it, with the key of the summit it concerns. */
export interface SentenceDevelopment extends DevelopmentMention {
  summitKey: string;
}

/**
 * Each step in a summit's life as each sentence reports it, in order, with the summit the article means ("the
 * summit" is the last one it named precisely), the date the sentence gives it (its own, or that of the saying:
 * "…, Sanders said Friday"), and who announced it.
 */
export function developmentsBySentence(article: Article): SentenceDevelopment[] {
  const summits = readSummits(article);
  return readSentences(article).flatMap((reading) => {
    const found = developmentsIn(reading, summits[reading.index] ?? []);
    if (found.length === 0) return [];
    const attribution = attributionOf(reading);
    const used = found.flatMap((f) => [...f.dates, ...f.summitDates]);
    const inSummits = (start: number) => found.some((f) => f.summit.start <= start && start < f.summit.end);
    const spare = reading.phrases.find((p) => p.kind === 'date' && !used.includes(p) && !inSummits(p.start));
    return found.map((f) => {
      const inside = reading.phrases.find(
        (p) => p.kind === 'date' && p.start >= f.summit.start && p.end <= f.summit.end,
      );
      // A summit is held when it is held, not when someone speaks of it.
      const said = f.status === 'HELD' ? null : attribution.dateWords;
      const dateWords = f.dates[0]?.text ?? said ?? spare?.text ?? null;
      const summitDateWords =
        f.summitDates[0]?.text ?? inside?.text ?? (f.status === 'HELD' ? dateWords : null);
      const placeWords = f.places[0]?.text ?? f.summit.placeWords;
      return {
        // Announced with a date and a place is scheduled.
        status: f.status === 'ANNOUNCED' && placeWords && summitDateWords ? 'SCHEDULED' : f.status,
        summitWords: f.summit.meant.text,
        summitKey: f.summit.meant.key,
        dateWords,
        summitDateWords,
        placeWords,
        candidatePlaces: null,
        announcedBy: f.status === 'HELD' ? null : (f.by?.mention ?? attribution.by),
        excerpt: reading.text,
        sentence: reading.index,
      };
    });
  });
}

/**
 * The steps in summits' lives an article reports (proposed, announced, scheduled, postponed, cancelled, held),
 * one per summit and status, the details of every sentence that reports it merged; candidate venues reported
 * go with the development they follow (or, before any, the first).
 */
export function findDevelopments(article: Article): DevelopmentMention[] {
  const merged: SentenceDevelopment[] = [];
  for (const d of developmentsBySentence(article)) {
    const same = merged.find((m) => m.status === d.status && m.summitKey === d.summitKey);
    if (!same) {
      merged.push({ ...d });
      continue;
    }
    same.dateWords ??= d.dateWords;
    same.summitDateWords ??= d.summitDateWords;
    same.placeWords ??= d.placeWords;
    same.announcedBy ??= d.announcedBy;
  }
  for (const reading of readSentences(article)) {
    const candidates = candidatesIn(reading);
    if (!candidates) continue;
    const owner =
      merged
        .filter((m) => m.sentence <= reading.index && m.status !== 'HELD' && m.status !== 'CANCELLED')
        .at(-1) ?? merged[0];
    if (owner) owner.candidatePlaces ??= candidates;
  }
  return merged.map(({ summitKey: _key, ...mention }) => mention);
}
