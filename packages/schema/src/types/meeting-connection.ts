import { MeetingFilterInput, meetingFilter } from '../inputs/meeting-filter.ts';
import { MeetingOrderInput } from '../inputs/meeting-order.ts';
import { MeetingRef } from '../refs.ts';
import { listConnection } from './list-connection.ts';

/** `MeetingConnection`, and a meetings field for any parent, its filter narrowed by a scope. */
export const meetingsConnection = listConnection({
  ref: MeetingRef,
  plural: 'meetings',
  edge: 'A meeting and its position in the list.',
  filterInput: MeetingFilterInput,
  filter: meetingFilter,
  orderInput: MeetingOrderInput,
  order: 'How to sort them; by date, earliest first, when not given.',
  list: (store, args) => store.listMeetings(args),
});
