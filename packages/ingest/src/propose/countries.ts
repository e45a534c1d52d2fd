import type { Coordinates } from '@parley/domain';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { normalizeName } from './names.ts';

/** A country of the packaged boundaries: the names it goes by and its representative point. */
export interface Country {
  /** The name news knows it by, as the seed writes countries ("United States", not "United States of America"). */
  name: string;
  /** Every name it goes by: that one first, then the others news uses and Natural Earth's own. */
  names: string[];
  coordinates: Coordinates;
}

/**
 * The names news uses for a country, by Natural Earth's name, the one news knows it by first: Natural Earth
 * abbreviates some ("Dem. Rep. Congo") and writes others formally ("United States of America").
 */
const NAMES: Record<string, string[]> = {
  'United States of America': ['United States', 'USA', 'U.S.', 'U.S.A.', 'America'],
  'United Kingdom': ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  'North Korea': ['North Korea', 'DPRK', "Democratic People's Republic of Korea"],
  'South Korea': ['South Korea', 'Republic of Korea', 'ROK'],
  China: ['China', "People's Republic of China", 'PRC'],
  Russia: ['Russia', 'Russian Federation'],
  Vietnam: ['Vietnam', 'Viet Nam'],
  Myanmar: ['Myanmar', 'Burma'],
  Czechia: ['Czechia', 'Czech Republic'],
  "Côte d'Ivoire": ["Côte d'Ivoire", 'Ivory Coast'],
  eSwatini: ['Eswatini', 'Swaziland'],
  Macedonia: ['North Macedonia', 'Macedonia'],
  'Timor-Leste': ['Timor-Leste', 'East Timor'],
  Turkey: ['Turkey', 'Türkiye'],
  Netherlands: ['Netherlands', 'Holland'],
  'Dem. Rep. Congo': [
    'Democratic Republic of the Congo',
    'Democratic Republic of Congo',
    'DR Congo',
    'DRC',
    'Congo-Kinshasa',
  ],
  Congo: ['Republic of the Congo', 'Republic of Congo', 'Congo-Brazzaville', 'Congo'],
  'Bosnia and Herz.': ['Bosnia and Herzegovina', 'Bosnia-Herzegovina', 'Bosnia'],
  'Central African Rep.': ['Central African Republic'],
  'Dominican Rep.': ['Dominican Republic'],
  'Eq. Guinea': ['Equatorial Guinea'],
  'Falkland Is.': ['Falkland Islands', 'Falklands'],
  'Fr. S. Antarctic Lands': ['French Southern and Antarctic Lands'],
  'N. Cyprus': ['Northern Cyprus', 'North Cyprus'],
  'S. Sudan': ['South Sudan'],
  'Solomon Is.': ['Solomon Islands'],
  'W. Sahara': ['Western Sahara'],
};

/** Case, accents, periods, apostrophes and a leading "the" do not tell names apart. */
const key = (name: string) => normalizeName(name).replace(/^the /, '');

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
    const atlasName = country.properties.name;
    const names = [...new Set([...(NAMES[atlasName] ?? []), atlasName])];
    const entry = {
      name: names[0] as string,
      names,
      coordinates: { latitude: round(latitude), longitude: round(longitude) },
    };
    for (const name of names) byName.set(key(name), entry);
  }
  return byName;
}

let countries: Promise<Map<string, Country>> | undefined;

/**
 * The country of the packaged boundaries the name names, undefined for any other place. The boundaries are
 * read on the first call, once: only an article naming a place nobody recorded needs them.
 */
export async function findCountry(name: string): Promise<Country | undefined> {
  countries ??= loadCountries();
  return (await countries).get(key(name));
}
