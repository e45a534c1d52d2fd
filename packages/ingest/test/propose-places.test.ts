import { createMemoryStore, type RecordOf, seedDataset } from '@parley/domain';
import { describe, expect, test } from 'vitest';
import { proposeFromArticle } from '../src/index.ts';

/** The new place an article's one meeting is at, proposed against the seed. */
async function newPlaceOf(text: string) {
  const proposal = await proposeFromArticle(createMemoryStore(seedDataset), {
    text,
    format: 'text',
    publishedAt: '2019-03-09',
    outlet: 'Example News',
    title: 'Pompeo meets Kim Yong Chol again',
  });
  const places = proposal.records.filter((r) => r.type === 'place' && r.action === 'create');
  expect(places).toHaveLength(1);
  return places[0]?.record as RecordOf<'place'>;
}

describe('a place the article names and nobody recorded', () => {
  test('a country is proposed as one, at a point inside it from the packaged boundaries', async () => {
    const place = await newPlaceOf(
      'Secretary of State Mike Pompeo met Kim Yong Chol in Malaysia on Friday to discuss the talks.',
    );
    expect(place).toMatchObject({ name: 'Malaysia', kind: 'COUNTRY' });
    // Malaysia's bounding box: the peninsula and northern Borneo.
    const { latitude, longitude } = place.coordinates ?? { latitude: Number.NaN, longitude: Number.NaN };
    expect(latitude).toBeGreaterThan(0.8);
    expect(latitude).toBeLessThan(7.4);
    expect(longitude).toBeGreaterThan(99.6);
    expect(longitude).toBeLessThan(119.3);
    expect([latitude * 100, longitude * 100].every(Number.isInteger)).toBe(true);
  });

  test('so is one the boundaries name otherwise ("Laos"), and one named by a common alias', async () => {
    const laos = await newPlaceOf('Secretary of State Mike Pompeo met Kim Yong Chol in Laos on Friday.');
    expect(laos).toMatchObject({ name: 'Laos', kind: 'COUNTRY' });
    expect(laos.coordinates?.latitude).toBeGreaterThan(13.9);
    expect(laos.coordinates?.latitude).toBeLessThan(22.5);
    expect(laos.coordinates?.longitude).toBeGreaterThan(100);
    expect(laos.coordinates?.longitude).toBeLessThan(107.7);
    const burma = await newPlaceOf('Secretary of State Mike Pompeo met Kim Yong Chol in Burma on Friday.');
    expect(burma).toMatchObject({ name: 'Burma', kind: 'COUNTRY' });
    expect(burma.coordinates?.longitude).toBeGreaterThan(92);
    expect(burma.coordinates?.longitude).toBeLessThan(101.2);
  });

  test('a city stays a city, its point left for an editor', async () => {
    const place = await newPlaceOf(
      'Secretary of State Mike Pompeo met Kim Yong Chol in Vientiane on Friday to discuss the talks.',
    );
    expect(place).toMatchObject({ name: 'Vientiane', kind: 'CITY', coordinates: null });
  });
});
