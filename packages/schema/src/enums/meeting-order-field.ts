import type { MeetingOrderField } from '@parley/domain';
import { builder } from '../builder.ts';

export const MeetingOrderFieldEnum = builder.enumType('MeetingOrderField', {
  description: 'What to sort meetings by.',
  values: {
    DATE: { description: 'By date: earliest possible day, then latest possible day.' },
    TITLE: { description: 'By title, alphabetically.' },
  } satisfies Record<MeetingOrderField, { description: string }>,
});
