import { builder } from '../builder.ts';

/** Output only: whole records as the Store keeps them, for a revision's before and after. */
builder.scalarType('JSON', {
  description: 'A JSON value, as it is (output only).',
  serialize: (value) => value,
  parseValue: () => {
    throw new TypeError('JSON is an output type');
  },
});
