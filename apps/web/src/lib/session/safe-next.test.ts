import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next.ts';

describe('safeNext', () => {
  it('keeps a path of the site', () => {
    expect(safeNext('/desk/statements/x/edit?y=1')).toBe('/desk/statements/x/edit?y=1');
  });

  it('refuses anything that leaves the site', () => {
    for (const next of [
      'https://evil.example/',
      '//evil.example/',
      '/\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      '/ /evil.example',
      'desk',
      null,
      3,
    ]) {
      expect(safeNext(next)).toBe('/desk');
    }
  });
});
