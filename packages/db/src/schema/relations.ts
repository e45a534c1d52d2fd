import { relations } from 'drizzle-orm';
import { meetingCitations, meetingParticipants, meetings, meetingTopics } from './meetings.ts';
import { people, roles } from './people.ts';
import { statementCitations, statementRelations, statements, statementTopics } from './statements.ts';
import {
  candidateLocations,
  summitCitations,
  summitDevelopments,
  summitParticipants,
  summits,
  summitTopics,
} from './summits.ts';

// What drizzle's relational queries join, so one statement loads a record with all its lists.
export const peopleRelations = relations(people, ({ many }) => ({ roles: many(roles) }));
export const rolesRelations = relations(roles, ({ one }) => ({
  person: one(people, { fields: [roles.personId], references: [people.id] }),
}));

export const summitsRelations = relations(summits, ({ many }) => ({
  candidateLocations: many(candidateLocations),
  participants: many(summitParticipants),
  developments: many(summitDevelopments),
  topics: many(summitTopics),
  citations: many(summitCitations),
}));
export const candidateLocationsRelations = relations(candidateLocations, ({ one }) => ({
  summit: one(summits, { fields: [candidateLocations.summitId], references: [summits.id] }),
}));
export const summitDevelopmentsRelations = relations(summitDevelopments, ({ one }) => ({
  summit: one(summits, { fields: [summitDevelopments.summitId], references: [summits.id] }),
}));
export const summitParticipantsRelations = relations(summitParticipants, ({ one }) => ({
  owner: one(summits, { fields: [summitParticipants.ownerId], references: [summits.id] }),
}));
export const summitTopicsRelations = relations(summitTopics, ({ one }) => ({
  owner: one(summits, { fields: [summitTopics.ownerId], references: [summits.id] }),
}));
export const summitCitationsRelations = relations(summitCitations, ({ one }) => ({
  owner: one(summits, { fields: [summitCitations.ownerId], references: [summits.id] }),
}));

export const meetingsRelations = relations(meetings, ({ many }) => ({
  participants: many(meetingParticipants),
  topics: many(meetingTopics),
  citations: many(meetingCitations),
}));
export const meetingParticipantsRelations = relations(meetingParticipants, ({ one }) => ({
  owner: one(meetings, { fields: [meetingParticipants.ownerId], references: [meetings.id] }),
}));
export const meetingTopicsRelations = relations(meetingTopics, ({ one }) => ({
  owner: one(meetings, { fields: [meetingTopics.ownerId], references: [meetings.id] }),
}));
export const meetingCitationsRelations = relations(meetingCitations, ({ one }) => ({
  owner: one(meetings, { fields: [meetingCitations.ownerId], references: [meetings.id] }),
}));

export const statementsRelations = relations(statements, ({ many }) => ({
  relations: many(statementRelations, { relationName: 'outgoing' }),
  topics: many(statementTopics),
  citations: many(statementCitations),
}));
export const statementRelationsRelations = relations(statementRelations, ({ one }) => ({
  source: one(statements, {
    fields: [statementRelations.sourceId],
    references: [statements.id],
    relationName: 'outgoing',
  }),
}));
export const statementTopicsRelations = relations(statementTopics, ({ one }) => ({
  owner: one(statements, { fields: [statementTopics.ownerId], references: [statements.id] }),
}));
export const statementCitationsRelations = relations(statementCitations, ({ one }) => ({
  owner: one(statements, { fields: [statementCitations.ownerId], references: [statements.id] }),
}));
