import { builder } from '../builder.ts';

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many records the whole filtered list holds, across all pages.',
    resolve: (page) => page.totalCount,
  }),
);
