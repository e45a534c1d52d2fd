import { readFileSync } from 'node:fs';
import { createMemoryStore, overlaps, type RecordOf } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { describe, expect, test } from 'vitest';
import { type Proposal, proposeFromArticle, readArticle } from '../src/index.ts';

const founding = readFileSync(
  new URL('../../../../shared/seed/000_f42b8e4dd3eeaf1b.txt', import.meta.url),
  'utf8',
);
const body = readArticle({ text: founding }).body;

/** The seed's people, places and organizations, none of its events: what the article must find itself. */
const store = createMemoryStore({ ...seedDataset, summits: [], meetings: [], statements: [] });
const proposal: Proposal = await proposeFromArticle(store, {
  text: founding,
  publishedAt: '2019-01-18',
  outlet: 'CBS News',
});
const proposed = <T extends 'statement' | 'meeting' | 'summit' | 'person'>(type: T) =>
  proposal.records.filter((r) => r.type === type).map((r) => r.record as RecordOf<T>);

const statements = proposed('statement');
/**
 * A proposed statement is the seed's when the same person (or office) says the same words: the quote, or for
 * a paraphrase the words the seed's paraphrase or citations hold (case aside).
 */
const sameStatement = (seed: RecordOf<'statement'>, p: RecordOf<'statement'>) => {
  if ((seed.speakerId ?? seed.organizationId) !== (p.speakerId ?? p.organizationId)) return false;
  if (seed.quote !== null) return p.quote === seed.quote;
  const words = p.paraphrase?.replace(/\.$/, '').toLowerCase();
  return (
    !!words &&
    [seed.paraphrase ?? '', ...seed.citations.map((c) => c.excerpt)].some((t) =>
      t.toLowerCase().includes(words),
    )
  );
};

const recalled = seedDataset.statements.filter((seed) => statements.some((p) => sameStatement(seed, p)));
/** A proposed statement is right when a seed statement of the same speaker holds its words (a quote may be a part). */
const supports = (seed: RecordOf<'statement'>, p: RecordOf<'statement'>) => {
  if ((seed.speakerId ?? seed.organizationId) !== (p.speakerId ?? p.organizationId)) return false;
  const words = (p.quote ?? p.paraphrase ?? '').replace(/\.$/, '').toLowerCase();
  const seedWords = [seed.quote ?? '', seed.paraphrase ?? '', ...seed.citations.map((c) => c.excerpt)];
  return words.length > 0 && seedWords.some((t) => t.toLowerCase().includes(words));
};
const precise = statements.filter((p) => seedDataset.statements.some((seed) => supports(seed, p)));
const recall = recalled.length / seedDataset.statements.length;
const precision = statements.length === 0 ? 0 : precise.length / statements.length;

describe('the founding article, scored against the hand-curated seed', () => {
  test('recovers at least 90 % of the seed statements (speaker and verbatim quote)', () => {
    console.log(
      `statements: recall ${(recall * 100).toFixed(0)} % (${recalled.length}/${seedDataset.statements.length}), precision ${(precision * 100).toFixed(0)} % (${precise.length}/${statements.length})`,
    );
    const missed = seedDataset.statements.filter((s) => !recalled.includes(s)).map((s) => s.slug);
    expect(missed.length, `missed: ${missed.join(', ')}`).toBeLessThanOrEqual(
      Math.floor(seedDataset.statements.length * 0.1),
    );
  });

  test('finds the "no longer a threat" / "extraordinary threat" pair', () => {
    const quotes = statements.map((s) => s.quote);
    expect(quotes).toContain('no longer a threat');
    expect(quotes).toContain('an extraordinary threat');
  });

  test('finds all three meetings, with their people and dates', () => {
    const meetings = proposed('meeting');
    for (const seed of seedDataset.meetings) {
      const people = seed.participants.map((p) => p.personId).sort();
      const found = meetings.find(
        (m) =>
          overlaps(m.date, seed.date) &&
          seed.participants.every((p) => m.participants.some((q) => q.personId === p.personId)),
      );
      expect(found, `meeting ${seed.slug} (${people.join(', ')})`).toBeDefined();
    }
  });

  test('finds the second summit announced, with Vietnam and Thailand as the reported candidates', () => {
    const summit = proposed('summit').find((s) => s.ordinal === 2);
    expect(summit?.developments.map((d) => d.status)).toContain('ANNOUNCED');
    expect(summit?.locationId).toBeNull();
    expect(summit?.candidateLocations.map((c) => c.placeId).sort()).toEqual([
      'place:thailand',
      'place:vietnam',
    ]);
  });

  test('invents nothing: every quote and excerpt is the article’s words, no furniture, no unknown people', () => {
    const excerpts = proposal.records.flatMap((r) => {
      const record = r.record as {
        citations?: { excerpt: string }[];
        quote?: string | null;
        developments?: { citation: { excerpt: string } }[];
      };
      return [
        ...(record.citations ?? []).map((c) => c.excerpt),
        ...(record.developments ?? []).map((d) => d.citation.excerpt),
        ...(record.quote ? [record.quote] : []),
      ];
    });
    expect(excerpts.length).toBeGreaterThan(10);
    for (const words of excerpts) expect(body).toContain(words);
    for (const furniture of [
      'Official White House Photo',
      'cookies',
      'Pompeo meets with top North Korean diplomat',
      'How the Pompeo-Kim',
    ])
      expect(excerpts.join('\n')).not.toContain(furniture);
    // Every date's words are the article's, and no day falls after it was published.
    for (const { date } of [...statements, ...proposed('meeting')]) {
      if (date.text) expect(body).toContain(date.text);
      expect(date.latest <= '2019-01-18').toBe(true);
    }
    // Everyone the article names was recorded already: nobody is created twice or invented.
    expect(proposed('person').map((p) => p.name)).toEqual([]);
  });
});
