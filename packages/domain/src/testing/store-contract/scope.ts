import { expect, it } from 'vitest';
import { datasetKeys, type RecordOf } from '../../records/dataset.ts';
import type { RecordType } from '../../records/enums.ts';
import { referencesOf } from '../../references.ts';
import { seedDataset } from '../../seed/index.ts';
import type { Store } from '../../store/port.ts';

const founding = seedDataset.sources[0] as RecordOf<'source'>;
const second = seedDataset.summits.find((s) => s.ordinal === 2) as RecordOf<'summit'>;
const dayBefore = (date: string) => new Date(Date.parse(date) - 86_400_000).toISOString().slice(0, 10);

/** A later report, its words stored: the second summit is set for two days in a named city. */
const later: RecordOf<'source'> = {
  id: 'source:contract-later-report',
  slug: 'contract-later-report',
  kind: 'SYNTHETIC',
  title: 'A later report',
  outlet: 'Contract Gazette',
  publishedAt: '2019-02-08',
  author: null,
  url: null,
  language: 'en',
  text: 'The second summit will be held in Contractville on February 27 and 28.',
};
const city: RecordOf<'place'> = {
  id: 'place:contractville',
  slug: 'contractville',
  name: 'Contractville',
  aliases: [],
  kind: 'CITY',
  withinId: null,
  coordinates: null,
};
const set = {
  text: 'February 27 and 28',
  edtf: '2019-02-27/2019-02-28',
  earliest: '2019-02-27',
  latest: '2019-02-28',
  precision: 'RANGE',
} as const;
const scheduled: RecordOf<'summit'> = {
  ...second,
  status: 'SCHEDULED',
  date: set,
  locationId: city.id,
  developments: [
    ...second.developments,
    {
      sequence: Math.max(...second.developments.map((d) => d.sequence)) + 1,
      date: null,
      status: 'SCHEDULED',
      description: 'The date and the city were named.',
      citation: { sourceId: later.id, excerpt: 'in Contractville on February 27 and 28' },
      summitDate: set,
      locationId: city.id,
    },
  ],
  citations: [...second.citations, { sourceId: later.id, excerpt: 'The second summit will be held' }],
};

const ids = <T extends { id: string }>(items: readonly T[]) => items.map((r) => r.id).sort();
const nodes = async <T>(page: Promise<{ edges: { node: T }[] }>) => (await page).edges.map((e) => e.node);

/**
 * `asOf`, retraction and referrers: what the sources had reported by a day, what lists hide, and who refers to
 * whom; on a store opened with the seed dataset (the tests run in order).
 */
