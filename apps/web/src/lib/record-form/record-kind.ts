import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { type FragmentOf, graphql, type ResultOf, readFragment } from '../../graphql.ts';
import type { LoadedRecord } from './api-values.ts';
import type { FormValues } from './descriptors.ts';

/** Runs a document as the signed-in editor (`editorQuery`, `editorMutation`), passed in so this stays testable. */
export type Run = <Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
) => Promise<Data>;

export const SaveProblemFragment = graphql(`
  fragment SaveProblem on UserError {
    field
    message
    code
  }
`);

/** Why the API refused a change: the input field at fault, what is wrong and its code (CONFLICT…). */
export type SaveProblem = ResultOf<typeof SaveProblemFragment>;

/** A change as every update takes it: the record, the revision read, why, and the fields that change. */
export interface Change {
  id: string;
  expectedRevision: number;
  reason: string;
  fields: FormValues;
}

/** How the desk reads one kind of record for its form and writes a change of it. */
export interface RecordKind {
  load(run: Run, slug: string): Promise<LoadedRecord | null>;
  save(run: Run, change: Change): Promise<SaveProblem[]>;
}

/**
 * A kind of record's form source: its query by slug (read into input values) and its update mutation. The
 * fields of a change are the form's, checked by the record's validator, so they are the input's by then.
 */
export function recordKind<Data, Input, Saved>(spec: {
  query: TypedDocumentNode<Data, { slug: string }>;
  read: (data: Data) => LoadedRecord | null;
  mutation: TypedDocumentNode<Saved, { input: Input }>;
  problems: (saved: Saved) => readonly FragmentOf<typeof SaveProblemFragment>[];
}): RecordKind {
  return {
    load: async (run, slug) => spec.read(await run(spec.query, { slug })),
    async save(run, { fields, ...change }) {
      const saved = await run(spec.mutation, { input: { ...fields, ...change } as Input });
      return spec.problems(saved).map((problem) => readFragment(SaveProblemFragment, problem));
    },
  };
}
