import { builder } from '../builder.ts';
import { ParticipantRoleEnum } from '../enums/participant-role.ts';

export const ParticipantInput = builder.inputType('ParticipantInput', {
  description: 'A person taking part in a meeting or summit.',
  fields: (t) => ({
    personId: t.id({ required: true, description: 'The global id of the person.' }),
    role: t.field({ type: ParticipantRoleEnum, required: true, description: 'The part they played.' }),
  }),
});
