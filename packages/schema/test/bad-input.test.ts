import { describe, expect, test } from 'vitest';
import { encodeId } from '../src/global-id.ts';
import { data, run } from './run.ts';

/** The one error an operation answered, with its code and argument: a client error, never an internal one. */
async function errorOf(source: string, variables?: Record<string, unknown>) {
  const { errors } = await run(source, variables);
  expect(errors).toHaveLength(1);
  const [error] = errors ?? [];
  return { message: error?.message, code: error?.extensions?.code, argument: error?.extensions?.argument };
}

describe('bad input answers a client error that says what is wrong', () => {
  test('unknown and malformed ids', async () => {
    expect(await errorOf(`{ node(id: "${encodeId('Summit', 'summit:nowhere')}") { id } }`)).toEqual({
      message: `no Summit has the id "${encodeId('Summit', 'summit:nowhere')}"`,
      code: 'BAD_USER_INPUT',
      argument: 'id',
    });
    expect(await errorOf('{ node(id: "not-an-id") { id } }')).toEqual({
      message: '"not-an-id" is not a Parley id',
      code: 'BAD_USER_INPUT',
      argument: 'id',
    });
    // A type that is not a node, and a record id under the wrong type, are refused alike.
    for (const id of [encodeId('Query', 'summit:x'), encodeId('Person', 'summit:singapore-2018')]) {
      expect((await errorOf(`{ nodes(ids: ["${id}"]) { id } }`)).message).toBe(`"${id}" is not a Parley id`);
    }
  });

  test('an id of the wrong type in a filter', async () => {
    const { summit } = await data('{ summit(slug: "singapore-2018") { id } }');
    const { message } = await errorOf(
      'query($id: ID!) { statements(filterBy: { speakers: [$id] }) { totalCount } }',
      {
        id: summit.id,
      },
    );
    expect(message).toMatch(/Summit|Person/);
  });

  test('malformed cursor', async () => {
    expect(await errorOf('{ statements(after: "bogus") { totalCount } }')).toEqual({
      message: '"after" is not a cursor this list gave out',
      code: 'BAD_USER_INPUT',
      argument: 'after',
    });
  });

  test('first: 1000 and last: 101, at the root and nested', async () => {
    expect(await errorOf('{ statements(first: 1000) { totalCount } }')).toEqual({
      message: '"first" is 1000; a page holds at most 100 records',
      code: 'BAD_USER_INPUT',
      argument: 'first',
    });
    expect(await errorOf('{ summits { nodes { statements(last: 101) { totalCount } } } }')).toEqual({
      message: '"last" is 101; a page holds at most 100 records',
      code: 'BAD_USER_INPUT',
      argument: 'last',
    });
  });

  test('bad dates in a filter, inline or as variables, and a window the wrong way round', async () => {
    expect(await errorOf('{ statements(filterBy: { from: "2019-02-30" }) { totalCount } }')).toEqual({
      message:
        '"2019-02-30" is not a date; expected a calendar date from 0001-01-01 to 9999-12-31 in the form YYYY-MM-DD',
      code: 'BAD_USER_INPUT',
      argument: undefined,
    });
    // The Gregorian calendar has no year 0000 (PostgreSQL's neither): 1 BC is followed by AD 1.
    expect((await errorOf('{ timeline(from: "0000-01-01") { totalCount } }')).message).toContain(
      '"0000-01-01" is not a date',
    );
    const variable = await errorOf('query($to: Date) { timeline(to: $to) { totalCount } }', {
      to: 'next week',
    });
    expect(variable.message).toContain('"next week" is not a date');
    expect(
      await errorOf('{ meetings(filterBy: { from: "2019-02-01", to: "2019-01-01" }) { totalCount } }'),
    ).toEqual({
      message: '"from" (2019-02-01) is after "to" (2019-01-01)',
      code: 'BAD_USER_INPUT',
      argument: 'from',
    });
  });

  test('empty search, and people on the timeline', async () => {
    expect(await errorOf('{ search(query: "   ") { totalCount } }')).toEqual({
      message: '"query" must contain at least one word',
      code: 'BAD_USER_INPUT',
      argument: 'query',
    });
    expect((await errorOf('{ timeline(types: [PERSON]) { totalCount } }')).message).toMatch(
      /people have no date/,
    );
  });
});
