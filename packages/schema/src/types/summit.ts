import { asOfDescription, viewAsOf } from '../as-of.ts';
import { builder } from '../builder.ts';
import { SummitStatusEnum } from '../enums/summit-status.ts';
import { PlaceRef, SummitRef, TopicRef } from '../refs.ts';
import { CandidateLocationRef } from './candidate-location.ts';
import { CitationRef } from './citation.ts';
import { FuzzyDateRef } from './fuzzy-date.ts';
import { meetingsConnection } from './meeting-connection.ts';
import { ParticipantRef } from './participant.ts';
import { statementsConnection } from './statement-connection.ts';
import { summitsConnection } from './summit-connection.ts';
import { SummitDevelopmentRef } from './summit-development.ts';

SummitRef.implement({
  description: 'A meeting of leaders; its date and location stay null while unknown.',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'A URL-friendly name, unique among summits.' }),
    title: t.exposeString('title', { description: 'The summit\'s name, e.g. "Singapore summit".' }),
    ordinal: t.exposeInt('ordinal', {
      nullable: true,
      description: 'Which summit of its series it is (1st, 2nd…); null when not counted.',
    }),
    status: t.expose('status', { type: SummitStatusEnum, description: 'Where the summit stands now.' }),
    date: t.expose('date', {
      type: FuzzyDateRef,
      nullable: true,
      description: 'When it takes or took place, at the precision known; null while unknown.',
    }),
    location: t.field({
      type: PlaceRef,
      nullable: true,
      description: 'Where it takes or took place; null while to be announced.',
      resolve: (summit) => summit.locationId,
    }),
    candidateLocations: t.expose('candidateLocations', {
      type: [CandidateLocationRef],
      description: 'Places reported as possible venues, with who reported them.',
    }),
    participants: t.expose('participants', {
      type: [ParticipantRef],
      description: 'The people taking part.',
    }),
    developments: t.expose('developments', {
      type: [SummitDevelopmentRef],
      description: "The summit's history: what was announced or happened when, in order.",
    }),
    topics: t.field({
      type: [TopicRef],
      description: 'What the summit is about.',
      resolve: (summit) => summit.topicIds,
    }),
    citations: t.expose('citations', { type: [CitationRef], description: 'Where the summit is reported.' }),
    meetings: meetingsConnection(t, 'Meetings that prepare this summit.', (summit) => ({
      summitIds: [summit.id],
    })),
    statements: statementsConnection(t, 'Statements about this summit.', (summit) => ({
      summitIds: [summit.id],
    })),
  }),
});

builder.queryFields((t) => ({
  summits: summitsConnection(
    t,
    'Summits; by date, earliest first, unless `orderBy` says otherwise.',
    () => ({}),
  ),
  summit: t.field({
    type: SummitRef,
    nullable: true,
    description: 'A summit by slug, e.g. "singapore-2018"; null when there is none (or none yet, `asOf`).',
    args: {
      slug: t.arg.string({ required: true, description: "The summit's slug." }),
      asOf: t.arg({ type: 'Date', description: asOfDescription }),
    },
    resolve: async (_root, { slug, asOf }, context) =>
      viewAsOf(context, 'summit', (await context.store.loadBySlug('summit', [slug]))[0], asOf),
  }),
}));
