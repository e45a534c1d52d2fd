import { builder } from '../builder.ts';
import { DatePrecisionEnum } from '../enums/date-precision.ts';

export const FuzzyDateInput = builder.inputType('FuzzyDateInput', {
  description: 'A date at the precision the source gave it: its words, EDTF and inclusive bounds.',
  fields: (t) => ({
    text: t.string({ description: 'The source’s words for the date, e.g. "near the end of February".' }),
    edtf: t.string({
      required: true,
      description: 'The date in EDTF, e.g. `2019-02` or `2019-02-27/2019-02-28`.',
    }),
    earliest: t.field({ type: 'Date', required: true, description: 'The first day the date allows.' }),
    latest: t.field({ type: 'Date', required: true, description: 'The last day the date allows.' }),
    precision: t.field({ type: DatePrecisionEnum, required: true, description: 'How precise the date is.' }),
  }),
});
