import { type GeoPermissibleObjects, geoNaturalEarth1 } from 'd3-geo';
import { textWidth } from './text-width.ts';
import { type Ground, ground, type MapView } from './world-ground.ts';

export type { MapView } from './world-ground.ts';

/** WGS 84 degrees. */
export interface LatLon {
  latitude: number;
  longitude: number;
}

/** A place to mark: the venue, or a place reported as a candidate before the venue was fixed. */
export interface MapMarker {
  slug: string;
  name: string;
  role: 'venue' | 'candidate';
  at: LatLon;
  /** Where the marker leads. */
  href: string;
}

/** Markers drawn at one spot (within a few units of each other), named together by one label. */
export interface PlacedMarker {
  x: number;
  y: number;
  markers: MapMarker[];
  label: { text: string; x: number; y: number; anchor: 'start' | 'middle' | 'end' };
}

export interface MapLayout extends Ground {
  width: number;
  height: number;
  placed: PlacedMarker[];
}

const PAD = 16;
/** Degrees of margin around the markers of a zoomed view: enough land to tell where they are. */
const MARGIN = 12;
/** Closer than this, two markers share one dot and one label. */
const NEAR = 8;
/** A dot's reach, and a label's distance from its dot's centre. */
const DOT = 8;
const GAP = 11;

/** Degrees east folded into -180…180. */
const wrap = (degrees: number) => ((((degrees + 180) % 360) + 360) % 360) - 180;

/** The middle of some longitudes around the circle: 175° and -175° meet at 180°, not at 0°. */
function middleLongitude(longitudes: readonly number[]): number {
  const radians = longitudes.map((l) => (l * Math.PI) / 180);
  const [x, y] = [radians.reduce((s, r) => s + Math.cos(r), 0), radians.reduce((s, r) => s + Math.sin(r), 0)];
  return (Math.atan2(y, x) * 180) / Math.PI;
}

/** A zoomed view's frame: the markers and a margin of degrees around them, measured from `centre` eastwards. */
function frame(points: readonly LatLon[], centre: number): GeoPermissibleObjects {
  const lats = points.map((p) => p.latitude);
  const offsets = points.map((p) => wrap(p.longitude - centre));
  const [south, north] = [
    Math.max(-85, Math.min(...lats) - MARGIN),
    Math.min(85, Math.max(...lats) + MARGIN),
  ];
  const [west, east] = [centre + Math.min(...offsets) - MARGIN, centre + Math.max(...offsets) + MARGIN];
  return {
    type: 'MultiPoint',
    coordinates: [
      [west, south],
      [east, south],
      [west, north],
      [east, north],
      [(west + east) / 2, north],
      [(west + east) / 2, south],
    ],
  };
}

/** A spot's label: its places' names, the first few of a crowd. */
export function spotLabel(names: readonly string[]): string {
  return names.length > 3 ? `${names.slice(0, 2).join(', ')} and ${names.length - 2} more` : names.join(', ');
}

type Box = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Puts each spot's label beside its dot: right, left, above or below, the first that stays inside the map and
 * clear of the dots and the labels placed before it (else on the right, over whatever is there).
 */
function placeLabels(spots: { x: number; y: number; markers: MapMarker[] }[], width: number, height: number) {
  const dots = spots.map((s) => ({ left: s.x - DOT, top: s.y - DOT, right: s.x + DOT, bottom: s.y + DOT }));
  const taken: Box[] = [];
  return spots.map((spot, i) => {
    const text = spotLabel(spot.markers.map((m) => m.name));
    const w = textWidth(text, 12);
    const options = [
      {
        x: spot.x + GAP,
        y: spot.y + 4,
        anchor: 'start' as const,
        box: { left: spot.x + GAP, right: spot.x + GAP + w, top: spot.y - 8, bottom: spot.y + 6 },
      },
      {
        x: spot.x - GAP,
        y: spot.y + 4,
        anchor: 'end' as const,
        box: { left: spot.x - GAP - w, right: spot.x - GAP, top: spot.y - 8, bottom: spot.y + 6 },
      },
      {
        x: spot.x,
        y: spot.y - GAP,
        anchor: 'middle' as const,
        box: {
          left: spot.x - w / 2,
          right: spot.x + w / 2,
          top: spot.y - GAP - 12,
          bottom: spot.y - GAP + 2,
        },
      },
      {
        x: spot.x,
        y: spot.y + GAP + 10,
        anchor: 'middle' as const,
        box: {
          left: spot.x - w / 2,
          right: spot.x + w / 2,
          top: spot.y + GAP - 2,
          bottom: spot.y + GAP + 12,
        },
      },
    ];
    const fits = (box: Box) =>
      box.left >= 0 &&
      box.right <= width &&
      box.top >= 0 &&
      box.bottom <= height &&
      ![...taken, ...dots.filter((_, j) => j !== i)].some((other) => overlaps(box, other));
    const chosen = options.find((o) => fits(o.box)) ?? (options[0] as (typeof options)[number]);
    taken.push(chosen.box);
    return { ...spot, label: { text, x: chosen.x, y: chosen.y, anchor: chosen.anchor } };
  });
}

/** Markers within `NEAR` of an earlier spot join it; answers the spots in the order first met. */
function group(points: { x: number; y: number; marker: MapMarker }[]) {
  const spots: { x: number; y: number; markers: MapMarker[] }[] = [];
  for (const { x, y, marker } of points) {
    const near = spots.find((g) => Math.hypot(g.x - x, g.y - y) < NEAR);
    if (near) near.markers.push(marker);
    else spots.push({ x, y, markers: [marker] });
  }
  return spots;
}

/**
 * A map of the markers on a packaged world boundary data set (Natural Earth 1:110m via world-atlas, no tiles
 * from the network), in the Natural Earth projection: the whole world, or zoomed around the markers.
 */
export function layoutMap(
  markers: readonly MapMarker[],
  width: number,
  height: number,
  view: MapView,
): MapLayout {
  const centre = middleLongitude(markers.map((m) => m.at.longitude));
  const shown = markers.length === 0 ? 'world' : view;
  const projection = geoNaturalEarth1().precision(0);
  if (shown === 'world') {
    projection.fitExtent(
      [
        [PAD, PAD],
        [width - PAD, height - PAD],
      ],
      { type: 'Sphere' },
    );
  } else {
    // Turned to the markers' middle, so a view across the antimeridian stays in one piece; cut to the frame.
    projection.rotate([-centre, 0]).fitExtent(
      [
        [PAD, PAD],
        [width - PAD, height - PAD],
      ],
      frame(
        markers.map((m) => m.at),
        centre,
      ),
    );
    projection.clipExtent([
      [0, 0],
      [width, height],
    ]);
  }
  const points = markers.flatMap((marker) => {
    const xy = projection([marker.at.longitude, marker.at.latitude]);
    return xy ? [{ x: Math.round(xy[0] * 10) / 10, y: Math.round(xy[1] * 10) / 10, marker }] : [];
  });
  return {
    width,
    height,
    ...ground(projection, shown, width, height),
    placed: placeLabels(group(points), width, height),
  };
}
