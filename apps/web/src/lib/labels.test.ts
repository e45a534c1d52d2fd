import { describe, expect, it } from 'vitest';
import { durationLabel, listLabel } from './labels.ts';

describe('durationLabel', () => {
  it('says minutes in hours and minutes', () => {
    expect(durationLabel(90)).toBe('1 hour 30 minutes');
    expect(durationLabel(120)).toBe('2 hours');
    expect(durationLabel(1)).toBe('1 minute');
  });
});

describe('listLabel', () => {
  it('joins names as a sentence would', () => {
    expect(listLabel([])).toBe('');
    expect(listLabel(['Vietnam'])).toBe('Vietnam');
    expect(listLabel(['Vietnam', 'Thailand'])).toBe('Vietnam and Thailand');
    expect(listLabel(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
