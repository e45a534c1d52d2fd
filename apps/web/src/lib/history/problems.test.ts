import { describe, expect, it } from 'vitest';
import { CONFLICT_MESSAGE, isConflict, problemsOf } from './problems.ts';

describe('problemsOf', () => {
  it('tells an editor to reload when someone changed the record meanwhile', () => {
    const conflict = [{ field: ['expectedRevision'], message: 'is at revision 3, not 2', code: 'CONFLICT' }];
    expect(problemsOf(conflict)).toEqual([{ field: [], message: CONFLICT_MESSAGE }]);
    expect(isConflict(conflict)).toBe(true);
  });

  it("names input fields as the form's labels do", () => {
    const refused = [
      { field: ['duplicateId'], message: 'a person cannot be merged into itself', code: 'INVALID' },
    ];
    expect(problemsOf(refused, { duplicateId: 'The duplicate' })).toEqual([
      { field: ['The duplicate'], message: 'a person cannot be merged into itself' },
    ]);
    expect(isConflict(refused)).toBe(false);
  });
});
