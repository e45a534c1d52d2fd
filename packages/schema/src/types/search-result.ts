import type { SearchHit } from '@parley/domain';
import { asOfDescription, includeRetractedDescription, viewAsOf } from '../as-of.ts';
import { builder } from '../builder.ts';
import { RecordTypeEnum } from '../enums/record-type.ts';
import { pageArgs } from '../paging.ts';
import { recordTypeOf } from '../record-of-id.ts';
import { MeetingRef, PersonRef, StatementRef, SummitRef } from '../refs.ts';

/** The search resolver below builds every edge with the hit's rank and matches beside the node. */
const scored = (edge: object) => edge as { rank: number; matches: string[] };

const refs = { summit: SummitRef, meeting: MeetingRef, statement: StatementRef, person: PersonRef };

export const SearchResultUnion = builder.unionType('SearchResult', {
  description: 'A record that full-text search can find.',
  types: [SummitRef, MeetingRef, StatementRef, PersonRef],
  resolveType: (record) => refs[recordTypeOf(record) as SearchHit['type']],
});

const SearchConnection = builder.connectionObject(
  { type: SearchResultUnion, name: 'SearchConnection', description: 'A page of search results, best first.' },
  {
    name: 'SearchEdge',
    description: 'A search result, how well it matched, and its position in the list.',
    fields: (t) => ({
      rank: t.float({
        description: 'How well the record matched; higher is better. Comparable within one search only.',
        resolve: (edge) => scored(edge).rank,
      }),
      matches: t.stringList({
        description: 'The words of the record that matched the query, lowercased, for highlighting.',
        resolve: (edge) => scored(edge).matches,
      }),
    }),
  },
);

builder.queryFields((t) => ({
  search: t.connection(
    {
      type: SearchResultUnion,
      description:
        'Full-text search over summits, meetings, statements and people, best matches first; misspelled names still find people.',
      args: {
        query: t.arg.string({
          required: true,
          description: 'The words to look for, e.g. "denuclearization".',
        }),
        types: t.arg({
          type: [RecordTypeEnum],
          description: 'Only these kinds of record; all when not given.',
        }),
        asOf: t.arg({ type: 'Date', description: asOfDescription }),
        includeRetracted: t.arg.boolean({ description: includeRetractedDescription }),
      },
      resolve: async (_root, args, context) => {
        const { asOf, includeRetracted } = args;
        const page = await context.store.search({
          ...pageArgs(args),
          query: args.query,
          types: args.types,
          asOf,
          includeRetracted,
        });
        const edges = await Promise.all(
          page.edges.map(async ({ node: hit, cursor }) => {
            const record = await refs[hit.type].getDataloader(context).load(hit.id);
            // Found as of that day, so the sources had reported it: the view is never null.
            const node = (await viewAsOf(context, hit.type, record, asOf)) as typeof record;
            return { cursor, rank: hit.rank, matches: hit.matches, node };
          }),
        );
        return { ...page, edges };
      },
    },
    SearchConnection,
  ),
}));
