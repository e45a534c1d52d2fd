import { describe, expect, it } from 'vitest';
import { auditHref, changesArguments, parseAuditFilters, searchOf } from './audit-filters.ts';

describe('audit log filters in the URL', () => {
  it('round-trips through the address in a fixed key order', () => {
    const filters = parseAuditFilters(
      new URLSearchParams('after=abc&to=2026-11-30&type=person&from=2026-11-01'),
    );
    expect(filters).toEqual({ type: 'PERSON', from: '2026-11-01', to: '2026-11-30', after: 'abc' });
    expect(auditHref(filters)).toBe('/desk/audit?type=PERSON&from=2026-11-01&to=2026-11-30&after=abc');
    expect(parseAuditFilters(new URL(auditHref(filters), 'http://x').searchParams)).toEqual(filters);
  });

  it("drops what cannot be a filter, an empty GET form's fields among them", () => {
    const submitted = { type: 'WIDGET', from: '2026-02-30', to: '', after: undefined };
    expect(parseAuditFilters(submitted)).toEqual({});
    expect(auditHref({})).toBe('/desk/audit');
    // The page sends such an address on to its canonical one.
    expect(searchOf(submitted)).toBe('type=WIDGET&from=2026-02-30&to=');
    expect(searchOf({ type: ['PERSON', 'PLACE'] })).toBe('type=PERSON&type=PLACE');
  });

  it('reads a window given backwards the way it was meant', () => {
    expect(parseAuditFilters({ from: '2026-12-01', to: ['2026-11-01', '2027-01-01'] })).toEqual({
      from: '2026-11-01',
      to: '2026-12-01',
    });
  });

  it("gives the changes query's arguments", () => {
    expect(changesArguments({ type: 'SUMMIT', from: '2026-11-01' })).toEqual({
      types: ['SUMMIT'],
      from: '2026-11-01',
      to: null,
      after: null,
    });
  });
});
