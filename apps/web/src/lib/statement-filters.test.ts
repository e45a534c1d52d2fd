import { describe, expect, it } from 'vitest';
import {
  isFiltered,
  parseStatementFilters,
  statementFiltersToSearchParams,
  statementsHref,
  withoutFilter,
} from './statement-filters.ts';

describe('statement filters in the URL', () => {
  it('round-trips through search params in a fixed order', () => {
    const filters = parseStatementFilters(
      new URLSearchParams(
        'to=2019-01-31&kind=remarks&organization=white-house&speaker=sarah-sanders&from=2019-01-01&topic=sanctions',
      ),
    );
    expect(filters).toEqual({
      speaker: 'sarah-sanders',
      organization: 'white-house',
      topic: 'sanctions',
      kind: 'REMARKS',
      from: '2019-01-01',
      to: '2019-01-31',
    });
    expect(statementFiltersToSearchParams(filters).toString()).toBe(
      'speaker=sarah-sanders&organization=white-house&topic=sanctions&kind=REMARKS&from=2019-01-01&to=2019-01-31',
    );
    expect(parseStatementFilters(statementFiltersToSearchParams(filters))).toEqual(filters);
  });

  it("reads Next's searchParams object, taking the first of repeated values", () => {
    expect(parseStatementFilters({ speaker: ['mike-pence', 'donald-trump'], kind: undefined })).toEqual({
      speaker: 'mike-pence',
    });
  });

  it('drops values that cannot be filters', () => {
    expect(
      parseStatementFilters({
        speaker: 'Not A Slug',
        organization: 'U.S. Department of Defense',
        kind: 'SPEECH',
        from: '2019-02-30',
        to: 'tomorrow',
        topic: '',
      }),
    ).toEqual({});
  });

  it('swaps a window given backwards', () => {
    expect(parseStatementFilters({ from: '2019-02-01', to: '2019-01-01' })).toEqual({
      from: '2019-01-01',
      to: '2019-02-01',
    });
  });

  it('builds links, and removing a filter also goes back to the first page', () => {
    const filters = { speaker: 'mike-pence', kind: 'STATEMENT' as const, after: 'abc' };
    expect(statementsHref(filters)).toBe('/statements?speaker=mike-pence&kind=STATEMENT&after=abc');
    expect(statementsHref(withoutFilter(filters, 'kind'))).toBe('/statements?speaker=mike-pence');
    expect(statementsHref({})).toBe('/statements');
    expect(isFiltered({ after: 'abc' })).toBe(false);
    expect(isFiltered(filters)).toBe(true);
    expect(isFiltered({ organization: 'pentagon' })).toBe(true);
  });
});
