import type { Coordinates } from '@parley/domain';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A country of the packaged boundaries: its name there and its representative point. */
export interface Country {
  name: string;
  coordinates: Coordinates;
}

// Natural Earth abbreviates some names ("Dem. Rep. Congo"): written out, they match an article's words.
const ABBREVIATIONS: Record<string, string> = {
  'Dem.': 'Democratic',
  'Rep.': 'Republic',
  'Is.': 'Islands',
  'Herz.': 'Herzegovina',
  'Eq.': 'Equatorial',
  'S.': 'South',
  'N.': 'North',
  'W.': 'Western',
  'Fr.': 'French',
};

/** Other names news uses for countries, by Natural Earth's name. */
const ALIASES: Record<string, string[]> = {
  'United States of America': ['United States', 'USA', 'U.S.', 'U.S.A.', 'America'],
  'United Kingdom': ['UK', 'U.K.', 'Britain', 'Great Britain'],
  'North Korea': ['DPRK', "Democratic People's Republic of Korea"],
  'South Korea': ['Republic of Korea', 'ROK'],
  Czechia: ['Czech Republic'],
  Myanmar: ['Burma'],
  "Côte d'Ivoire": ['Ivory Coast'],
  eSwatini: ['Swaziland'],
  Macedonia: ['North Macedonia'],
  'Timor-Leste': ['East Timor'],
  Russia: ['Russian Federation'],
};

/** Case, accents, apostrophes and a leading "the" do not tell names apart. */
const key = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/g, "'")
    .replace(/^the\s+/i, '')
    .trim()
    .toLowerCase();

/** Natural Earth's name, written out, and the other names news uses for the country. */
const namesOf = (name: string) => [
  name,
  name
    .split(' ')
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' '),
  ...(ALIASES[name] ?? []),
];

/** Degrees rounded to two decimals (about a kilometre): a marker's point, not a survey's. */
const round = (degrees: number) => Math.round(degrees * 100) / 100;

/**
 * Natural Earth 1:110m's countries (packaged by world-atlas, nothing fetched), by every name they go by: each at
 * the centroid of its largest piece, which lies inside it where a whole country's may not (Malaysia's, France's).
 */
async function loadCountries(): Promise<Map<string, Country>> {
  const [{ default: atlas }, { feature }, { geoArea, geoCentroid }] = await Promise.all([
    import('world-atlas/countries-110m.json', { with: { type: 'json' } }),
    import('topojson-client'),
    import('d3-geo'),
  ]);
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries) as {
    features: Feature<Polygon | MultiPolygon, { name: string }>[];
  };
  const byName = new Map<string, Country>();
  for (const country of collection.features) {
    const { geometry } = country;
    const pieces: Polygon[] =
      geometry.type === 'Polygon'
        ? [geometry]
        : geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
    const largest = pieces.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
    const [longitude, latitude] = geoCentroid(largest);
    const entry = {
      name: country.properties.name,
      coordinates: { latitude: round(latitude), longitude: round(longitude) },
    };
    for (const name of namesOf(entry.name)) byName.set(key(name), entry);
  }
  return byName;
}

let countries: Promise<Map<string, Country>> | undefined;

/**
 * The country of the packaged boundaries the name (or one of the aliases) names, undefined for any other place.
 * The boundaries are read on the first call, once: only an article naming a place nobody recorded needs them.
 */
export async function findCountry(names: readonly string[]): Promise<Country | undefined> {
  countries ??= loadCountries();
  const byName = await countries;
  for (const name of names) {
    const found = byName.get(key(name));
    if (found) return found;
  }
  return undefined;
}
