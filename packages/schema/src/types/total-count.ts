import { builder } from '../builder.ts';

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description:
      'How many records the whole filtered list holds, across all pages. Counted only when asked for: leave it out when a page is all you need.',
    // The Store counts lazily, so a query without this field costs no count.
    resolve: (page) => page.totalCount(),
  }),
);
