import { builder } from '../builder.ts';
import { MeetingRef, PlaceRef, SummitRef, TopicRef } from '../refs.ts';
import { CitationRef } from './citation.ts';
import { FuzzyDateRef } from './fuzzy-date.ts';
import { meetingsConnection } from './meeting-connection.ts';
import { ParticipantRef } from './participant.ts';
import { statementsConnection } from './statement-connection.ts';

MeetingRef.implement({
  description: 'Who met whom, when, where and for how long, and the summit it prepared.',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'A URL-friendly name, unique among meetings.' }),
    title: t.exposeString('title', { description: 'A short name for the meeting.' }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'What the meeting was, in a sentence; null when there is nothing to add.',
    }),
    date: t.expose('date', {
      type: FuzzyDateRef,
      description: 'When it took place, at the precision known.',
    }),
    durationMinutes: t.exposeInt('durationMinutes', {
      nullable: true,
      description: 'How long it lasted, in minutes; null when the source does not say.',
    }),
    location: t.field({
      type: PlaceRef,
      nullable: true,
      description: 'Where it took place; null when the source does not say.',
      resolve: (meeting) => meeting.locationId,
    }),
    participants: t.expose('participants', {
      type: [ParticipantRef],
      description: 'Who took part, with the part each played (host, guest, attendee).',
    }),
    topics: t.field({
      type: [TopicRef],
      description: 'What the meeting was about.',
      resolve: (meeting) => meeting.topicIds,
    }),
    summit: t.field({
      type: SummitRef,
      nullable: true,
      description: 'The summit this meeting prepared; null when none.',
      resolve: (meeting) => meeting.summitId,
    }),
    statements: statementsConnection(t, 'Statements about this meeting.', (meeting) => ({
      meetingIds: [meeting.id],
    })),
    citations: t.expose('citations', { type: [CitationRef], description: 'Where the meeting is reported.' }),
  }),
});

builder.queryFields((t) => ({
  meetings: meetingsConnection(
    t,
    'Meetings; by date, earliest first, unless `orderBy` says otherwise.',
    () => ({}),
  ),
  meeting: t.field({
    type: MeetingRef,
    nullable: true,
    description: 'A meeting by slug; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: "The meeting's slug." }) },
    resolve: async (_root, { slug }, { store }) => (await store.loadBySlug('meeting', [slug]))[0],
  }),
}));
