import type { MeetingFilter } from '@parley/domain';
import { builder, type ParleyTypes } from '../builder.ts';
import { MeetingFilterInput, meetingFilter } from '../inputs/meeting-filter.ts';
import { MeetingOrderInput } from '../inputs/meeting-order.ts';
import { pageArgs } from '../paging.ts';
import { MeetingRef } from '../refs.ts';

export const MeetingConnection = builder.connectionObject(
  { type: MeetingRef, name: 'MeetingConnection', description: 'A page of meetings.' },
  { name: 'MeetingEdge', description: 'A meeting and its position in the list.' },
);

/** A meetings connection field, its filter narrowed by `scope` (e.g. to one summit's meetings). */
export function meetingsConnection<Parent>(
  t: PothosSchemaTypes.RootFieldBuilder<ParleyTypes, Parent>,
  description: string,
  scope: (parent: Parent) => MeetingFilter,
) {
  return t.connection(
    {
      type: MeetingRef,
      description,
      args: {
        filterBy: t.arg({ type: MeetingFilterInput, description: 'Which meetings to list.' }),
        orderBy: t.arg({
          type: MeetingOrderInput,
          description: 'How to sort them; by date, earliest first, when not given.',
        }),
      },
      resolve: (parent, args, { store }) =>
        store.listMeetings({
          ...pageArgs(args),
          // Pothos cannot carry a generic parent through `t.connection`; the builder guarantees it.
          filter: { ...meetingFilter(args.filterBy), ...scope(parent as Parent) },
          orderBy: args.orderBy,
        }),
    },
    MeetingConnection,
  );
}
