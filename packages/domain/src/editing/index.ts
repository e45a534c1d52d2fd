export { createEditor, type Editor } from './editor.ts';
export type {
  CreateInput,
  EditableType,
  RevertInput,
  SummitDevelopmentInput,
  UpdateInput,
} from './inputs.ts';
export { slugify } from './slugify.ts';
export type { EditResult, UserError, UserErrorCode } from './user-errors.ts';
