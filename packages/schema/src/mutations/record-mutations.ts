import type { EditableType, Editor } from '@parley/domain';
import type { InputFieldBuilder, InputFieldMap, OutputType } from '@pothos/core';
import type { ParleyTypes } from '../builder.ts';
import { defineMutation, pascal } from './define-mutation.ts';
import { editFields } from './edit-fields.ts';

type Name = Capitalize<EditableType>;

/** A record type's editable fields, once for both mutations: `create` says whether the required ones are. */
export interface RecordMutationsSpec<T extends EditableType> {
  type: T;
  ref: OutputType<ParleyTypes>;
  /** e.g. "a statement", in descriptions. */
  noun: string;
  fields: (t: InputFieldBuilder<ParleyTypes, 'InputObject'>, create: boolean) => InputFieldMap;
  /** Whether there is an `update…` mutation too. */
  update: boolean;
}

/** `create<Type>` and, when asked, `update<Type>`, sharing the record's fields. */
export function recordMutations<T extends EditableType>(spec: RecordMutationsSpec<T>): void {
  const Type = pascal(spec.type) as Name;
  const common = {
    payloadField: spec.type,
    payloadType: spec.ref,
    payloadDescription: `The ${spec.type} as written.`,
  };
  defineMutation({
    ...common,
    name: `create${Type}`,
    description: `Adds ${spec.noun} (editors): its slug (and so its id) is made from it unless \`slug\` is given.`,
    inputDescription: `A new ${spec.type}.`,
    fields: (t) => ({
      ...spec.fields(t, true),
      slug: t.string({
        description:
          'The slug to give it; when left out, made from its title or name (a statement’s from its speaker, date and kind).',
      }),
      reason: t.string({ description: 'Why the record is added, kept with its revision.' }),
    }),
    edit: (editor, actor, input) => (editor[`create${Type}`] as Editor['createSource'])(actor, input),
  });
  if (!spec.update) return;
  defineMutation({
    ...common,
    name: `update${Type}`,
    description: `Changes ${spec.noun} (editors): the fields given are set (null clears one), the others stay.`,
    inputDescription: `A change of a ${spec.type}.`,
    fields: (t) => ({
      ...editFields(t, spec.type),
      ...spec.fields(t, false),
    }),
    edit: (editor, actor, input) =>
      (editor[`update${Type}` as keyof Editor] as Editor['updateStatement'])(actor, input),
  });
}
