import { isIsoDate } from '@parley/domain';
import { Kind, print } from 'graphql';
import { builder } from '../builder.ts';
import { badInput } from '../errors.ts';

function parseDate(value: unknown, shown: string): string {
  if (typeof value === 'string' && isIsoDate(value)) return value;
  throw badInput(
    `${shown} is not a date; expected a calendar date from 0001-01-01 to 9999-12-31 in the form YYYY-MM-DD`,
  );
}

builder.scalarType('Date', {
  description: 'A calendar date in the form YYYY-MM-DD (ISO 8601), e.g. "2019-01-18".',
  // Client generators map a scalar with a known specification to a type (a string here), not `unknown`.
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize: (value) => value,
  parseValue: (value) => parseDate(value, JSON.stringify(value)),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined, print(ast)),
});
