import type { Participant } from '@parley/domain';
import { builder } from '../builder.ts';
import { ParticipantRoleEnum } from '../enums/participant-role.ts';
import { PersonRef } from '../refs.ts';

export const ParticipantRef = builder.objectRef<Participant>('Participant').implement({
  description: 'A person taking part in a meeting or summit, with the part they played.',
  fields: (t) => ({
    person: t.field({
      type: PersonRef,
      description: 'Who took part.',
      resolve: (participant) => participant.personId,
    }),
    role: t.expose('role', { type: ParticipantRoleEnum, description: 'The part they played.' }),
  }),
});
