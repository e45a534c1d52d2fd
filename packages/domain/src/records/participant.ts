import { z } from 'zod';
import { Id } from './common.ts';
import { ParticipantRole } from './enums.ts';

/** A person taking part in a meeting or summit, with the part they played. */
export const ParticipantSchema = z.object({
  personId: Id,
  role: ParticipantRole,
});
export type Participant = z.infer<typeof ParticipantSchema>;
