import type { Revision } from '@parley/domain';
import { builder } from '../builder.ts';
import { AnyRecordTypeEnum } from '../enums/any-record-type.ts';
import { encodeId, typenameOf } from '../global-id.ts';

/** The roles that may see who made a change. */
const staffRoles = new Set(['editor', 'admin']);

export const RevisionRef = builder.objectRef<Revision>('Revision').implement({
  description: 'One change of one record: who made it, when, why, and the record before and after.',
  fields: (t) => ({
    recordId: t.id({
      description: 'The global id of the record changed.',
      resolve: (r) => encodeId(typenameOf(r.type), r.recordId),
    }),
    type: t.expose('type', { type: AnyRecordTypeEnum, description: 'The type of the record changed.' }),
    revision: t.exposeInt('revision', {
      description: 'The number of this revision: 1 for the first version.',
    }),
    at: t.exposeString('at', { description: 'When the change was committed (ISO 8601, UTC).' }),
    // The account's id, not its email: emails are for admins only, and an id alone names no one publicly.
    actorId: t.exposeString('actor', {
      description: 'Who made the change: an opaque account id, or "import" for imported data.',
    }),
    actorEmail: t.loadable({
      type: 'String',
      nullable: true,
      description:
        'The email of the account that made the change, for signed-in editors and admins; null for readers and for imported data.',
      load: async (ids: string[], { emailsOf }) => {
        const emails = emailsOf ? await emailsOf(ids) : new Map<string, string>();
        return ids.map((id) => emails.get(id) ?? null);
      },
      // Named by role, not by being signed in: a role added later sees no emails until it is listed here.
      resolve: (r, _args, { viewer }) =>
        viewer && staffRoles.has(viewer.role) && r.actor !== 'import' ? r.actor : null,
    }),
    reason: t.exposeString('reason', { nullable: true, description: 'The reason the editor gave, if any.' }),
    before: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'The whole record before the change (the Store’s shape, record ids), null when it was created.',
      resolve: (r) => r.before,
    }),
    after: t.field({
      type: 'JSON',
      description: 'The whole record after the change (the Store’s shape, record ids).',
      resolve: (r) => r.after,
    }),
  }),
});

/** The connection type of revisions, shared by every record's `history` and the `changes` feed. */
export const RevisionConnection = builder.connectionObject(
  { type: RevisionRef, name: 'RevisionConnection', description: 'A page of revisions, newest first.' },
  { name: 'RevisionEdge', description: 'A revision and its position in the list.' },
);
