import type { FuzzyDate, SearchableType, TimelineType } from '@parley/domain';
import { asOfDescription, includeRetractedDescription, viewAsOf } from '../as-of.ts';
import { builder } from '../builder.ts';
import { RecordTypeEnum } from '../enums/record-type.ts';
import { badInput } from '../errors.ts';
import { pageArgs } from '../paging.ts';
import { recordTypeOf } from '../record-of-id.ts';
import { MeetingRef, StatementRef, SummitRef } from '../refs.ts';
import { FuzzyDateRef } from './fuzzy-date.ts';

const isDated = (type: SearchableType): type is TimelineType => type !== 'person';

/** Timeline entries always have a date: the resolver below only builds edges for dated records. */
const dated = (edge: object) => edge as { date: FuzzyDate };

const refs = { summit: SummitRef, meeting: MeetingRef, statement: StatementRef };

export const TimelineItemUnion = builder.unionType('TimelineItem', {
  description: 'A dated record on the timeline.',
  types: [SummitRef, MeetingRef, StatementRef],
  resolveType: (record) => refs[recordTypeOf(record) as TimelineType],
});

const TimelineConnection = builder.connectionObject(
  {
    type: TimelineItemUnion,
    name: 'TimelineConnection',
    description: 'A page of the timeline, in date order.',
  },
  {
    name: 'TimelineEdge',
    description: 'A dated record, its date, and its position on the timeline.',
    fields: (t) => ({
      date: t.field({
        type: FuzzyDateRef,
        description: "The record's date, here so that a timeline query need not ask each type for it.",
        resolve: (edge) => dated(edge).date,
      }),
    }),
  },
);

builder.queryFields((t) => ({
  timeline: t.connection(
    {
      type: TimelineItemUnion,
      description:
        'Summits, meetings and statements in date order (earliest possible day, then latest); undated records are left out.',
      args: {
        from: t.arg({
          type: 'Date',
          description: 'From this day on (a fuzzy date is kept when its span overlaps the window).',
        }),
        to: t.arg({
          type: 'Date',
          description: 'Up to this day (a fuzzy date is kept when its span overlaps the window).',
        }),
        types: t.arg({
          type: [RecordTypeEnum],
          description: 'Only these kinds of record (SUMMIT, MEETING, STATEMENT); all three when not given.',
        }),
        asOf: t.arg({ type: 'Date', description: asOfDescription }),
        includeRetracted: t.arg.boolean({ description: includeRetractedDescription }),
      },
      resolve: async (_root, args, context) => {
        const types = args.types?.filter(isDated);
        if (types && types.length !== args.types?.length) {
          throw badInput('people have no date: "types" may hold SUMMIT, MEETING and STATEMENT', 'types');
        }
        const page = await context.store.timeline({
          ...pageArgs(args),
          from: args.from,
          to: args.to,
          types,
          asOf: args.asOf,
          includeRetracted: args.includeRetracted,
        });
        const edges = await Promise.all(
          page.edges.map(async ({ node: entry, cursor }) => {
            const record = await refs[entry.type].getDataloader(context).load(entry.id);
            // The store listed it as of that day, so the sources had reported it: the view is never null.
            const node = (await viewAsOf(context, entry.type, record, args.asOf)) as typeof record;
            return { cursor, node, date: node.date };
          }),
        );
        return { ...page, edges };
      },
    },
    TimelineConnection,
  ),
}));
