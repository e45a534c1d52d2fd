import { describe, expect, test } from 'vitest';
import { createMemoryStore, type Page, StoreInputError } from '../src/index.ts';
import { seedDataset } from '../src/seed/index.ts';

const store = createMemoryStore(seedDataset);
const slugs = (page: Page<{ slug: string }>) => page.edges.map((e) => e.node.slug);

describe('loads in batches', () => {
  test('by id and by slug, in the order asked, null for unknown', async () => {
    const people = await store.load('person', ['person:mike-pence', 'person:nobody', 'person:donald-trump']);
    expect(people.map((p) => p?.name ?? null)).toEqual(['Mike Pence', null, 'Donald Trump']);
    const summits = await store.loadBySlug('summit', ['singapore-2018', 'nope']);
    expect(summits.map((s) => s?.id ?? null)).toEqual(['summit:singapore-2018', null]);
  });
});

describe('statements', () => {
  test('filter by speaker, kind, topic and date window', async () => {
    const bySanders = await store.listStatements({
      filter: { speakerIds: ['person:sarah-sanders'] },
      first: 100,
    });
    expect(await bySanders.totalCount()).toBe(4);
    const tweets = await store.listStatements({ filter: { kinds: ['TWEET'] } });
    expect(slugs(tweets)).toEqual(['trump-tweet-no-longer-a-threat']);
    const threat = await store.listStatements({ filter: { topicIds: ['topic:north-korean-threat'] } });
    expect(await threat.totalCount()).toBe(3);
    // The review is dated 14–17 January: a window on the 15th finds it, one on the 18th does not.
    const on15 = await store.listStatements({ filter: { from: '2019-01-15', to: '2019-01-15' } });
    expect(slugs(on15)).toContain('missile-defense-review-2019');
    const on18 = await store.listStatements({ filter: { from: '2019-01-18', to: '2019-01-18' } });
    expect(slugs(on18)).not.toContain('missile-defense-review-2019');
    expect(slugs(on18)).toContain('palladino-2019-01-18');
  });

  test('filter by text finds words in quotes and paraphrases', async () => {
    const page = await store.listStatements({ filter: { text: 'sanctions' } });
    expect(slugs(page)).toEqual(['sanders-2019-01-18-remarks']);
  });

  test('order by date both ways, ties broken by id', async () => {
    const asc = await store.listStatements({ orderBy: { field: 'DATE', direction: 'ASC' }, first: 100 });
    const desc = await store.listStatements({ orderBy: { field: 'DATE', direction: 'DESC' }, first: 100 });
    expect(slugs(desc)).toEqual([...slugs(asc)].reverse());
    const earliest = asc.edges.map((e) => e.node.date.earliest);
    expect(earliest).toEqual([...earliest].sort());
  });

  test('cursor pagination forward and backward covers the list exactly once', async () => {
    const all = slugs(await store.listStatements({ first: 100 }));
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page<{ slug: string }> = await store.listStatements({ first: 2, after });
      seen.push(...slugs(page));
      expect(await page.totalCount()).toBe(all.length);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    const last = await store.listStatements({ last: 3 });
    expect(slugs(last)).toEqual(all.slice(-3));
    expect(last.pageInfo.hasPreviousPage).toBe(true);
    const beforeThose = await store.listStatements({ last: 2, before: last.pageInfo.startCursor });
    expect(slugs(beforeThose)).toEqual(all.slice(-5, -3));
  });

  test.each([
    [{ first: 1000 }, /"first" is 1000; a page holds at most 100 records/],
    [{ first: -1 }, /"first" must be a whole number/],
    [{ first: 1, last: 1 }, /not both/],
    [{ after: 'not-a-cursor' }, /"after" is not a cursor this list gave out/],
    [{ filter: { from: '2019-02-30' } }, /"from" is "2019-02-30"; expected a date/],
    [{ filter: { from: '2019-03-01', to: '2019-01-01' } }, /"from" \(2019-03-01\) is after "to"/],
  ])('rejects bad input %j', async (args, message) => {
    await expect(store.listStatements(args)).rejects.toThrow(StoreInputError);
    await expect(store.listStatements(args)).rejects.toThrow(message);
  });
});

