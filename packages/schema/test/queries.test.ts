import { createMemoryStore } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { describe, expect, test } from 'vitest';
import { encodeId } from '../src/global-id.ts';
import { data, type Json } from './run.ts';

describe('summits', () => {
  test('the next summit: fuzzy date, candidate places with who reported them, statements about it', async () => {
    const { summits } = await data(`{
      summits(filterBy: { statuses: [ANNOUNCED, SCHEDULED] }, orderBy: { field: DATE }, first: 1) {
        totalCount
        nodes {
          slug location { name }
          date { text edtf earliest latest precision label }
          candidateLocations { place { name } reportedBy { name } reportedByOrganization { name } citation { excerpt source { outlet publishedAt url } } }
          statements(first: 10) { totalCount nodes { slug speaker { name } } }
          developments { sequence status date { label } }
        }
      }
    }`);
    expect(summits.totalCount).toBe(1);
    const [next] = summits.nodes;
    expect(next.slug).toBe('second-us-north-korea-2019');
    expect(next.location).toBeNull();
    expect(next.date).toEqual({
      text: 'near the end of February',
      edtf: '2019-02-2X',
      earliest: '2019-02-20',
      latest: '2019-02-28',
      precision: 'PART_OF_MONTH',
      label: 'late February 2019',
    });
    expect(next.candidateLocations.map((c: Json) => c.place.name)).toEqual(['Vietnam', 'Thailand']);
    expect(next.candidateLocations[0].reportedBy.name).toBe('Margaret Brennan');
    expect(next.candidateLocations[0].citation.source).toEqual({
      outlet: 'CBS News',
      publishedAt: '2019-01-18',
      url: seedDataset.sources[0]?.url,
    });
    expect(next.statements.totalCount).toBe(next.statements.nodes.length);
    expect(next.statements.nodes.map((s: Json) => s.speaker?.name)).toContain('Sarah Huckabee Sanders');
    expect(next.developments[0]).toMatchObject({ sequence: 1, status: 'ANNOUNCED' });
  });

  test('by slug, null when unknown; ordered by ordinal both ways', async () => {
    const found = await data(
      '{ a: summit(slug: "singapore-2018") { title ordinal } b: summit(slug: "nope") { title } }',
    );
    expect(found).toEqual({ a: { title: 'Singapore summit', ordinal: 1 }, b: null });
    const { asc, desc } = await data(`{
      asc: summits(orderBy: { field: ORDINAL, direction: ASC }) { nodes { ordinal } }
      desc: summits(orderBy: { field: ORDINAL, direction: DESC }) { nodes { ordinal } }
    }`);
    expect(asc.nodes.map((s: Json) => s.ordinal)).toEqual([1, 2]);
    expect(desc.nodes.map((s: Json) => s.ordinal)).toEqual([2, 1]);
  });
});

describe('global ids', () => {
  test('are opaque and fetch the same record through node and nodes, in order', async () => {
    const { people } = await data('{ people(first: 3) { nodes { id name } } }');
    const ids = people.nodes.map((p: Json) => p.id);
    for (const id of ids) expect(id).not.toMatch(/person|:/);
    const { node, nodes } = await data(
      'query($id: ID!, $ids: [ID!]!) { node(id: $id) { id ... on Person { name } } nodes(ids: $ids) { id } }',
      { id: ids[1], ids: [...ids].reverse() },
    );
    expect(node).toEqual(people.nodes[1]);
    expect(nodes.map((n: Json) => n.id)).toEqual([...ids].reverse());
  });
});

