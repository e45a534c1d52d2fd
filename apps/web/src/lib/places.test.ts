import { describe, expect, it } from 'vitest';
import { joinPlaceNames, type NamedPlace } from './places.ts';

const place = (name: string, ...aliases: string[]): NamedPlace => ({ name, aliases });
const unitedStates = place('United States', 'U.S.', 'the United States');
const washington = place('Washington, D.C.', 'Washington', 'D.C.');
const northwest = place('Northwest, Washington, D.C.', 'Northwest D.C.');

describe('joinPlaceNames', () => {
  it('lists a place and what encloses it, innermost first', () => {
    expect(joinPlaceNames([place('Oval Office'), place('White House'), washington, unitedStates])).toBe(
      'Oval Office, White House, Washington, D.C., United States',
    );
  });

  it('leaves out an enclosing place the name before it already ends with', () => {
    expect(joinPlaceNames([northwest, washington, unitedStates])).toBe(
      'Northwest, Washington, D.C., United States',
    );
  });

  it('leaves out every enclosing place a name already says, by name or alias', () => {
    expect(joinPlaceNames([place('a hotel in Northwest D.C.'), northwest, washington, unitedStates])).toBe(
      'a hotel in Northwest D.C., United States',
    );
  });

  it('keeps an enclosing place a name merely mentions inside a word or mid-name', () => {
    expect(joinPlaceNames([place('George Washington University'), washington])).toBe(
      'George Washington University, Washington, D.C.',
    );
    expect(joinPlaceNames([place('Embassy of WD.C.'), washington])).toBe(
      'Embassy of WD.C., Washington, D.C.',
    );
  });

  it('keeps a single place as it is', () => {
    expect(joinPlaceNames([place('Singapore')])).toBe('Singapore');
  });
});
