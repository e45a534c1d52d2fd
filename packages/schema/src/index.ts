import { builder } from './builder.ts';
import './scalars/date.ts';
import './types/total-count.ts';
import './types/candidate-location.ts';
import './types/citation.ts';
import './types/fuzzy-date.ts';
import './types/meeting.ts';
import './types/organization.ts';
import './types/participant.ts';
import './types/person.ts';
import './types/place.ts';
import './types/role.ts';
import './types/search-result.ts';
import './types/source.ts';
import './types/statement.ts';
import './types/statement-relation.ts';
import './types/stats.ts';
import './types/summit.ts';
import './types/summit-development.ts';
import './types/timeline-item.ts';
import './types/topic.ts';

builder.queryType({
  description: 'The read side of Parley: summits, meetings, statements and who said what.',
});

/** Parley's GraphQL schema; resolvers speak only to the Store found in the context. */
export const schema = builder.toSchema();

export { createContext, type ParleyContext } from './context.ts';
export { clientError } from './errors.ts';
