import type { ParticipantRole } from '@parley/domain';
import { builder } from '../builder.ts';

export const ParticipantRoleEnum = builder.enumType('ParticipantRole', {
  description: 'The part a person played in a meeting or summit.',
  values: {
    HOST: { description: 'Received the others.' },
    GUEST: { description: 'Was received by the host.' },
    ATTENDEE: { description: 'Took part, with no host or guest role recorded.' },
  } satisfies Record<ParticipantRole, { description: string }>,
});