export function describeScope(store: () => Store) {
  it('knows nothing the sources had not reported by the day asked', async () => {
    const before = dayBefore(founding.publishedAt);
    expect(await nodes(store().listSummits({ asOf: before }))).toEqual([]);
    expect(await nodes(store().listStatements({ asOf: before }))).toEqual([]);
    expect(await nodes(store().timeline({ asOf: before }))).toEqual([]);
    expect(await nodes(store().search({ query: 'summit', types: ['summit'], asOf: before }))).toEqual([]);
    // People cite no source: they are there on any day.
    expect(ids(await nodes(store().listPeople({ first: 100, asOf: before })))).toEqual(
      ids(seedDataset.people),
    );
  });

  it('answers the seed as it stood on the day its source was published', async () => {
    const asOf = founding.publishedAt;
    expect(ids(await nodes(store().listSummits({ asOf })))).toEqual(ids(seedDataset.summits));
    expect(ids(await nodes(store().listStatements({ first: 100, asOf })))).toEqual(
      ids(seedDataset.statements),
    );
  });

  it('keeps the earlier picture of a summit after a later report changed it', async () => {
    await store().commit({
      actor: 'contract',
      reason: 'a later report',
      puts: [
        { record: { type: 'source', record: later }, expectedRevision: 0 },
        { record: { type: 'place', record: city }, expectedRevision: 0 },
        { record: { type: 'summit', record: scheduled }, expectedRevision: 1 },
      ],
    });
    const before = dayBefore(later.publishedAt);
    const [then] = await nodes(store().listSummits({ asOf: before, filter: { statuses: [second.status] } }));
    expect(then).toMatchObject({
      id: second.id,
      status: second.status,
      date: second.date,
      locationId: second.locationId,
    });
    expect(then?.developments).toEqual(second.developments);
    expect(then?.citations).toEqual(second.citations);
    expect(await nodes(store().listSummits({ asOf: before, filter: { statuses: ['SCHEDULED'] } }))).toEqual(
      [],
    );
    const [now] = await nodes(
      store().listSummits({ asOf: later.publishedAt, filter: { statuses: ['SCHEDULED'] } }),
    );
    expect(now).toMatchObject({ status: 'SCHEDULED', date: set, locationId: city.id });

    const dates = async (asOf: string) =>
      (await nodes(store().timeline({ asOf, types: ['summit'] }))).find((e) => e.id === second.id);
    expect(await dates(before)).toMatchObject({
      earliest: second.date?.earliest,
      latest: second.date?.latest,
    });
    expect(await dates(later.publishedAt)).toMatchObject({ earliest: set.earliest, latest: set.latest });
  });

  it('knows a summit from the first report of any of its developments', async () => {
    const singapore = seedDataset.summits.find((s) => s.ordinal === 1) as RecordOf<'summit'>;
    const letter: RecordOf<'source'> = {
      ...later,
      id: 'source:contract-letter',
      slug: 'contract-letter',
      publishedAt: '2018-05-25',
      text: 'The summit in Singapore is off.',
    };
    const cancelled = {
      sequence: 0,
      date: null,
      status: 'CANCELLED' as const,
      description: 'Called off.',
      citation: { sourceId: letter.id, excerpt: 'The summit in Singapore is off.' },
      summitDate: null,
      locationId: null,
    };
    await store().commit({
      actor: 'contract',
      reason: 'an earlier report',
      puts: [
        { record: { type: 'source', record: letter }, expectedRevision: 0 },
        {
          record: {
            type: 'summit',
            record: { ...singapore, developments: [cancelled, ...singapore.developments] },
          },
          expectedRevision: 1,
        },
      ],
    });
    expect(await nodes(store().listSummits({ asOf: dayBefore(letter.publishedAt) }))).toEqual([]);
    const [then] = await nodes(store().listSummits({ asOf: letter.publishedAt }));
    expect(then).toMatchObject({
      id: singapore.id,
      status: 'CANCELLED',
      date: null,
      locationId: null,
      citations: [],
    });
    expect(then?.developments).toEqual([cancelled]);
  });

  it('leaves a retracted record out of lists, search and the timeline unless asked, and still loads it', async () => {
    const [target] = seedDataset.statements as [RecordOf<'statement'>];
    const reason = 'The quote was misattributed.';
    await store().commit({
      actor: 'contract',
      reason,
      puts: [
        {
          record: { type: 'statement', record: { ...target, retractionReason: reason } },
          expectedRevision: 1,
        },
      ],
    });
    const listed = async (includeRetracted?: boolean) =>
      ids(await nodes(store().listStatements({ first: 100, includeRetracted }))).includes(target.id);
    expect(await listed()).toBe(false);
    expect(await listed(true)).toBe(true);
    const words = (target.quote ?? target.paraphrase ?? '').split(' ').slice(0, 3).join(' ');
    expect(ids(await nodes(store().search({ query: words, first: 100 })))).not.toContain(target.id);
    expect(ids(await nodes(store().timeline({ first: 100, types: ['statement'] })))).not.toContain(target.id);
    expect((await store().load('statement', [target.id]))[0]).toMatchObject({
      id: target.id,
      retractionReason: reason,
    });
  });

  it('reads every place and organization, by id', async () => {
    for (const type of ['place', 'organization'] as const) {
      const all = (await store().listAll(type)).map((r) => r.id);
      const expected = ids<{ id: string }>(seedDataset[datasetKeys[type]]);
      expect(all.filter((id) => expected.includes(id))).toEqual(expected);
    }
  });

  it('names every record that refers to a record, and only those', async () => {
    const person = 'person:kim-yong-chol';
    const expected = (Object.keys(referencesOf) as RecordType[])
      .flatMap((type) =>
        (seedDataset[datasetKeys[type]] as RecordOf<RecordType>[])
          .filter((r) => referencesOf[type](r as never).some((ref) => ref.id === person))
          .map((r) => `${type} ${r.id}`),
      )
      .sort();
    expect(expected.length).toBeGreaterThan(1);
    const found = (await store().referrers(person)).map((r) => `${r.type} ${r.id}`).sort();
    expect(found).toEqual(expected);
  });
}
