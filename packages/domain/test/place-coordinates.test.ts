import { describe, expect, it } from 'vitest';
import { PlaceSchema } from '../src/records/place.ts';
import { seedDataset } from '../src/seed/index.ts';

const place = { id: 'place:hanoi', slug: 'hanoi', name: 'Hanoi', kind: 'CITY' };

describe('a place’s coordinates', () => {
  it('are null when not given: a place’s spot may be unknown', () => {
    expect(PlaceSchema.parse(place).coordinates).toBeNull();
  });

  it('are degrees on the globe', () => {
    const at = { latitude: 21.0285, longitude: 105.8542 };
    expect(PlaceSchema.parse({ ...place, coordinates: at }).coordinates).toEqual(at);
    for (const wrong of [{ latitude: 91, longitude: 0 }, { latitude: 0, longitude: -181 }, { latitude: 21 }])
      expect(PlaceSchema.safeParse({ ...place, coordinates: wrong }).success, JSON.stringify(wrong)).toBe(
        false,
      );
  });

  it('are given for every seed place but the one the article leaves unnamed', () => {
    const unknown = seedDataset.places.filter((p) => p.coordinates === null).map((p) => p.slug);
    expect(unknown).toEqual(['hotel-northwest-dc']);
  });
});
