import { SummitStatusEnum } from '../enums/summit-status.ts';
import { CandidateLocationInput } from '../inputs/candidate-location-input.ts';
import { CitationInput } from '../inputs/citation-input.ts';
import { FuzzyDateInput } from '../inputs/fuzzy-date-input.ts';
import { ParticipantInput } from '../inputs/participant-input.ts';
import { SummitRef } from '../refs.ts';
import { recordMutations } from './record-mutations.ts';

recordMutations({
  type: 'summit',
  ref: SummitRef,
  noun: 'a summit',
  update: true,
  fields: (t, create) => ({
    title: t.string({ required: create, description: 'The summit’s title.' }),
    ordinal: t.int({ description: 'Its number in a series of summits between the same parties.' }),
    status: t.field({ type: SummitStatusEnum, required: create, description: 'Where it stands.' }),
    date: t.field({ type: FuzzyDateInput, description: 'When it is or was held, as precisely as reported.' }),
    locationId: t.id({ description: 'The global id of the place it is held at, once known.' }),
    candidateLocations: t.field({
      type: [CandidateLocationInput],
      description: 'Places reported as possible.',
    }),
    participants: t.field({ type: [ParticipantInput], description: 'Who takes part.' }),
    topicIds: t.idList({ description: 'The global ids of its topics.' }),
    citations: t.field({
      type: [CitationInput],
      required: create,
      description: 'Where it is reported (one or more).',
    }),
  }),
});
