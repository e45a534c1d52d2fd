'use client';

import { createContext, use } from 'react';
import type { CitedSource } from '../../lib/record-form/api-values.ts';
import type { Choices } from '../../lib/record-form/choice-lists.ts';
import type { FieldProblem } from '../../lib/record-form/descriptors.ts';

/** What every control of a record's form needs besides its own field: what to offer, and what went wrong. */
export interface FormContextValue {
  choices: Choices;
  sources: CitedSource[];
  problems: FieldProblem[];
}

export const FormContext = createContext<FormContextValue>({
  choices: {
    person: [],
    organization: [],
    place: [],
    summit: [],
    meeting: [],
    statement: [],
    topic: [],
    source: [],
  },
  sources: [],
  problems: [],
});

export const useFormContext = () => use(FormContext);

/** The id of a control from its form name (`citations.0.excerpt` → `f-citations-0-excerpt`). */
export const controlId = (name: string) => `f-${name.replace(/\./g, '-')}`;

/** The problems of one control; `within` takes those of its parts too (a date's bounds). */
export function useProblems(name: string, within = false): string[] {
  const { problems } = useFormContext();
  return problems
    .filter((p) => p.name === name || (within && p.name.startsWith(`${name}.`)))
    .map((p) => p.message);
}
