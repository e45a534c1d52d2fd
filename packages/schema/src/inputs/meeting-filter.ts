import type { MeetingFilter } from '@parley/domain';
import { builder } from '../builder.ts';
import { recordIds } from '../paging.ts';
import { PersonRef, SummitRef, TopicRef } from '../refs.ts';

export const MeetingFilterInput = builder.inputType('MeetingFilter', {
  description: 'Which meetings to list; every condition given must hold, a list matches any of its values.',
  fields: (t) => ({
    participants: t.globalIDList({ for: PersonRef, description: 'With one of these people taking part.' }),
    summits: t.globalIDList({ for: SummitRef, description: 'Preparing one of these summits.' }),
    topics: t.globalIDList({ for: TopicRef, description: 'On one of these topics.' }),
    from: t.field({
      type: 'Date',
      description: 'Held on or after this day (a fuzzy date matches when its span overlaps the window).',
    }),
    to: t.field({
      type: 'Date',
      description: 'Held on or before this day (a fuzzy date matches when its span overlaps the window).',
    }),
  }),
});

export function meetingFilter(
  input: typeof MeetingFilterInput.$inferInput | null | undefined,
): MeetingFilter {
  return {
    participantIds: recordIds(input?.participants),
    summitIds: recordIds(input?.summits),
    topicIds: recordIds(input?.topics),
    from: input?.from ?? null,
    to: input?.to ?? null,
  };
}
