import type { SummitDevelopment } from '@parley/domain';
import { builder } from '../builder.ts';
import { SummitStatusEnum } from '../enums/summit-status.ts';
import { CitationRef } from './citation.ts';
import { FuzzyDateRef } from './fuzzy-date.ts';

export const SummitDevelopmentRef = builder.objectRef<SummitDevelopment>('SummitDevelopment').implement({
  description:
    "One step in a summit's history: what was announced or happened, when, and the status it led to.",
  fields: (t) => ({
    sequence: t.exposeInt('sequence', { description: "Its place in the summit's history, from 1." }),
    date: t.expose('date', {
      type: FuzzyDateRef,
      nullable: true,
      description: 'When it happened; null when the source does not say.',
    }),
    status: t.expose('status', {
      type: SummitStatusEnum,
      description: 'The status the summit had after it.',
    }),
    description: t.exposeString('description', { description: 'What was announced or happened.' }),
    citation: t.expose('citation', { type: CitationRef, description: 'Where this comes from.' }),
  }),
});
