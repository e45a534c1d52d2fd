import { describe, expect, it } from 'vitest';
import { joinPlaceNames } from './places.ts';

describe('joinPlaceNames', () => {
  it('lists a place and what encloses it, innermost first', () => {
    expect(joinPlaceNames(['Oval Office', 'White House', 'Washington, D.C.', 'United States'])).toBe(
      'Oval Office, White House, Washington, D.C., United States',
    );
  });

  it('leaves out an enclosing name the previous name already ends with', () => {
    expect(
      joinPlaceNames([
        'a hotel in Northwest D.C.',
        'Northwest, Washington, D.C.',
        'Washington, D.C.',
        'United States',
      ]),
    ).toBe('a hotel in Northwest D.C., Northwest, Washington, D.C., United States');
  });

  it('keeps a single place as it is', () => {
    expect(joinPlaceNames(['Singapore'])).toBe('Singapore');
  });
});
