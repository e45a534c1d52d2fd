import { builder } from '../builder.ts';

export const ProposedActionEnum = builder.enumType('ProposedAction', {
  description: 'What a proposed record does to the record.',
  values: {
    CREATE: { value: 'create', description: 'A new record.' },
    UPDATE: {
      value: 'update',
      description: 'A new version of a recorded one (a refined date, a further citation…).',
    },
  } as const,
});
