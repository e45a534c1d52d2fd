import { builder } from '../builder.ts';
import { StatementKindEnum } from '../enums/statement-kind.ts';
import {
  MeetingRef,
  OrganizationRef,
  PersonRef,
  PlaceRef,
  StatementRef,
  SummitRef,
  TopicRef,
} from '../refs.ts';
import { CitationRef } from './citation.ts';
import { FuzzyDateRef } from './fuzzy-date.ts';
import { statementsConnection } from './statement-connection.ts';
import { StatementRelationRef } from './statement-relation.ts';

StatementRef.implement({
  description:
    'Who said what: a verbatim quote where one was printed, a paraphrase where only that exists, and its source.',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'A URL-friendly name, unique among statements.' }),
    kind: t.expose('kind', { type: StatementKindEnum, description: 'The form the statement took.' }),
    quote: t.exposeString('quote', {
      nullable: true,
      description: 'The words exactly as printed; null where only a paraphrase exists.',
    }),
    paraphrase: t.exposeString('paraphrase', {
      nullable: true,
      description: "What was said, in the source's or Parley's words; null when the quote says it all.",
    }),
    speaker: t.field({
      type: PersonRef,
      nullable: true,
      description: 'Who said it; null when only an organization issued it.',
      resolve: (statement) => statement.speakerId,
    }),
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The organization that issued it or that the speaker spoke for; null when none.',
      resolve: (statement) => statement.organizationId,
    }),
    date: t.expose('date', { type: FuzzyDateRef, description: 'When it was said, at the precision known.' }),
    venue: t.field({
      type: PlaceRef,
      nullable: true,
      description: 'Where it was said; null when the source does not say.',
      resolve: (statement) => statement.venueId,
    }),
    topics: t.field({
      type: [TopicRef],
      description: 'What the statement is about.',
      resolve: (statement) => statement.topicIds,
    }),
    summit: t.field({
      type: SummitRef,
      nullable: true,
      description: 'The summit it is about; null when none.',
      resolve: (statement) => statement.summitId,
    }),
    meeting: t.field({
      type: MeetingRef,
      nullable: true,
      description: 'The meeting it is about; null when none.',
      resolve: (statement) => statement.meetingId,
    }),
    relations: t.loadableList({
      type: StatementRelationRef,
      description: 'Other statements this one bears on or that bear on it (contradicts, supports, updates…).',
      load: (ids: string[], { store }) => store.loadRelations(ids),
      resolve: (statement) => statement.id,
    }),
    citations: t.expose('citations', {
      type: [CitationRef],
      description: 'Where the statement is reported.',
    }),
  }),
});

builder.queryFields((t) => ({
  statements: statementsConnection(
    t,
    'Statements; by date, earliest first, unless `orderBy` says otherwise.',
    () => ({}),
  ),
  statement: t.field({
    type: StatementRef,
    nullable: true,
    description: 'A statement by slug; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: "The statement's slug." }) },
    resolve: async (_root, { slug }, { store }) => (await store.loadBySlug('statement', [slug]))[0],
  }),
}));
