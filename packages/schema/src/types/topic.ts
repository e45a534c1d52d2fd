import { builder } from '../builder.ts';
import { TopicRef } from '../refs.ts';
import { statementsConnection } from './statement-connection.ts';

TopicRef.implement({
  description: 'A subject that summits, meetings and statements are about.',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'A URL-friendly name, unique among topics.' }),
    name: t.exposeString('name', { description: 'The name of the topic.' }),
    statements: statementsConnection(t, 'Statements on this topic.', (topic) => ({ topicIds: [topic.id] })),
  }),
});

builder.queryFields((t) => ({
  topics: t.field({
    type: [TopicRef],
    description: 'Every topic, by name: a short curated list, so it is not paged.',
    resolve: (_root, _args, { store }) => store.listTopics(),
  }),
}));
