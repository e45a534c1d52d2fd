import type { Draft, FieldDescriptor } from '../../lib/record-form/descriptors.ts';

/** What every control of a record's form is given: its field, its form name and the value drafted so far. */
export interface ControlProps {
  field: FieldDescriptor;
  name: string;
  draft: Draft | undefined;
}