describe('traversals both ways', () => {
  test("a person's statements, meetings and summits", async () => {
    const { person } = await data(`{ person(slug: "donald-trump") {
      name roles { title organization { name } }
      statements { totalCount nodes { slug speaker { slug } } }
      meetings { totalCount nodes { slug participants { person { slug } role } } }
      summits { totalCount }
    } }`);
    expect(person.statements.nodes).toEqual([
      { slug: 'trump-rescheduled-before-reading-letter', speaker: { slug: 'donald-trump' } },
      { slug: 'trump-tweet-no-longer-a-threat', speaker: { slug: 'donald-trump' } },
    ]);
    expect(person.meetings.nodes.map((m: Json) => m.slug)).toEqual([
      'trump-kim-yong-chol-2018-06',
      'trump-kim-yong-chol-2019-01-18',
    ]);
    for (const m of person.meetings.nodes) {
      expect(m.participants.map((p: Json) => p.person.slug)).toContain('donald-trump');
    }
    expect(person.summits.totalCount).toBe(2);
  });

  test("a meeting's summit and statements, a statement's meeting and summit", async () => {
    const { meeting } = await data(`{ meeting(slug: "trump-kim-yong-chol-2019-01-18") {
      durationMinutes location { name within { name } } summit { slug meetings { nodes { slug } } }
      statements { nodes { slug meeting { slug } summit { slug } } }
    } }`);
    expect(meeting.summit.slug).toBe('second-us-north-korea-2019');
    expect(meeting.summit.meetings.nodes.map((m: Json) => m.slug)).toContain(
      'trump-kim-yong-chol-2019-01-18',
    );
    expect(meeting.statements.nodes.length).toBeGreaterThan(0);
    for (const s of meeting.statements.nodes) expect(s.meeting.slug).toBe('trump-kim-yong-chol-2019-01-18');
  });

  test("a statement's relations, seen from both ends", async () => {
    const { tweet, review } = await data(`{
      tweet: statement(slug: "trump-tweet-no-longer-a-threat") { relations { type direction other { slug } source { slug } target { slug } citation { excerpt } } }
      review: statement(slug: "missile-defense-review-2019") { quote organization { name } relations { direction other { slug } } }
    }`);
    expect(tweet.relations.map((r: Json) => [r.type, r.direction, r.other.slug]).sort()).toEqual([
      ['CONTRADICTS', 'INCOMING', 'missile-defense-review-2019'],
      ['CONTRADICTS', 'INCOMING', 'pence-2019-01-16'],
    ]);
    expect(tweet.relations[0].target.slug).toBe('trump-tweet-no-longer-a-threat');
    expect(review.relations).toEqual([
      { direction: 'OUTGOING', other: { slug: 'trump-tweet-no-longer-a-threat' } },
    ]);
    expect(review.organization.name).toBe('U.S. Department of Defense');
  });
});

describe('lists', () => {
  test('paging with the Store cursors walks the whole list once, keeping totalCount', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let i = 0; i < 20; i++) {
      const { statements } = await data(
        'query($after: String) { statements(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { slug } } } }',
        { after },
      );
      total = statements.totalCount;
      seen.push(...statements.edges.map((e: Json) => e.node.slug));
      expect(statements.pageInfo.endCursor).toBe(statements.edges.at(-1)?.cursor ?? null);
      if (!statements.pageInfo.hasNextPage) break;
      after = statements.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(total).toBe(seedDataset.statements.length);
    expect(seen.length).toBe(total);
  });

  test('statements filtered by speaker, kind, topic, date window and text', async () => {
    const { person, topics } = await data('{ person(slug: "sarah-sanders") { id } topics { id slug } }');
    const threat = topics.find((t: Json) => t.slug === 'north-korean-threat').id;
    const { bySpeaker, byKind, byTopic, byWindow, byText } = await data(
      `query($speaker: ID!, $topic: ID!) {
        bySpeaker: statements(filterBy: { speakers: [$speaker] }) { totalCount nodes { speaker { slug } } }
        byKind: statements(filterBy: { kinds: [TWEET] }) { nodes { slug } }
        byTopic: statements(filterBy: { topics: [$topic] }) { totalCount }
        byWindow: statements(filterBy: { from: "2019-01-15", to: "2019-01-15" }) { nodes { slug } }
        byText: statements(filterBy: { text: "sanctions" }) { nodes { slug } }
      }`,
      { speaker: person.id, topic: threat },
    );
    expect(bySpeaker.totalCount).toBe(4);
    expect(bySpeaker.nodes).toEqual(Array(4).fill({ speaker: { slug: 'sarah-sanders' } }));
    expect(byKind.nodes).toEqual([{ slug: 'trump-tweet-no-longer-a-threat' }]);
    expect(byTopic.totalCount).toBe(3);
    expect(byWindow.nodes.map((s: Json) => s.slug)).toContain('missile-defense-review-2019');
    expect(byText.nodes).toEqual([{ slug: 'sanders-2019-01-18-remarks' }]);
  });

  test('meetings filtered by participant and date window; people by name', async () => {
    const { person } = await data('{ person(slug: "mike-pompeo") { id } }');
    const { meetings, june, people } = await data(
      `query($p: ID!) {
        meetings(filterBy: { participants: [$p] }) { nodes { participants { person { slug } } } }
        june: meetings(filterBy: { from: "2018-06-01", to: "2018-06-30" }) { nodes { slug } }
        people(filterBy: { name: "kim" }) { nodes { name } }
      }`,
      { p: person.id },
    );
    expect(meetings.nodes.length).toBeGreaterThan(0);
    for (const m of meetings.nodes)
      expect(m.participants.map((x: Json) => x.person.slug)).toContain('mike-pompeo');
    expect(june.nodes).toEqual([{ slug: 'trump-kim-yong-chol-2018-06' }]);
    expect(people.nodes).toEqual([{ name: 'Kim Jong Un' }, { name: 'Kim Yong Chol' }]);
  });
});

