import { builder } from '../builder.ts';
import { AnyRecordTypeEnum } from '../enums/any-record-type.ts';
import { pageArgs } from '../paging.ts';
import { requireRole } from '../require-role.ts';
import { RevisionConnection, RevisionRef } from './revision.ts';

builder.queryFields((t) => ({
  changes: t.connection(
    {
      type: RevisionRef,
      description: 'The audit log (admins only): every change of every record, newest first.',
      args: {
        actor: t.arg.stringList({ description: 'Only changes by these account ids (or "import").' }),
        types: t.arg({ type: [AnyRecordTypeEnum], description: 'Only changes of these record types.' }),
        from: t.arg.string({ description: 'Only changes at or after this ISO 8601 time or day (UTC).' }),
        to: t.arg.string({ description: 'Only changes at or before this ISO 8601 time or day (UTC).' }),
      },
      resolve: (_root, args, { store, viewer }) => {
        requireRole(viewer, 'admin');
        return store.changes({
          ...pageArgs(args),
          actors: args.actor,
          types: args.types,
          from: args.from,
          to: args.to,
        });
      },
    },
    RevisionConnection,
  ),
}));
