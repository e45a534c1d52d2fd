import { type AccountRole, createEditor, type Editor, type EditResult } from '@parley/domain';
import type { InputFieldBuilder, InputFieldMap, OutputType } from '@pothos/core';
import { builder, type ParleyTypes } from '../builder.ts';
import type { ParleyContext } from '../context.ts';
import { requireRole } from '../require-role.ts';
import { primeRevisions } from '../types/record-history.ts';
import { UserErrorRef } from '../types/user-error.ts';
import { decodeInputIds } from './input-ids.ts';

/** One mutation: its name, what it does, the record its payload carries, its input fields and the edit it runs. */
export interface MutationSpec {
  /** e.g. `createStatement`: names the `CreateStatementInput` and `CreateStatementPayload` types too. */
  name: string;
  description: string;
  /** Who may run it: editors (and admins) unless it says admins only. */
  role?: AccountRole;
  /** False when the input holds no global ids (its records carry record ids, as JSON). */
  globalIds?: boolean;
  /** The payload's field for the record written, e.g. `statement`, its type and description. */
  payloadField: string;
  payloadType: OutputType<ParleyTypes> | [OutputType<ParleyTypes>];
  payloadDescription: string;
  inputDescription: string;
  fields: (t: InputFieldBuilder<ParleyTypes, 'InputObject'>) => InputFieldMap;
  /** The editor's operation; the input's ids are record ids by then, and the domain validates the rest. */
  edit: (editor: Editor, actor: string, input: never, context: ParleyContext) => Promise<EditResult<unknown>>;
}

// One editor per context: it holds nothing but the store, so it lives as long as the request.
const editors = new WeakMap<ParleyContext, Editor>();
const editorOf = (ctx: ParleyContext) => {
  const editor = editors.get(ctx) ?? createEditor(ctx.store);
  editors.set(ctx, editor);
  return editor;
};

/** `createStatement` → `CreateStatement`, for the names of the types a mutation brings. */
export const pascal = (name: string) => name[0]?.toUpperCase() + name.slice(1);

/**
 * Adds one mutation with its one input object and one payload (`{ <record>, userErrors }`), per Relay and
 * Shopify: the role is checked first, before anything is read or written; what the user can fix comes back as
 * userErrors, never as a thrown error.
 */
export function defineMutation(spec: MutationSpec): void {
  const input = builder.inputType(`${pascal(spec.name)}Input`, {
    description: spec.inputDescription,
    fields: spec.fields,
  });
  const payload = builder.objectRef<EditResult<unknown>>(`${pascal(spec.name)}Payload`).implement({
    description: `What \`${spec.name}\` answers: the record as written, or why nothing was.`,
    fields: (t) => ({
      [spec.payloadField]: t.field({
        type: spec.payloadType,
        nullable: true,
        description: `${spec.payloadDescription} Null when \`userErrors\` is not empty.`,
        resolve: (result) => result.record as never,
      }),
      userErrors: t.field({
        type: [UserErrorRef],
        description: 'Why the input was refused; empty when the change was written.',
        resolve: (result) => result.userErrors,
      }),
    }),
  });
  builder.mutationField(spec.name, (t) =>
    t.field({
      type: payload,
      description: spec.description,
      args: { input: t.arg({ type: input, required: true, description: 'What to write.' }) },
      resolve: async (_root, args, ctx) => {
        const viewer = requireRole(ctx.viewer, spec.role ?? 'editor');
        const { value, userErrors } =
          spec.globalIds === false ? { value: args.input, userErrors: [] } : decodeInputIds(args.input);
        if (userErrors.length) return { record: null, userErrors };
        const result = await spec.edit(editorOf(ctx), viewer.id, value as never, ctx);
        if (result.revisions) primeRevisions(ctx, result.revisions);
        return result;
      },
    }),
  );
}