describe('search and timeline', () => {
  test('search returns a union, best first, and finds a misspelled name', async () => {
    const { search, misspelled } = await data(`{
      search(query: "summit") { totalCount edges { rank matches node { __typename ... on Summit { slug } } } }
      misspelled: search(query: "Pompeio", types: [PERSON]) { nodes { ... on Person { name } } }
    }`);
    const ranks = search.edges.map((e: Json) => e.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(search.edges[0].matches.length).toBeGreaterThan(0);
    expect(new Set(search.edges.map((e: Json) => e.node.__typename)).has('Summit')).toBe(true);
    expect(misspelled.nodes).toEqual([{ name: 'Mike Pompeo' }]);
  });

  test('the timeline holds summits, meetings and statements in date order within the window', async () => {
    const { timeline } = await data(`{ timeline(from: "2018-01-01", to: "2019-12-31", first: 100) {
      totalCount edges { date { earliest } node { __typename } } nodes { ... on Meeting { date { earliest } } }
    } }`);
    const earliest = timeline.edges.map((e: Json) => e.date.earliest);
    expect(earliest).toEqual([...earliest].sort());
    expect(new Set(timeline.edges.map((e: Json) => e.node.__typename))).toEqual(
      new Set(['Summit', 'Meeting', 'Statement']),
    );
    expect(timeline.totalCount).toBe(timeline.edges.length);
    // The edge's date is the record's own date (asked of the window's three meetings).
    const meetingDates = timeline.nodes.flatMap((node: Json, i: number) =>
      node.date ? [{ own: node.date, edge: timeline.edges[i].date }] : [],
    );
    expect(meetingDates).toHaveLength(3);
    for (const { own, edge } of meetingDates) expect(own).toEqual(edge);
  });

  test('stats count the seed', async () => {
    const { stats } = await data('{ stats { summits sources } }');
    expect(stats).toEqual({ summits: 2, sources: 1 });
  });
});

describe('sources', () => {
  test('answer their stored text, or null when only excerpts are kept', async () => {
    const text =
      'The White House said on Friday that the second summit will take place near the end of February.';
    const [founding] = seedDataset.sources;
    if (!founding) throw new Error('the seed has a source');
    const source = { ...founding, id: 'source:with-text', slug: 'with-text', text };
    const store = createMemoryStore({ ...seedDataset, sources: [...seedDataset.sources, source] });
    const ids = [source.id, founding.id].map((id) => encodeId('Source', id));
    const query = 'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Source { slug text } } }';
    const { nodes } = await data(query, { ids }, store);
    expect(nodes).toEqual([
      { slug: 'with-text', text },
      { slug: founding.slug, text: founding.text },
    ]);
  });

  test('by slug, with every record that cites it', async () => {
    const [founding] = seedDataset.sources;
    const { source, missing } = await data(
      `query ($slug: String!) {
        source(slug: $slug) { title citedBy { __typename ... on Summit { slug } ... on Statement { slug } } }
        missing: source(slug: "no-such-source") { title }
      }`,
      { slug: founding?.slug },
    );
    expect(missing).toBeNull();
    expect(source.title).toBe(founding?.title);
    const cited = source.citedBy.map((record: { slug?: string }) => record.slug);
    expect(cited).toContain('second-us-north-korea-2019');
    const citing = seedDataset.statements.filter((s) => s.citations.some((c) => c.sourceId === founding?.id));
    expect(source.citedBy.filter((r: { __typename: string }) => r.__typename === 'Statement')).toHaveLength(
      citing.length,
    );
  });
});
