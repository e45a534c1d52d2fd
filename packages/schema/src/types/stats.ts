import type { StoreStats } from '@parley/domain';
import { builder } from '../builder.ts';

const StatsRef = builder.objectRef<StoreStats>('Stats').implement({
  description: 'How many records of each type Parley holds.',
  fields: (t) => ({
    summits: t.exposeInt('summit', { description: 'Number of summits.' }),
    meetings: t.exposeInt('meeting', { description: 'Number of meetings.' }),
    statements: t.exposeInt('statement', { description: 'Number of statements.' }),
    people: t.exposeInt('person', { description: 'Number of people.' }),
    organizations: t.exposeInt('organization', { description: 'Number of organizations.' }),
    places: t.exposeInt('place', { description: 'Number of places.' }),
    sources: t.exposeInt('source', { description: 'Number of sources cited.' }),
    topics: t.exposeInt('topic', { description: 'Number of topics.' }),
  }),
});

builder.queryFields((t) => ({
  stats: t.field({
    type: StatsRef,
    description: 'How many records of each type Parley holds.',
    resolve: (_root, _args, { store }) => store.stats(),
  }),
}));
