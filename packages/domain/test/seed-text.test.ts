import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { validateDataset } from '../src/index.ts';
import { founding } from '../src/seed/cbs-2019-01-18.ts';
import { seedDataset } from '../src/seed/index.ts';

// The founding article is not ours to commit: it lies beside the project, as the ingest tests read it.
const article = readFileSync(
  new URL('../../../../shared/seed/000_f42b8e4dd3eeaf1b.txt', import.meta.url),
  'utf8',
);

/** Every excerpt of the seed, with where it stands: citations sit at any depth of a record. */
function excerptsOf(value: unknown, at: string): { at: string; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => excerptsOf(item, `${at}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === 'excerpt' && typeof item === 'string' ? [{ at, text: item }] : excerptsOf(item, `${at}.${key}`),
  );
}
const excerpts = excerptsOf(seedDataset, 'seed');

/** Where a sentence may start: the article's start, a new line, or after a sentence's end. */
const sentenceStart = /(^|\n\s*|[.?!]["”]?\s+)$/;
/** How a sentence begins and ends, its quotation marks included. */
const sentenceShape = /^["“]?[A-Z].*[.?!]["”]?$/s;

describe('the seed quotes the founding article', () => {
  test('every excerpt and quote word for word', () => {
    const sources = seedDataset.sources.map((s) => (s.id === founding.id ? { ...s, text: article } : s));
    expect(() => validateDataset({ ...seedDataset, sources })).not.toThrow();
  });

  test('every excerpt in whole sentences', () => {
    expect(excerpts.length).toBeGreaterThan(30);
    const partial = excerpts.filter(({ text }) => {
      const at = article.indexOf(text);
      return at < 0 || !(sentenceShape.test(text) && sentenceStart.test(article.slice(0, at)));
    });
    expect(partial.map((e) => `${e.at}: ${e.text}`)).toEqual([]);
  });
});

describe('seed titles are built from the records', () => {
  test('a meeting title names every participant as their record does', () => {
    const names = new Map(seedDataset.people.map((p) => [p.id, p.name]));
    for (const meeting of seedDataset.meetings)
      for (const { personId } of meeting.participants) expect(meeting.title).toContain(names.get(personId));
  });
});
