export { type NewDevelopment, withDevelopment } from './development.ts';
export { createEditor, type Editor } from './editor.ts';
export type {
  ApplyInput,
  CreateInput,
  EditableType,
  MergePeopleInput,
  RetractInput,
  RevertInput,
  SummitDevelopmentInput,
  UpdateInput,
} from './inputs.ts';
export { slugify } from './slugify.ts';
export type { EditResult, UserError, UserErrorCode } from './user-errors.ts';
