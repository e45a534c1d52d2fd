import { describe, expect, test } from 'vitest';
import { cite, editor, freshStore, hanoiSource, lateFebruary, mutate, runAs, secondSummit } from './edits.ts';

const summitAsOf = `query ($asOf: Date) {
  summit(slug: "second-us-north-korea-2019", asOf: $asOf) {
    status date { text earliest latest } location { name }
    developments { status } candidateLocations { place { name } }
  }
}`;

/** The seed, then a later article (published 2019-02-08) setting the second summit in Hanoi on 27–28 February. */
async function reportedStore() {
  const store = freshStore();
  const source = await mutate(editor, store, 'createSource', hanoiSource);
  const sourceId = source.data?.createSource.source.id;
  const hanoi = await mutate(editor, store, 'createPlace', { name: 'Hanoi', kind: 'CITY' });
  const developed = await mutate(editor, store, 'addSummitDevelopment', {
    id: secondSummit,
    expectedRevision: 1,
    reason: 'Hanoi and the dates announced',
    status: 'SCHEDULED',
    description: 'Trump named Hanoi and the dates.',
    summitDate: lateFebruary,
    locationId: hanoi.data?.createPlace.place.id,
    citation: cite('in Hanoi, Vietnam, on February 27 and 28', sourceId),
  });
  expect(developed.data?.addSummitDevelopment.userErrors).toEqual([]);
  return store;
}

describe('asOf', () => {
  test('the second summit as of 2019-01-20: announced, late February, place to be announced', async () => {
    const { data } = await runAs(null, await reportedStore(), summitAsOf, { asOf: '2019-01-20' });
    expect(data?.summit).toMatchObject({
      status: 'ANNOUNCED',
      date: { text: 'near the end of February' },
      location: null,
      developments: [{ status: 'ANNOUNCED' }],
    });
    expect(data?.summit.candidateLocations.map((c: { place: { name: string } }) => c.place.name)).toEqual([
      'Vietnam',
      'Thailand',
    ]);
  });

  test('as of 2019-01-10 it does not exist yet; as of 2019-02-01 the January picture stands', async () => {
    const store = await reportedStore();
    expect((await runAs(null, store, summitAsOf, { asOf: '2019-01-10' })).data?.summit).toBeNull();
    const january = (await runAs(null, store, summitAsOf, { asOf: '2019-01-20' })).data?.summit;
    expect((await runAs(null, store, summitAsOf, { asOf: '2019-02-01' })).data?.summit).toEqual(january);
    const now = (await runAs(null, store, summitAsOf, {})).data?.summit;
    expect(now).toMatchObject({
      status: 'SCHEDULED',
      date: { earliest: '2019-02-27', latest: '2019-02-28' },
      location: { name: 'Hanoi' },
    });
    expect((await runAs(null, store, summitAsOf, { asOf: '2019-02-08' })).data?.summit).toEqual(now);
  });

  test('summits, statements, timeline and search take asOf', async () => {
    const store = await reportedStore();
    const { data, errors } = await runAs(
      null,
      store,
      `query ($asOf: Date) {
        summits(asOf: $asOf, filterBy: { statuses: [SCHEDULED] }) { totalCount }
        statements(asOf: $asOf) { totalCount }
        timeline(asOf: $asOf, types: [SUMMIT], first: 5) { edges { date { text } node { ... on Summit { ordinal } } } }
        search(query: "summit", asOf: "2019-01-17") { totalCount }
      }`,
      { asOf: '2019-02-01' },
    );
    expect(errors).toBeUndefined();
    expect(data?.summits.totalCount).toBe(0);
    expect(data?.statements.totalCount).toBeGreaterThan(0);
    const second = data?.timeline.edges.find((e: { node: { ordinal: number } }) => e.node.ordinal === 2);
    expect(second.date.text).toBe('near the end of February');
    expect(data?.search.totalCount).toBe(0);
    const before = await runAs(null, store, '{ statements(asOf: "2019-01-17") { totalCount } }');
    expect(before.data?.statements.totalCount).toBe(0);
  });

  test('a malformed asOf is a BAD_USER_INPUT error naming the value', async () => {
    const { errors } = await runAs(null, freshStore(), summitAsOf, { asOf: '2019-02-30' });
    expect(errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toContain('2019-02-30');
  });
});
