import type { StatementFilter } from '@parley/domain';
import { builder } from '../builder.ts';
import { StatementKindEnum } from '../enums/statement-kind.ts';
import { recordIds } from '../paging.ts';
import { MeetingRef, OrganizationRef, PersonRef, SummitRef, TopicRef } from '../refs.ts';

export const StatementFilterInput = builder.inputType('StatementFilter', {
  description: 'Which statements to list; every condition given must hold, a list matches any of its values.',
  fields: (t) => ({
    speakers: t.globalIDList({ for: PersonRef, description: 'Said by one of these people.' }),
    organizations: t.globalIDList({
      for: OrganizationRef,
      description: 'Issued by one of these organizations.',
    }),
    topics: t.globalIDList({ for: TopicRef, description: 'On one of these topics.' }),
    kinds: t.field({ type: [StatementKindEnum], description: 'Of one of these kinds.' }),
    summits: t.globalIDList({ for: SummitRef, description: 'About one of these summits.' }),
    meetings: t.globalIDList({ for: MeetingRef, description: 'About one of these meetings.' }),
    from: t.field({
      type: 'Date',
      description: 'Dated on or after this day (a fuzzy date matches when its span overlaps the window).',
    }),
    to: t.field({
      type: 'Date',
      description: 'Dated on or before this day (a fuzzy date matches when its span overlaps the window).',
    }),
    text: t.string({ description: 'Words that must all occur in the quote, paraphrase, topics or speaker.' }),
  }),
});

export function statementFilter(
  input: typeof StatementFilterInput.$inferInput | null | undefined,
): StatementFilter {
  return {
    speakerIds: recordIds(input?.speakers),
    organizationIds: recordIds(input?.organizations),
    topicIds: recordIds(input?.topics),
    kinds: input?.kinds ?? null,
    summitIds: recordIds(input?.summits),
    meetingIds: recordIds(input?.meetings),
    from: input?.from ?? null,
    to: input?.to ?? null,
    text: input?.text ?? null,
  };
}
