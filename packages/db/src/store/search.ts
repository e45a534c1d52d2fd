import {
  lazyCount,
  type Page,
  type ReadScope,
  readPageArgs,
  type SearchArgs,
  type SearchableType,
  type SearchHit,
  SIMILARITY_THRESHOLD,
  StoreInputError,
  searchOrder,
  searchWeights,
} from '@parley/domain';
import { type SQL, sql } from 'drizzle-orm';
import { textQuery } from './filters.ts';
import { type KeyColumns, keysetClause, toPage } from './keyset.ts';
import type { Read } from './read-batch.ts';
import { scopeFilter } from './scope.ts';
import { tableOf } from './table-of.ts';

// ts_rank's weights in its order {D, C, B, A}: the domain's (D is unused).
const weights = `{0, ${searchWeights.C}, ${searchWeights.B}, ${searchWeights.A}}`;

// A text match ranks 1 + ts_rank, so it always outranks a fuzzy name match, whose rank is its trigram
// similarity (at most 1).
function hitsOf(type: SearchableType, query: string, scope: ReadScope): SQL {
  const table = tableOf[type];
  const scoped = scopeFilter(type, scope, 'r');
  const andScoped = scoped ? sql` and ${scoped}` : sql``;
  const textRank = sql`(1 + ts_rank(${weights}::float4[], r.search, q.query))::float8`;
  const base = sql`select ${type}::text as type, r.id, r.search_a || ' ' || r.search_b || ' ' || r.search_c as doc, r.search @@ q.query as by_text`;
  if (type !== 'person')
    return sql`${base}, ${textRank} as rank from ${table} r, q where r.search @@ q.query${andScoped}`;
  // Names are often misspelled ("Pompeio"): people also match by the best trigram similarity of their name or an
  // alias. `%` lets the trigram index on person_names find candidates; the explicit bound keeps the threshold
  // the memory store's whatever pg_trgm.similarity_threshold says.
  return sql`${base}, case when r.search @@ q.query then ${textRank} else f.rank end as rank
    from ${table} r cross join q left join (
      select n.person_id, max(similarity(n.name, ${query}))::float8 as rank from person_names n
      where n.name % ${query} and similarity(n.name, ${query}) >= ${SIMILARITY_THRESHOLD} group by n.person_id
    ) f on f.person_id = r.id
    where (r.search @@ q.query or f.rank is not null)${andScoped}`;
}

/** A page of hits and how many there are in all, as the search's one JSON value. */
interface Hits {
  total: number;
  hits: SearchHit[];
}

/** Full-text search over the searchable types, best first, with the words that matched for highlighting. */
export async function search(
  read: Read,
  { query, types, asOf, includeRetracted, ...page }: SearchArgs,
): Promise<Page<SearchHit>> {
  if (query.trim().length === 0) throw new StoreInputError('"query" must contain at least one word', 'query');
  const window = readPageArgs(page, searchOrder.kinds);
  const wanted = types?.length ? types : (['summit', 'meeting', 'statement', 'person'] as const);
  const columns: KeyColumns<typeof searchOrder.kinds> = [sql`-h.rank`, sql`h.type`, sql`h.id`];
  const clause = keysetClause(columns, searchOrder.kinds, window, 'ASC');
  const order = sql.join(clause.orderBy, sql`, `);
  // Highlighting marks matched words with \x01…\x02, characters no text contains.
  // Every hit must be ranked before the best can be returned, so counting them in the same statement costs
  // next to nothing, where a count of its own would run the whole search again: this count is not lazy.
  const { total, hits } = await read<Hits>(sql`
    with q as (select ${textQuery(query)} as query),
    hits as (${sql.join(
      wanted.map((type) => hitsOf(type, query, { asOf, includeRetracted })),
      sql` union all `,
    )})
    select json_build_object('total', (select count(*)::int from hits), 'hits', coalesce((
      select json_agg(json_build_object('type', h.type, 'id', h.id, 'rank', h.rank, 'matches', h.matches) order by ${order})
      from (
        select h.type, h.id, h.rank,
          case when h.by_text then array(
            select distinct lower(m[1]) from regexp_matches(
              ts_headline('english', h.doc, (select query from q), 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', HighlightAll=true'),
              chr(1) || '([^' || chr(2) || ']+)' || chr(2), 'g') as m order by 1)
          else '{}'::text[] end as matches
        from hits h ${clause.where ? sql`where ${clause.where}` : sql``}
        order by ${order} limit ${clause.limit}
      ) h), '[]'::json))`);
  const totalCount = lazyCount(async () => total);
  return toPage(hits, searchOrder.keyOf, window, totalCount);
}
