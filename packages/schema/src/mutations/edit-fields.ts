import type { InputFieldBuilder } from '@pothos/core';
import type { ParleyTypes } from '../builder.ts';

/** The fields of every change of an existing record: which one, the revision read, and why. */
export const editFields = (t: InputFieldBuilder<ParleyTypes, 'InputObject'>, record: string) => ({
  id: t.id({ required: true, description: `The global id of the ${record}.` }),
  expectedRevision: t.int({
    required: true,
    description:
      'The revision read before editing; a stale one is a CONFLICT userError and nothing is written.',
  }),
  reason: t.string({ description: 'Why the record changes, kept with its revision.' }),
});
