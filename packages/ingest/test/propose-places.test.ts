import { createMemoryStore, type RecordOf } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { describe, expect, test } from 'vitest';
import { proposeFromArticle } from '../src/index.ts';
import { findCountry } from '../src/propose/countries.ts';

/** The records an article yields, proposed against the seed. */
async function proposed(text: string) {
  const { records } = await proposeFromArticle(createMemoryStore(seedDataset), {
    text,
    format: 'text',
    publishedAt: '2019-03-09',
    outlet: 'Example News',
    title: 'Pompeo meets Kim Yong Chol again',
  });
  const of = <T extends 'place' | 'meeting'>(type: T, action: 'create' | 'update') =>
    records.filter((r) => r.type === type && r.action === action).map((r) => r.record as RecordOf<T>);
  return {
    created: of('place', 'create'),
    updated: of('place', 'update'),
    locations: of('meeting', 'create').map((m) => m.locationId),
  };
}

/** The new place an article's one meeting is at. */
async function newPlaceOf(text: string) {
  const { created } = await proposed(text);
  expect(created).toHaveLength(1);
  return created[0] as RecordOf<'place'>;
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
    expect(burma).toMatchObject({ name: 'Myanmar', aliases: ['Burma'], kind: 'COUNTRY' });
    expect(burma.coordinates?.longitude).toBeGreaterThan(92);
    expect(burma.coordinates?.longitude).toBeLessThan(101.2);
  });

  test('a city stays a city, its point left for an editor', async () => {
    const place = await newPlaceOf(
      'Secretary of State Mike Pompeo met Kim Yong Chol in Vientiane on Friday to discuss the talks.',
    );
    expect(place).toMatchObject({ name: 'Vientiane', kind: 'CITY', coordinates: null });
  });

  test('a country is named as news writes it, not as the boundaries abbreviate it', async () => {
    const congo = await newPlaceOf(
      'Secretary of State Mike Pompeo met Kim Yong Chol in the Democratic Republic of the Congo on Friday.',
    );
    expect(congo).toMatchObject({ name: 'Democratic Republic of the Congo', aliases: [], kind: 'COUNTRY' });
    expect(congo.coordinates?.longitude).toBeGreaterThan(12);
    expect(congo.coordinates?.longitude).toBeLessThan(31.4);
    const bosnia = await newPlaceOf('Secretary of State Mike Pompeo met Kim Yong Chol in Bosnia on Friday.');
    expect(bosnia).toMatchObject({ name: 'Bosnia and Herzegovina', aliases: ['Bosnia'], kind: 'COUNTRY' });
    const written = {
      'Bosnia and Herzegovina': 'Bosnia and Herzegovina',
      DRC: 'Democratic Republic of the Congo',
      'Central African Republic': 'Central African Republic',
      'Ivory Coast': "Côte d'Ivoire",
      "Cote d'Ivoire": "Côte d'Ivoire",
      'Czech Republic': 'Czechia',
      'South Sudan': 'South Sudan',
      'the United States of America': 'United States',
    };
    for (const [words, name] of Object.entries(written)) expect((await findCountry(words))?.name).toBe(name);
    expect(await findCountry('Democratic Republic Congo')).toBeUndefined();
  });

  test('a country recorded under another of its names is that place, the words proposed as an alias', async () => {
    for (const words of ['USA', 'America', 'United States of America']) {
      const { created, updated, locations } = await proposed(
        `Secretary of State Mike Pompeo met Kim Yong Chol in ${words} on Friday.`,
      );
      expect(created).toEqual([]);
      expect(locations).toEqual(['place:united-states']);
      expect(updated.map((p) => p.aliases)).toEqual([['U.S.', 'the United States', words]]);
    }
  });

  test('a country named twice with different spellings is one place', async () => {
    const { created, updated, locations } = await proposed(
      'Secretary of State Mike Pompeo met Kim Yong Chol in Myanmar on Friday. ' +
        'Pompeo met Kim Jong Un in Burma on Saturday. ' +
        'Pompeo met Kim Jong Un in the USA on Sunday. Pompeo met Kim Jong Un in America on Monday.',
    );
    expect(created).toMatchObject([{ name: 'Myanmar', aliases: ['Burma'] }]);
    expect(updated).toMatchObject([
      { id: 'place:united-states', aliases: ['U.S.', 'the United States', 'USA', 'America'] },
    ]);
    expect(locations).toEqual([
      'place:myanmar',
      'place:myanmar',
      'place:united-states',
      'place:united-states',
    ]);
  });
});