describe('summits, meetings, people', () => {
  test('summits by status and ordinal', async () => {
    const held = await store.listSummits({ filter: { statuses: ['HELD'] } });
    expect(slugs(held)).toEqual(['singapore-2018']);
    const byOrdinal = await store.listSummits({ orderBy: { field: 'ORDINAL', direction: 'DESC' } });
    expect(byOrdinal.edges.map((e) => e.node.ordinal)).toEqual([2, 1]);
  });

  test('meetings by participant, summit and window', async () => {
    const kim = await store.listMeetings({ filter: { participantIds: ['person:kim-yong-chol'] } });
    expect(await kim.totalCount()).toBe(3);
    const pompeo = await store.listMeetings({ filter: { participantIds: ['person:mike-pompeo'] } });
    expect(slugs(pompeo)).toEqual(['pompeo-kim-yong-chol-2019-01-18']);
    const forSecond = await store.listMeetings({
      filter: { summitIds: ['summit:second-us-north-korea-2019'] },
    });
    expect(await forSecond.totalCount()).toBe(2);
    const in2018 = await store.listMeetings({ filter: { from: '2018-01-01', to: '2018-12-31' } });
    expect(slugs(in2018)).toEqual(['trump-kim-yong-chol-2018-06']);
  });

  test('people by name or alias, ordered by name', async () => {
    const beigun = await store.listPeople({ filter: { name: 'beigun' } });
    expect(slugs(beigun)).toEqual(['stephen-biegun']);
    const all = await store.listPeople({ first: 100 });
    const names = all.edges.map((e) => e.node.name.toLowerCase());
    expect(names).toEqual([...names].sort());
  });
});

describe('relations', () => {
  test('seen from both ends', async () => {
    const [tweet, review] = await store.loadRelations([
      'statement:trump-tweet-no-longer-a-threat',
      'statement:missile-defense-review-2019',
    ]);
    expect(tweet?.map((r) => [r.direction, r.sourceId])).toEqual([
      ['INCOMING', 'statement:missile-defense-review-2019'],
      ['INCOMING', 'statement:pence-2019-01-16'],
    ]);
    expect(review?.map((r) => [r.direction, r.type, r.targetId])).toEqual([
      ['OUTGOING', 'CONTRADICTS', 'statement:trump-tweet-no-longer-a-threat'],
    ]);
  });
});

describe('search', () => {
  test('finds every record type, best matches first, with the matched words', async () => {
    const page = await store.search({ query: 'denuclearization', first: 100 });
    const types = new Set(page.edges.map((e) => e.node.type));
    expect(types).toEqual(new Set(['summit', 'meeting', 'statement']));
    const ranks = page.edges.map((e) => e.node.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(page.edges[0]?.node.matches).toContain('denuclearization');
  });

  test('a misspelled name still finds the person', async () => {
    const page = await store.search({ query: 'Pompeio', types: ['person'] });
    expect(page.edges.map((e) => e.node.id)).toEqual(['person:mike-pompeo']);
  });

  test('every word must match', async () => {
    expect(await (await store.search({ query: 'Vietnam tweet' })).totalCount()).toBe(0);
    expect((await store.search({ query: 'extraordinary threat' })).edges[0]?.node.id).toBe(
      'statement:missile-defense-review-2019',
    );
  });

  test('an empty query is refused', async () => {
    await expect(store.search({ query: '   ' })).rejects.toThrow(/at least one word/);
  });
});

describe('timeline', () => {
  test('summits, meetings and statements in date order within a window', async () => {
    const page = await store.timeline({ from: '2019-01-01', to: '2019-12-31', first: 100 });
    const starts = page.edges.map((e) => e.node.earliest);
    expect(starts).toEqual([...starts].sort());
    expect(new Set(page.edges.map((e) => e.node.type))).toEqual(new Set(['summit', 'meeting', 'statement']));
    // Statements dated only "after that summit" (June 2018 – January 2019) overlap the window and come first.
    const ids = page.edges.map((e) => e.node.id);
    expect(ids.slice(0, 3)).toEqual([
      'statement:trump-rescheduled-before-reading-letter',
      'statement:trump-tweet-no-longer-a-threat',
      'statement:missile-defense-review-2019',
    ]);
    expect(ids).not.toContain('summit:singapore-2018');
    expect(page.edges.at(-1)?.node.id).toBe('summit:second-us-north-korea-2019');
  });

  test('filters by type', async () => {
    const page = await store.timeline({ types: ['summit'] });
    expect(page.edges.map((e) => e.node.id)).toEqual([
      'summit:singapore-2018',
      'summit:second-us-north-korea-2019',
    ]);
  });
});

test('stats count each record type; a closed store refuses work', async () => {
  const own = createMemoryStore(seedDataset);
  expect(await own.stats()).toMatchObject({ summit: 2, meeting: 3, statement: 9, person: 9 });
  await own.close();
  await expect(own.ping()).rejects.toThrow(/closed/);
});
