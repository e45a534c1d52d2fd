import type { UserError } from '@parley/domain';
import { builder } from '../builder.ts';
import { UserErrorCodeEnum } from '../enums/user-error-code.ts';

export const UserErrorRef = builder.objectRef<UserError>('UserError').implement({
  description: 'A problem with a mutation’s input that the user can fix; nothing was written.',
  fields: (t) => ({
    field: t.exposeStringList('field', {
      description: 'The path of the input field at fault, e.g. `["citations", "0", "excerpt"]`.',
    }),
    message: t.exposeString('message', { description: 'What is wrong, for a person to read.' }),
    code: t.expose('code', {
      type: UserErrorCodeEnum,
      description: 'What is wrong, for a program to act on.',
    }),
  }),
});
