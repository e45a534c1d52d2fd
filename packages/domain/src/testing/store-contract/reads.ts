import { describe, expect, it } from 'vitest';
import { type Dataset, datasetKeys, type RecordOf } from '../../records/dataset.ts';
import { type Store, StoreInputError, type TimelineEntry, type TimelineType } from '../../store/port.ts';
import { by, expectBothDirections, expectPages, ids } from './pages.ts';

type Dated = { id: string; date: { earliest: string; latest: string } };
// The orders every store must give, written out here rather than taken from any store.
const byDate = by<Dated>(
  (r) => r.date.earliest,
  (r) => r.date.latest,
  (r) => r.id,
);
const byTitle = by<{ id: string; title: string }>(
  (r) => r.title.toLowerCase(),
  (r) => r.id,
);
const UNKNOWN = '9999-12-31';
const summitOrders = {
  DATE: by<RecordOf<'summit'>>(
    (s) => s.date?.earliest ?? UNKNOWN,
    (s) => s.date?.latest ?? UNKNOWN,
    (s) => s.id,
  ),
  ORDINAL: by<RecordOf<'summit'>>(
    (s) => s.ordinal ?? Number.POSITIVE_INFINITY,
    (s) => s.id,
  ),
  TITLE: byTitle,
};
const byName = by<{ id: string; name: string }>(
  (r) => r.name.toLowerCase(),
  (r) => r.id,
);
const byTimeline = by<TimelineEntry>(
  (e) => e.earliest,
  (e) => e.latest,
  (e) => e.type,
  (e) => e.id,
);

const sorted = <T>(records: readonly T[], order: (a: T, b: T) => number) => [...records].sort(order);
const overlaps = (date: { earliest: string; latest: string }, from: string, to: string) =>
  date.latest >= from && date.earliest <= to;
const idOf = (node: { id: string }) => node.id;

