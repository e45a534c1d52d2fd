import { CitationInput } from '../inputs/citation-input.ts';
import { FuzzyDateInput } from '../inputs/fuzzy-date-input.ts';
import { ParticipantInput } from '../inputs/participant-input.ts';
import { MeetingRef } from '../refs.ts';
import { recordMutations } from './record-mutations.ts';

recordMutations({
  type: 'meeting',
  ref: MeetingRef,
  noun: 'a meeting',
  update: true,
  fields: (t, create) => ({
    title: t.string({ required: create, description: 'A short title.' }),
    description: t.string({ description: 'What the meeting was about.' }),
    date: t.field({ type: FuzzyDateInput, required: create, description: 'When it took place.' }),
    durationMinutes: t.int({ description: 'How long it lasted, in minutes, when reported.' }),
    locationId: t.id({ description: 'The global id of the place it took place at.' }),
    participants: t.field({
      type: [ParticipantInput],
      required: create,
      description: 'Who met (two or more).',
    }),
    topicIds: t.idList({ description: 'The global ids of its topics.' }),
    summitId: t.id({ description: 'The global id of the summit it prepared.' }),
    citations: t.field({
      type: [CitationInput],
      required: create,
      description: 'Where it is reported (one or more).',
    }),
  }),
});
