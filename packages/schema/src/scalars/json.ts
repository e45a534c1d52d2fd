import { valueFromASTUntyped } from 'graphql';
import { builder } from '../builder.ts';

/** Whole records as the Store keeps them: a revision's before and after, a proposal's records and their edits. */
builder.scalarType('JSON', {
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc8259',
  description:
    'A JSON value, as it is: whole records with their record ids (e.g. "person:donald-trump"), as `db import` reads them. As input it is checked by the validators of the record it is for.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});
