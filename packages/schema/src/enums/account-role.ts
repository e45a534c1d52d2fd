import type { AccountRole } from '@parley/domain';
import { builder } from '../builder.ts';

export const AccountRoleEnum = builder.enumType('AccountRole', {
  description: 'What a signed-in account may do.',
  values: {
    EDITOR: { value: 'editor', description: 'Creates and changes records.' },
    ADMIN: {
      value: 'admin',
      description:
        'What an editor may, and also retracts and merges records, manages accounts and reads the audit log.',
    },
  } as const satisfies Record<string, { value: AccountRole; description: string }>,
});
