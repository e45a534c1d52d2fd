import type { SummitFilter } from '@parley/domain';
import { builder } from '../builder.ts';
import { SummitStatusEnum } from '../enums/summit-status.ts';
import { recordIds } from '../paging.ts';
import { PersonRef } from '../refs.ts';

export const SummitFilterInput = builder.inputType('SummitFilter', {
  description: 'Which summits to list; every condition given must hold, a list matches any of its values.',
  fields: (t) => ({
    statuses: t.field({ type: [SummitStatusEnum], description: 'In one of these statuses.' }),
    participants: t.globalIDList({ for: PersonRef, description: 'With one of these people taking part.' }),
  }),
});

export function summitFilter(input: typeof SummitFilterInput.$inferInput | null | undefined): SummitFilter {
  return { statuses: input?.statuses ?? null, participantIds: recordIds(input?.participants) };
}
