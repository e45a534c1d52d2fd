import type { UserErrorCode } from '@parley/domain';
import { builder } from '../builder.ts';

export const UserErrorCodeEnum = builder.enumType('UserErrorCode', {
  description: 'Why a mutation refused its input, so a client can react without reading the message.',
  values: {
    INVALID: {
      value: 'INVALID',
      description: 'The value breaks a rule of the record (its shape, a date, a length).',
    },
    NOT_FOUND: { value: 'NOT_FOUND', description: 'No record has this id, or it is not a Parley id at all.' },
    CONFLICT: {
      value: 'CONFLICT',
      description: 'The record changed since it was read: `expectedRevision` is stale; read it again.',
    },
    NOT_IN_SOURCE: {
      value: 'NOT_IN_SOURCE',
      description: 'An excerpt or quote does not occur word for word in the text stored for its source.',
    },
    TAKEN: { value: 'TAKEN', description: 'Another record already has this slug.' },
  } as const satisfies Record<UserErrorCode, { value: UserErrorCode; description: string }>,
});
