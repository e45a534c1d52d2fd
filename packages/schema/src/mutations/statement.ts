import { StatementKindEnum } from '../enums/statement-kind.ts';
import { CitationInput } from '../inputs/citation-input.ts';
import { FuzzyDateInput } from '../inputs/fuzzy-date-input.ts';
import { StatementRelationInput } from '../inputs/statement-relation-input.ts';
import { StatementRef } from '../refs.ts';
import { recordMutations } from './record-mutations.ts';

recordMutations({
  type: 'statement',
  ref: StatementRef,
  noun: 'a statement',
  update: true,
  fields: (t, create) => ({
    kind: t.field({
      type: StatementKindEnum,
      required: create,
      description: 'What form the statement took.',
    }),
    quote: t.string({ description: 'The words as printed, verbatim; a quote or a paraphrase is needed.' }),
    paraphrase: t.string({ description: 'What was said, where no quote was printed.' }),
    speakerId: t.id({ description: 'The global id of the person who said it (or give `organizationId`).' }),
    organizationId: t.id({ description: 'The global id of the organization that issued it.' }),
    date: t.field({ type: FuzzyDateInput, required: create, description: 'When it was said.' }),
    venueId: t.id({ description: 'The global id of the place it was said at.' }),
    topicIds: t.idList({ description: 'The global ids of its topics.' }),
    summitId: t.id({ description: 'The global id of the summit it is about.' }),
    meetingId: t.id({ description: 'The global id of the meeting it was said at.' }),
    relations: t.field({ type: [StatementRelationInput], description: 'How it bears on other statements.' }),
    citations: t.field({
      type: [CitationInput],
      required: create,
      description: 'Where it is reported (one or more).',
    }),
  }),
});
