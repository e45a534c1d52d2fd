import { builder } from './builder.ts';
import './scalars/date.ts';
import './scalars/json.ts';
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
import './types/viewer.ts';
import './types/record-history.ts';
import './types/changes.ts';
import './subscriptions/record-changed.ts';
import './subscriptions/summit-updated.ts';
import './mutations/source.ts';
import './mutations/statement.ts';
import './mutations/person.ts';
import './mutations/place.ts';
import './mutations/organization.ts';
import './mutations/meeting.ts';
import './mutations/summit.ts';
import './mutations/add-summit-development.ts';
import './mutations/revert-record.ts';
import './mutations/retract-record.ts';
import './mutations/merge-people.ts';
import './mutations/propose-from-article.ts';
import './mutations/apply-proposal.ts';

builder.queryType({
  description: 'The read side of Parley: summits, meetings, statements and who said what.',
});
builder.mutationType({
  description:
    'The write side of Parley (editors): every change cites its sources and is kept as a revision.',
});

builder.subscriptionType({
  description:
    'Live updates over Server-Sent Events (graphql-sse): what changes as editors write, without polling.',
});

/** Parley's GraphQL schema; resolvers speak only to the Store found in the context. */
export const schema = builder.toSchema();

export { createContext, type ParleyContext } from './context.ts';
export { clientError } from './errors.ts';
export { liveCommitOf } from './live/live-commit.ts';
export { createLiveFeed, type LiveFeed } from './live/live-feed.ts';
export {
  type LiveCommit,
  LiveInterruption,
  type LiveUpdates,
  type RecordChangeKind,
  type RecordWrite,
} from './live/live-updates.ts';
export { requireRole } from './require-role.ts';
