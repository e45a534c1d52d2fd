import type { Viewer } from '@parley/domain';
import { builder } from '../builder.ts';
import { AccountRoleEnum } from '../enums/account-role.ts';

const ViewerRef = builder.objectRef<Viewer>('Viewer').implement({
  description: 'The signed-in account a request comes from.',
  fields: (t) => ({
    email: t.exposeString('email', { description: 'The email address the account signs in with.' }),
    role: t.expose('role', { type: AccountRoleEnum, description: 'What the account may do.' }),
  }),
});

builder.queryFields((t) => ({
  viewer: t.field({
    type: ViewerRef,
    nullable: true,
    description:
      'Who is asking: the account of the `Authorization: Bearer TOKEN` or session cookie sent; null for an anonymous reader (or a token that is not valid).',
    resolve: (_root, _args, { viewer }) => viewer,
  }),
}));
