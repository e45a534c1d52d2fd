import { describe, expect, it } from 'vitest';
import { locate } from './locate.ts';

const dc = { name: 'Washington, D.C.', coordinates: { latitude: 38.9, longitude: -77 } };
const northwest = { name: 'Northwest', coordinates: { latitude: 38.93, longitude: -77.05 }, within: dc };

describe('locate', () => {
  it('marks a place at its own coordinates when it has them', () => {
    expect(locate(northwest)).toEqual({ at: northwest.coordinates, shownAt: null });
  });

  it('marks a place without coordinates at the nearest enclosing place that has them, and names it', () => {
    const hotel = {
      name: 'a hotel',
      coordinates: null,
      within: { name: 'a block', coordinates: null, within: northwest },
    };
    expect(locate(hotel)).toEqual({ at: northwest.coordinates, shownAt: 'Northwest' });
  });

  it('answers null when no place in the chain has coordinates', () => {
    expect(locate({ name: 'somewhere', coordinates: null, within: null })).toBeNull();
  });
});
