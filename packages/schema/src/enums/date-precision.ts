import type { DatePrecision } from '@parley/domain';
import { builder } from '../builder.ts';

export const DatePrecisionEnum = builder.enumType('DatePrecision', {
  description: 'How finely a fuzzy date is known.',
  values: {
    DAY: { description: 'A single day, e.g. "Friday" resolved against the publication date.' },
    PART_OF_MONTH: { description: 'Early, mid or late in a month, e.g. "near the end of February".' },
    MONTH: { description: 'A whole month, e.g. "June 2018".' },
    YEAR: { description: 'A whole year, e.g. "last year".' },
    RANGE: { description: 'Any span between two dates that the source allows.' },
  } satisfies Record<DatePrecision, { description: string }>,
});
