import { readFileSync } from 'node:fs';
import { createMemoryStore, type RecordOf } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { describe, expect, test } from 'vitest';
import { type Proposal, proposeFromArticle, readArticle } from '../src/index.ts';

const article = (name: string) =>
  readFileSync(new URL(`../../../../shared/articles/${name}`, import.meta.url), 'utf8');

/** What an article yields against the whole seed, and its body. */
async function proposalOf(name: string, publishedAt: string, outlet: string) {
  const text = article(name);
  const proposal = await proposeFromArticle(createMemoryStore(seedDataset), { text, publishedAt, outlet });
  return { proposal, body: readArticle({ text }).body };
}

const records = <T extends 'statement' | 'meeting' | 'summit' | 'person' | 'place'>(p: Proposal, type: T) =>
  p.records.filter((r) => r.type === type);
const recordsOf = <T extends 'statement' | 'meeting' | 'summit' | 'person' | 'place'>(p: Proposal, type: T) =>
  records(p, type).map((r) => r.record as RecordOf<T>);

/** Every quote of a new statement and every excerpt citing the article is the body's own words. */
function expectVerbatim(proposal: Proposal, body: string) {
  const own = (c: { sourceId: string; excerpt: string }) =>
    c.sourceId === proposal.sourceId ? [c.excerpt] : [];
  for (const { action, record } of proposal.records) {
    const r = record as {
      quote?: string | null;
      citations?: { sourceId: string; excerpt: string }[];
      developments?: { citation: { sourceId: string; excerpt: string } }[];
    };
    const words = [
      ...(action === 'create' && r.quote ? [r.quote] : []),
      ...(r.citations ?? []).flatMap(own),
      ...(r.developments ?? []).flatMap((d) => own(d.citation)),
    ];
    for (const w of words) expect(body).toContain(w);
  }
}

describe('2018-05-25-singapore-called-off.txt (Westbrook Courier, plain text)', async () => {
  const { proposal, body } = await proposalOf(
    '2018-05-25-singapore-called-off.txt',
    '2018-05-25',
    'Westbrook Courier',
  );

  test('the Singapore summit gets a CANCELLED development on Thursday 24 May, and no new summit', () => {
    const [summit, ...others] = records(proposal, 'summit');
    expect(others).toEqual([]);
    expect(summit?.action).toBe('update');
    expect(summit?.record.id).toBe('summit:singapore-2018');
    const added = (summit?.record as RecordOf<'summit'> | undefined)?.developments.find(
      (d) => d.date?.earliest === '2018-05-24',
    );
    expect(added).toMatchObject({
      status: 'CANCELLED',
      date: { earliest: '2018-05-24', latest: '2018-05-24' },
    });
  });

  test('two statements of Trump’s letter, dated 24 May, and Kim Kye Gwan’s paraphrased one', () => {
    const statements = recordsOf(proposal, 'statement');
    const trump = statements.filter((s) => s.speakerId === 'person:donald-trump');
    expect(trump.map((s) => s.quote?.slice(0, 20)).sort()).toEqual([
      'If you change your m',
      'Sadly, based on the ',
    ]);
    for (const s of trump)
      expect(s).toMatchObject({ kind: 'STATEMENT', date: { earliest: '2018-05-24', latest: '2018-05-24' } });
    const kim = statements.find((s) => s.speakerId === 'person:kim-kye-gwan');
    expect(kim).toMatchObject({ quote: null, date: { earliest: '2018-05-24' } });
    expect(kim?.paraphrase).toContain('Pyongyang was still willing');
    expect(['2018-05-24', '2018-05-25']).toContain(kim?.date.latest);
  });

  test('Kim Kye Gwan is the only new person, with his title and organization; nobody is duplicated', () => {
    const people = recordsOf(proposal, 'person');
    expect(people.map((p) => p.name)).toEqual(['Kim Kye Gwan']);
    expect(people[0]?.roles[0]).toMatchObject({
      title: 'first vice foreign minister',
      organizationId: 'organization:north-korea-government',
    });
  });

  test('nothing from the photo line or "Most read"; every quote and excerpt is the article’s', () => {
    expect(body).not.toContain('Photo:');
    expect(body).not.toContain('Most read');
    expectVerbatim(proposal, body);
  });
});

describe('2018-06-02-singapore-back-on.html (Lakeside Post, HTML)', async () => {
  const { proposal, body } = await proposalOf(
    '2018-06-02-singapore-back-on.html',
    '2018-06-02',
    'Lakeside Post',
  );

  test('the recorded June 2018 meeting of Trump and Kim Yong Chol is refined, not added again', () => {
    const meetings = records(proposal, 'meeting');
    const refined = meetings.find((m) => m.record.id === 'meeting:trump-kim-yong-chol-2018-06');
    expect(refined?.action).toBe('update');
    expect(refined?.record).toMatchObject({
      date: { earliest: '2018-06-01', latest: '2018-06-01' },
      locationId: 'place:oval-office',
      durationMinutes: 90,
    });
    // The founding article's citation kept; the article's sentences telling of it (its date is the news's) added.
    const citations = (refined?.record as RecordOf<'meeting'> | undefined)?.citations ?? [];
    expect(citations[0]?.sourceId).toBe('source:cbs-2019-01-18-second-summit');
    expect(citations.slice(1).map((c) => c.sourceId)).toEqual([proposal.sourceId, proposal.sourceId]);
  });

  test('a meeting of Pompeo and Kim Yong Chol on Thursday 31 May in New York', () => {
    const pompeo = recordsOf(proposal, 'meeting').find((m) =>
      m.participants.some((p) => p.personId === 'person:mike-pompeo'),
    );
    expect(pompeo?.participants.map((p) => p.personId).sort()).toEqual([
      'person:kim-yong-chol',
      'person:mike-pompeo',
    ]);
    expect(pompeo?.date).toMatchObject({ earliest: '2018-05-31', latest: '2018-05-31' });
    const place = [...recordsOf(proposal, 'place')].find((p) => p.id === pompeo?.locationId);
    expect(place?.name).toBe('New York');
  });

  test('the Singapore summit is SCHEDULED again, dated 1 June, for 12 June in Singapore', () => {
    const summit = records(proposal, 'summit').find((s) => s.record.id === 'summit:singapore-2018');
    const developments = (summit?.record as RecordOf<'summit'> | undefined)?.developments;
    const scheduled = developments?.find(
      (d) => d.status === 'SCHEDULED' && d.date?.earliest === '2018-06-01',
    );
    expect(scheduled).toMatchObject({
      date: { latest: '2018-06-01' },
      summitDate: { earliest: '2018-06-12', latest: '2018-06-12' },
      locationId: 'place:singapore',
    });
  });

  test('Trump’s two remarks of 1 June, matched people never duplicated, only the body read', () => {
    const quotes = recordsOf(proposal, 'statement')
      .filter((s) => s.speakerId === 'person:donald-trump' && s.date.earliest === '2018-06-01')
      .map((s) => s.quote);
    expect(quotes).toEqual(
      expect.arrayContaining([
        "I think it's going to be a process",
        "I haven't seen the letter yet. I purposely didn't open the letter.",
      ]),
    );
    expect(recordsOf(proposal, 'person')).toEqual([]);
    for (const furniture of [
      'Accept all',
      'Subscribe',
      'Photo: M. Ibsen',
      'Related',
      'Facebook',
      'Who is Kim Yong Chol',
    ])
      expect(body).not.toContain(furniture);
    expectVerbatim(proposal, body);
  });
});