/** The read half of the Store contract, each answer held to one worked out here from the dataset. */
export function describeReads(dataset: Dataset, store: () => Store) {
  const { statements, summits, meetings, people } = dataset;

  it('loads records by id and slug in the order asked, null for unknown ones', async () => {
    const statement = statements[3];
    const person = people[0];
    expect(
      await store().load('statement', [statement?.id ?? '', 'statement:nope', statement?.id ?? '']),
    ).toEqual([statement, null, statement]);
    expect(await store().loadBySlug('person', ['nobody', person?.slug ?? ''])).toEqual([null, person]);
    for (const [type, key] of [
      ['summit', 'summits'],
      ['meeting', 'meetings'],
      ['place', 'places'],
      ['organization', 'organizations'],
      ['source', 'sources'],
      ['topic', 'topics'],
    ] as const) {
      const records = dataset[key];
      expect(await store().load(type, ids(records))).toEqual(records);
    }
  });

  it('counts records by type', async () => {
    expect(await store().stats()).toEqual({
      source: dataset.sources.length,
      topic: dataset.topics.length,
      place: dataset.places.length,
      organization: dataset.organizations.length,
      person: people.length,
      summit: summits.length,
      meeting: meetings.length,
      statement: statements.length,
    });
  });

  describe('pages every list forward and backward, each page exactly, ties broken by id', () => {
    it('statements by date and by slug', async () => {
      const dates = ids(sorted(statements, byDate));
      const slugs = ids(
        sorted(
          statements,
          by((s) => s.slug),
        ),
      );
      for (const [field, expected] of [
        ['DATE', dates],
        ['SLUG', slugs],
      ] as const) {
        await expectBothDirections(
          (direction, p) => store().listStatements({ ...p, orderBy: { field, direction } }),
          expected,
          idOf,
          7,
        );
      }
      // Without an order the list is by date, and a page of 100 holds them all.
      await expectPages((p) => store().listStatements(p), dates, idOf, 100);
    });

    it('summits by date, ordinal and title, an unknown value last', async () => {
      for (const field of ['DATE', 'ORDINAL', 'TITLE'] as const) {
        const expected = ids(sorted(summits, summitOrders[field]));
        await expectBothDirections(
          (direction, p) => store().listSummits({ ...p, orderBy: { field, direction } }),
          expected,
          idOf,
          3,
        );
      }
    });

    it('meetings by date and title, people by name', async () => {
      await expectPages((p) => store().listMeetings(p), ids(sorted(meetings, byDate)), idOf, 8);
      await expectPages(
        (p) => store().listMeetings({ ...p, orderBy: { field: 'TITLE', direction: 'DESC' } }),
        ids(sorted(meetings, byTitle)).reverse(),
        idOf,
        9,
      );
      await expectPages((p) => store().listPeople(p), ids(sorted(people, byName)), idOf, 8);
    });

    it('the timeline: summits, meetings and statements by date, then type and id', async () => {
      const entries = (types: readonly TimelineType[], from = '0001-01-01', to = UNKNOWN) =>
        types
          .flatMap((type) =>
            dataset[datasetKeys[type]].flatMap((r): TimelineEntry[] =>
              r.date && overlaps(r.date, from, to) ? [{ type, id: r.id, ...r.date }] : [],
            ),
          )
          .sort(byTimeline)
          .map((e) => `${e.type} ${e.id}`);
      const key = (e: TimelineEntry) => `${e.type} ${e.id}`;
      await expectPages((p) => store().timeline(p), entries(['summit', 'meeting', 'statement']), key, 25);
      await expectPages(
        (p) => store().timeline({ ...p, from: '2015-01-10', to: '2015-01-20' }),
        entries(['summit', 'meeting', 'statement'], '2015-01-10', '2015-01-20'),
        key,
        6,
      );
      await expectPages(
        (p) => store().timeline({ ...p, from: '2019-01-18', types: ['meeting', 'summit'] }),
        entries(['meeting', 'summit'], '2019-01-18'),
        key,
        2,
      );
    });
  });

  describe('filters, with the count of the whole filtered list', () => {
    const expectAll = async <T extends { id: string }>(
      page: Promise<{ edges: { node: T }[]; totalCount: () => Promise<number> }>,
      expected: readonly T[],
      order: (a: T, b: T) => number,
    ) => {
      const found = await page;
      expect(expected.length, 'the dataset holds what this filter asks for').toBeGreaterThan(0);
      expect(ids(found.edges.map((e) => e.node))).toEqual(ids(sorted(expected, order)));
      expect(await found.totalCount()).toBe(expected.length);
    };

    it('statements by speaker, organization, topic and kind, summit, meeting, window and text', async () => {
      const list = (filter: Parameters<Store['listStatements']>[0]['filter']) =>
        store().listStatements({ filter, first: 100 });
      // A filter of ids on a field that holds one: the statements whose field holds one of them.
      const oneOf = (
        key: 'speakerIds' | 'organizationIds' | 'summitIds' | 'meetingIds',
        field: 'speakerId' | 'organizationId' | 'summitId' | 'meetingId',
        wanted: string[],
      ) =>
        expectAll(
          list({ [key]: wanted }),
          statements.filter((s) => wanted.includes(s[field] ?? '')),
          byDate,
        );
      await oneOf('speakerIds', 'speakerId', ['person:sarah-sanders', 'person:synthetic-000000']);
      await oneOf('organizationIds', 'organizationId', [
        'organization:pentagon',
        'organization:synthetic-ministry-22',
      ]);
      await oneOf('summitIds', 'summitId', ['summit:second-us-north-korea-2019', 'summit:synthetic-000001']);
      await oneOf('meetingIds', 'meetingId', ['meeting:synthetic-000002']);
      await expectAll(
        list({
          topicIds: ['topic:denuclearization', 'topic:synthetic-sanctions'],
          kinds: ['REMARKS', 'TWEET'],
        }),
        statements.filter(
          (s) =>
            ['REMARKS', 'TWEET'].includes(s.kind) &&
            s.topicIds.some((t) => t === 'topic:denuclearization' || t === 'topic:synthetic-sanctions'),
        ),
        byDate,
      );
      // A record is in a window when its dates overlap it: the review of 14–17 January is in one of the 15th only.
      await expectAll(
        list({ from: '2015-01-05', to: '2015-01-09' }),
        statements.filter((s) => overlaps(s.date, '2015-01-05', '2015-01-09')),
        byDate,
      );
      const on15 = await list({ from: '2019-01-15', to: '2019-01-15' });
      expect(ids(on15.edges.map((e) => e.node))).toContain('statement:missile-defense-review-2019');
      const on18 = await list({ from: '2019-01-18', to: '2019-01-18' });
      expect(ids(on18.edges.map((e) => e.node))).not.toContain('statement:missile-defense-review-2019');
      // Text: every word must be found; "paraphrase" is only in the synthetic paraphrases.
      await expectAll(
        list({ text: 'paraphrase' }),
        statements.filter((s) => s.paraphrase?.toLowerCase().includes('paraphrase')),
        byDate,
      );
      const threat = await list({ text: 'extraordinary threat' });
      expect(ids(threat.edges.map((e) => e.node))).toEqual(['statement:missile-defense-review-2019']);
    });

    it('meetings by participant, summit, topic and window', async () => {
      const list = (filter: Parameters<Store['listMeetings']>[0]['filter']) =>
        store().listMeetings({ filter, first: 100 });
      await expectAll(
        list({ participantIds: ['person:kim-yong-chol'] }),
        meetings.filter((m) => m.participants.some((p) => p.personId === 'person:kim-yong-chol')),
        byDate,
      );
      await expectAll(
        list({ summitIds: ['summit:second-us-north-korea-2019', 'summit:synthetic-000000'] }),
        meetings.filter((m) =>
          ['summit:second-us-north-korea-2019', 'summit:synthetic-000000'].includes(m.summitId ?? ''),
        ),
        byDate,
      );
      await expectAll(
        list({ topicIds: ['topic:synthetic-sanctions'], to: '2015-01-25' }),
        meetings.filter(
          (m) => m.topicIds.includes('topic:synthetic-sanctions') && m.date.earliest <= '2015-01-25',
        ),
        byDate,
      );
    });

    it('summits by status and participant', async () => {
      const list = (filter: Parameters<Store['listSummits']>[0]['filter']) =>
        store().listSummits({ filter, first: 100 });
      await expectAll(
        list({ statuses: ['HELD', 'ANNOUNCED'] }),
        summits.filter((s) => ['HELD', 'ANNOUNCED'].includes(s.status)),
        summitOrders.DATE,
      );
      await expectAll(
        list({ participantIds: ['person:kim-jong-un'] }),
        summits.filter((s) => s.participants.some((p) => p.personId === 'person:kim-jong-un')),
        summitOrders.DATE,
      );
    });

    it('people by part of a name or alias, and by organization', async () => {
      const list = (filter: Parameters<Store['listPeople']>[0]['filter']) =>
        store().listPeople({ filter, first: 100 });
      await expectAll(
        list({ name: 'chairman kim' }),
        people.filter((p) => p.id === 'person:kim-jong-un'),
        byName,
      );
      await expectAll(
        list({ name: 'KA' }),
        people.filter((p) => [p.name, ...p.aliases].some((n) => n.toLowerCase().includes('ka'))),
        byName,
      );
      await expectAll(
        list({ organizationIds: ['organization:state-department', 'organization:synthetic-ministry-2'] }),
        people.filter((p) =>
          p.roles.some((r) =>
            ['organization:state-department', 'organization:synthetic-ministry-2'].includes(
              r.organizationId ?? '',
            ),
          ),
        ),
        byName,
      );
    });

    it('an empty result is an empty page', async () => {
      const none = await store().listStatements({ filter: { speakerIds: ['person:nobody'] } });
      expect(none.edges).toEqual([]);
      expect(none.pageInfo).toEqual({
        hasNextPage: false,
        hasPreviousPage: false,
        startCursor: null,
        endCursor: null,
      });
      expect(await none.totalCount()).toBe(0);
    });
  });

  it('lists topics by name', async () => {
    expect((await store().listTopics()).map((t) => t.name)).toEqual(
      dataset.topics.map((t) => t.name).sort((a, b) => a.localeCompare(b)),
    );
  });

  it('gives the places enclosing each place, nearest first', async () => {
    const byId = new Map(dataset.places.map((p) => [p.id, p]));
    const chainOf = (id: string) => {
      const chain: RecordOf<'place'>[] = [];
      for (let p = byId.get(id)?.withinId; p; p = byId.get(p)?.withinId)
        chain.push(byId.get(p) as RecordOf<'place'>);
      return chain;
    };
    const wanted = [...dataset.places.map((p) => p.id), 'place:nope'];
    expect(await store().enclosingPlaces(wanted)).toEqual(wanted.map(chainOf));
    expect(Math.max(...wanted.map((id) => chainOf(id).length))).toBeGreaterThanOrEqual(3);
  });

  it('loads relations from both ends', async () => {
    const wanted = [
      'statement:trump-tweet-no-longer-a-threat',
      'statement:synthetic-000024',
      'statement:synthetic-000025',
      'statement:nope',
    ];
    const expected = wanted.map((id) =>
      statements.flatMap((s) =>
        s.relations.flatMap((r) => [
          ...(s.id === id ? [{ ...r, sourceId: s.id, direction: 'OUTGOING' }] : []),
          ...(r.targetId === id ? [{ ...r, sourceId: s.id, direction: 'INCOMING' }] : []),
        ]),
      ),
    );
    const key = (e: { sourceId: string; targetId: string; direction: string }) =>
      `${e.direction} ${e.sourceId} ${e.targetId}`;
    const found = await store().loadRelations(wanted);
    expect(found.map((edges) => sorted(edges, by(key)))).toEqual(
      expected.map((edges) => sorted(edges, by(key))),
    );
    expect(expected.slice(0, 3).every((edges) => edges.length > 0)).toBe(true);
  });

  describe('search', () => {
    it('finds a misspelled name, and a name with its words in another order', async () => {
      const pompeio = await store().search({ query: 'Pompeio' });
      expect(pompeio.edges[0]?.node).toMatchObject({ type: 'person', id: 'person:mike-pompeo' });
      const kim = await store().search({ query: 'Kim Yong Chol', types: ['person'] });
      expect(kim.edges[0]?.node.id).toBe('person:kim-yong-chol');
      expect(kim.edges.every((e) => e.node.type === 'person')).toBe(true);
    });

    it('ranks the best match first and names the words that matched', async () => {
      const hits = await store().search({ query: 'denuclearization summit', first: 100 });
      const ranks = hits.edges.map((e) => e.node.rank);
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
      expect(hits.edges[0]?.node).toMatchObject({ id: 'statement:sanders-2019-01-18-statement' });
      expect(hits.edges[0]?.node.matches).toEqual(expect.arrayContaining(['denuclearization', 'summit']));
    });

    it('finds every record whose text holds the word, page by page without repeats', async () => {
      // Every synthetic summit, meeting, statement and person carries the word "synthetic"; no seed record does.
      const expected = [...summits, ...meetings, ...statements, ...people]
        .filter((r) => r.id.includes(':synthetic-'))
        .map((r) => `${r.id.slice(0, r.id.indexOf(':'))} ${r.id}`)
        .sort();
      const found: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 100; pages++) {
        const page: Awaited<ReturnType<Store['search']>> = await store().search({
          query: 'synthetic',
          first: 9,
          after,
        });
        expect(await page.totalCount()).toBe(expected.length);
        found.push(...page.edges.map((e) => `${e.node.type} ${e.node.id}`));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(found.sort()).toEqual(expected);
      const meetingsOnly = await store().search({ query: 'synthetic', types: ['meeting'], first: 100 });
      expect(meetingsOnly.edges.map((e) => `${e.node.type} ${e.node.id}`).sort()).toEqual(
        expected.filter((k) => k.startsWith('meeting ')),
      );
    });
  });

  it('refuses pages over 100, bad cursors, malformed and inverted windows, empty queries', async () => {
    const timelineCursor = (await store().timeline({ first: 1 })).pageInfo.endCursor;
    const refusals = [
      () => store().listStatements({ first: 101 }),
      () => store().listStatements({ first: 1, last: 1 }),
      () => store().listStatements({ after: 'not-a-cursor' }),
      // A cursor of another list's shape is not one this list gave out.
      () => store().listStatements({ after: timelineCursor }),
      () => store().listMeetings({ filter: { from: '18 January 2019' } }),
      () => store().listStatements({ filter: { from: '2019-02-30' } }),
      () => store().timeline({ from: '2019-02-01', to: '2019-01-01' }),
      () => store().search({ query: '   ' }),
    ];
    for (const refusal of refusals) await expect(refusal()).rejects.toBeInstanceOf(StoreInputError);
  });
}
