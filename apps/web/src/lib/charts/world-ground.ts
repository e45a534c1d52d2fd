import { type GeoProjection, geoBounds, geoPath } from 'd3-geo';
import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import land110m from 'world-atlas/land-110m.json' with { type: 'json' };

/** `world`: the whole globe; `around`: zoomed to some places. */
export type MapView = 'world' | 'around';

/** The drawing's ground, the same for every map framed the same way. */
export interface Ground {
  /** The sphere's outline (the frame, when zoomed), filled as sea. */
  sphere: string;
  /** The world's land in one piece, on the world view. */
  land: string | null;
  /** The countries in view, each outlined, on a zoomed view. */
  countries: string | null;
}

/** Degrees: west, south, east, north. */
type Box = [number, number, number, number];

const countryTopology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
const landTopology = land110m as unknown as Topology<{ land: GeometryCollection }>;
const land = feature(landTopology, landTopology.objects.land);
// Natural Earth 1:110m, packaged by world-atlas: no tiles or boundaries are fetched from the network.
const countries = (
  feature(countryTopology, countryTopology.objects.countries) as { features: Feature[] }
).features.map((country) => {
  const [[west, south], [east, north]] = geoBounds(country);
  return { country, box: [west, south, east, north] as Box };
});

/** True when a country's box meets the view's; a box across the antimeridian (west > east) always may. */
function meets([w, s, e, n]: Box, [west, south, east, north]: Box): boolean {
  if (n < south || s > north) return false;
  if (w > e) return true;
  return [-360, 0, 360].some((shift) => w + shift <= east && e + shift >= west);
}

/** The degrees a zoomed view shows, from its edges projected back onto the globe. */
function visibleBox(projection: GeoProjection, width: number, height: number): Box {
  const steps = Array.from({ length: 9 }, (_, i) => i / 8);
  const edges = steps.flatMap((f): [number, number][] => [
    [f * width, 0],
    [f * width, height],
    [0, f * height],
    [width, f * height],
  ]);
  const lonLats = edges.flatMap((p) => {
    const lonLat = projection.invert?.(p);
    return lonLat ? [lonLat] : [];
  });
  const [rotation] = projection.rotate();
  // Longitudes back on the rotated axis, so the box does not fold at the antimeridian.
  const lons = lonLats.map(([lon]) => ((((lon + rotation + 540) % 360) + 360) % 360) - 180 - rotation);
  const lats = lonLats.map(([, lat]) => lat);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/** Grounds drawn lately, by framing: a summit page asks for the same one every time. */
const drawn = new Map<string, Ground>();
const KEPT = 64;

/**
 * The sea and land of a framing, drawn in whole units without resampling (1:110m data has no finer detail at
 * these sizes): the world as one land shape, or a zoomed view as the countries in it, outlined.
 */
export function ground(projection: GeoProjection, view: MapView, width: number, height: number): Ground {
  const key = `${view} ${projection.rotate()} ${projection.scale()} ${projection.translate()} ${width} ${height}`;
  const kept = drawn.get(key);
  if (kept) return kept;
  const path = geoPath(projection).digits(0);
  let result: Ground;
  if (view === 'world') {
    // The outline is the one curve drawn resampled: straight segments would make the globe a hexagon.
    const sphere = geoPath(projection.precision(0.5)).digits(0)({ type: 'Sphere' }) ?? '';
    projection.precision(0);
    result = { sphere, land: path(land) ?? '', countries: null };
  } else {
    const box = visibleBox(projection, width, height);
    const inView = countries.filter((c) => meets(c.box, box)).map((c) => path(c.country) ?? '');
    result = { sphere: `M0,0H${width}V${height}H0Z`, land: null, countries: inView.join('') };
  }
  if (drawn.size >= KEPT) drawn.delete(drawn.keys().next().value as string);
  drawn.set(key, result);
  return result;
}
