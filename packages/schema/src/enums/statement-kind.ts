import type { StatementKind } from '@parley/domain';
import { builder } from '../builder.ts';

export const StatementKindEnum = builder.enumType('StatementKind', {
  description: 'The form a statement took.',
  values: {
    STATEMENT: { description: 'A written statement issued by a person or an office.' },
    REMARKS: { description: 'Spoken remarks, e.g. at a briefing or an event.' },
    TWEET: { description: 'A post on social media.' },
    REPORT: { description: 'A report by a news outlet or its journalist.' },
    INTERVIEW: { description: 'Words said in an interview.' },
    REPORTED: { description: 'Words attributed to someone by others, not heard first-hand.' },
  } satisfies Record<StatementKind, { description: string }>,
});
