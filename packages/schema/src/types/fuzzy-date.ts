import { type FuzzyDate, labelFuzzyDate } from '@parley/domain';
import { builder } from '../builder.ts';
import { DatePrecisionEnum } from '../enums/date-precision.ts';

export const FuzzyDateRef = builder.objectRef<FuzzyDate>('FuzzyDate').implement({
  description:
    'A date as a source gave it, kept at its precision: its words, an EDTF string and the inclusive bounds they allow. Never holds a day the source does not give.',
  fields: (t) => ({
    text: t.exposeString('text', {
      nullable: true,
      description: 'The source\'s own words for the date, e.g. "near the end of February"; null when none.',
    }),
    edtf: t.exposeString('edtf', {
      description: 'The date in Extended Date/Time Format (ISO 8601-2), e.g. "2019-02-21/2019-02-28".',
    }),
    earliest: t.expose('earliest', { type: 'Date', description: 'The first day the date allows.' }),
    latest: t.expose('latest', { type: 'Date', description: 'The last day the date allows.' }),
    precision: t.expose('precision', {
      type: DatePrecisionEnum,
      description: 'How finely the date is known.',
    }),
    label: t.string({
      description: 'Human words for the date at its own precision, e.g. "late February 2019".',
      resolve: (date) => labelFuzzyDate(date),
    }),
  }),
});
