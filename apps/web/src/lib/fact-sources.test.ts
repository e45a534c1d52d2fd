import { describe, expect, it } from 'vitest';
import { developmentAnchor, summitFactAnchors } from './fact-sources.ts';

describe("the sources of a summit's facts", () => {
  it('takes status and place from the latest development, the date from the latest dated one', () => {
    expect(
      summitFactAnchors([
        { sequence: 2, dated: true },
        { sequence: 3, dated: false },
        { sequence: 1, dated: true },
      ]),
    ).toEqual({ status: 'development-3', date: 'development-2', place: 'development-3' });
  });

  it('has no source without developments, and no date source when none gives a date', () => {
    expect(summitFactAnchors([])).toEqual({ status: null, date: null, place: null });
    expect(summitFactAnchors([{ sequence: 1, dated: false }]).date).toBeNull();
  });

  it('anchors a development by its sequence', () => {
    expect(developmentAnchor(4)).toBe('development-4');
  });
});
