import { seedDataset } from '@parley/domain/seed';
import { describe, expect, test } from 'vitest';
import { data, type Json } from './run.ts';

describe('Place.coordinates', () => {
  test("a place's coordinates as the record holds them, null where its spot is not known", async () => {
    const { summit, meeting } = await data(`{
      summit(slug: "second-us-north-korea-2019") { candidateLocations { place { slug coordinates { latitude longitude } } } }
      meeting(slug: "pompeo-kim-yong-chol-2019-01-18") { location { coordinates { latitude } within { name coordinates { latitude longitude } } } }
    }`);
    const recorded = new Map(seedDataset.places.map((p) => [p.slug, p.coordinates]));
    for (const { place } of summit.candidateLocations as Json[]) {
      expect(place.coordinates, place.slug).toEqual(recorded.get(place.slug));
      expect(place.coordinates).not.toBeNull();
    }
    expect(meeting.location.coordinates).toBeNull();
    expect(meeting.location.within.coordinates).toEqual(recorded.get('northwest-dc'));
  });
});
