import { generateDataset } from '@parley/domain/testing';

/**
 * The requests of the attack bench: the two attacks of the security review, as an attacker would send them,
 * and the normal query a visitor's page sends meanwhile.
 */

/** The API's request body limit (apps/api/src/limits.ts): an attacker stays just under it. */
export const BODY_LIMIT = 64 * 1024;

/** A global id as the API gives it out: base64url("Typename:record-id") (packages/schema/src/global-id.ts). */
export const globalId = (typename: string, recordId: string) =>
  Buffer.from(`${typename}:${recordId}`).toString('base64url');

/** The summits of the synthetic dataset of `statements` statements: their slugs and global ids. */
export function syntheticSummits(statements: number) {
  const { summits } = generateDataset(statements);
  return summits.map((s) => ({ slug: s.slug, id: globalId('Summit', s.id) }));
}

/** One request an attacker sends: which shape, its JSON body, and how many ids it carries. */
export interface AttackRequest {
  /** e.g. "fill 1100 ids 6x3 lists first 20". */
  shape: string;
  big: boolean;
  ids: number;
  body: string;
}

/** A small deterministic generator (mulberry32), so runs send the same sequence of variants. */
export function randomFrom(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` ids drawn from `pool` (repeating it as needed) in an order of their own: every variant is a
 * different `$ids` list, so the response cache misses it and keeps one more entry.
 */
export function idsVariant(pool: readonly string[], count: number, random: () => number): string[] {
  const ids = Array.from({ length: count }, (_, i) => pool[i % pool.length] as string);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ids[i], ids[j]] = [ids[j] as string, ids[i] as string];
  }
  return ids;
}

/**
 * The cache-filling query: `nodes(ids: $ids)` with `copies` aliased copies of three nested lists (meetings
 * with participants, statements with speakers and citations, developments with citations). Six copies make
 * 18 aliases, under the limit of 20; the nesting is 6 deep, under 10.
 */
export function fillQuery(copies: number, first: number): string {
  const lists = Array.from(
    { length: copies },
    (_, k) => `
      m${k}: meetings(first: ${first}) { nodes { slug title participants { role person { name } } } }
      s${k}: statements(first: ${first}) { nodes { slug quote speaker { name } } }
      d${k}: developments { sequence description citation { excerpt } }`,
  ).join('');
  return `query Fill($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Summit {${lists}
    }
  }
}`;
}

/** The nodes(ids:) cost query: the summit page's selection for every id given. */
export function costQuery(first: number): string {
  const date = 'date { earliest latest precision label }';
  const inner =
    first > 0
      ? `
      meetings(first: ${first}) { totalCount nodes { id slug title ${date} durationMinutes location { name } participants { role person { slug name } } } }
      statements(first: ${first}) { totalCount nodes { id slug kind quote paraphrase ${date} speaker { slug name } citations { excerpt source { title outlet kind } } } }`
      : '';
  return `query Many($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on Summit {
      slug title ordinal status ${date}
      location { name within { name } }
      candidateLocations { place { name } reportedBy { name } citation { excerpt } }
      participants { role person { id slug name } }
      developments { sequence status description ${date} citation { excerpt source { title } } }
      topics { slug name }
      citations { excerpt source { title outlet kind } }${inner}
    }
  }
}`;
}

/** The body of one request; `ids` are the variables, so a list of any length counts once in a naive cost. */
export const bodyOf = (query: string, ids: readonly string[]) =>
  JSON.stringify({ query, variables: { ids } });

/** The most ids (at most `wanted`) whose request body with `query` stays within the body limit. */
export function idsWithinLimit(query: string, pool: readonly string[], wanted: number): number {
  let count = wanted;
  while (
    count > 1 &&
    Buffer.byteLength(
      bodyOf(
        query,
        idsVariant(pool, count, () => 0),
      ),
    ) > BODY_LIMIT
  ) {
    count -= 10;
  }
  return count;
}

/** A shape of an attack request: which query, and how many ids go with it. */
export interface Shape {
  attack: 'fill' | 'cost';
  ids: number;
  /** Aliased copies of the three lists (fill only). */
  copies: number;
  /** Page size of the nested lists (0: none, cost only). */
  first: number;
}

export const queryOf = (shape: Shape) =>
  shape.attack === 'fill' ? fillQuery(shape.copies, shape.first) : costQuery(shape.first);

export const describe = (shape: Shape) =>
  shape.attack === 'fill'
    ? `fill: ${shape.ids} ids, ${shape.copies}×3 aliased lists, first ${shape.first}`
    : `cost: ${shape.ids} ids, summit-page selection${shape.first > 0 ? `, nested first ${shape.first}` : ' without nested lists'}`;

/**
 * The attacks as the review sent them: 1,100 ids with 6×3 lists (first 2 makes its answer ~8 MB over the
 * synthetic data, the review's 8.7 MB), and the summit page for as many ids as fit (1,500 at most).
 */
export function bigShapes(pool: readonly string[]): Shape[] {
  const cost = costQuery(20);
  return [
    { attack: 'fill', ids: 1100, copies: 6, first: 2 },
    { attack: 'cost', ids: idsWithinLimit(cost, pool, 1500), copies: 0, first: 20 },
  ];
}

/**
 * Shapes of 100 ids (the cap being introduced) from heaviest to lightest: the attacker sends the heaviest one
 * the server answers, found by trying them in turn. `maxIds` lowers the ids when even the lightest is refused.
 */
export function allowedLadder(attack: Shape['attack']): Shape[] {
  const shapes: Shape[] = [];
  for (const ids of [100, 50, 20, 10]) {
    if (attack === 'fill') {
      const combos: { copies: number; first: number }[] = [];
      for (const copies of [6, 5, 4, 3, 2, 1]) {
        for (const first of [20, 10, 5, 2, 1]) combos.push({ copies, first });
      }
      combos.sort((a, b) => b.copies * b.first - a.copies * a.first || b.copies - a.copies);
      for (const c of combos) shapes.push({ attack, ids, ...c });
    } else {
      for (const first of [20, 10, 5, 2, 1, 0]) shapes.push({ attack, ids, copies: 0, first });
    }
  }
  return shapes;
}

/** The normal query: the site's summit page by slug (the same text as the bench's summit-page operation). */
export { summitPage } from '../operations.ts';
