import type { SummitStatus } from '@parley/domain';
import { builder } from '../builder.ts';

export const SummitStatusEnum = builder.enumType('SummitStatus', {
  description: 'Where a summit stands in its life.',
  values: {
    PROPOSED: { description: 'Suggested by one side, not yet agreed.' },
    ANNOUNCED: { description: 'Publicly announced; date or place may still be open.' },
    SCHEDULED: { description: 'Date and place fixed.' },
    POSTPONED: { description: 'Put off to a later date.' },
    CANCELLED: { description: 'Called off.' },
    HELD: { description: 'Took place.' },
  } satisfies Record<SummitStatus, { description: string }>,
});
