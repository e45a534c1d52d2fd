import { seedDataset } from '@parley/domain/seed';
import { geoContains } from 'd3-geo';
import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import { layoutMap, type MapMarker, spotLabel } from './world-map.ts';

const marker = (slug: string, role: MapMarker['role'], latitude: number, longitude: number): MapMarker => ({
  slug,
  name: slug,
  role,
  at: { latitude, longitude },
  href: `#${slug}`,
});
const vietnam = marker('vietnam', 'candidate', 16.1667, 107.8333);
const thailand = marker('thailand', 'candidate', 15, 100);
const singapore = marker('singapore', 'venue', 1.3667, 103.8);

describe('layoutMap', () => {
  it('zoomed around its markers, keeps them all in view where they lie to each other', () => {
    const map = layoutMap([vietnam, thailand, singapore], 600, 400, 'around');
    const at = new Map(map.placed.map((p) => [p.markers[0]?.slug, p]));
    for (const p of map.placed) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(600);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(400);
    }
    expect(at.get('vietnam')?.x).toBeGreaterThan(at.get('thailand')?.x ?? Number.POSITIVE_INFINITY);
    expect(at.get('singapore')?.y).toBeGreaterThan(at.get('thailand')?.y ?? Number.POSITIVE_INFINITY);
    expect(map.countries).toMatch(/^M/);
    expect(map.land).toBeNull();
  });

  it('zoomed around places on both sides of the antimeridian, keeps them together in one view', () => {
    const map = layoutMap(
      [marker('fiji', 'venue', -17.7, 178), marker('samoa', 'candidate', -13.8, -172)],
      600,
      400,
      'around',
    );
    const [fiji, samoa] = map.placed;
    expect(map.placed).toHaveLength(2);
    expect(Math.abs((fiji?.x ?? 0) - (samoa?.x ?? 0))).toBeLessThan(300);
    expect(samoa?.x).toBeGreaterThan(fiji?.x ?? Number.POSITIVE_INFINITY);
  });

  it('on a world view, draws the land without borders and puts east to the right of west', () => {
    const map = layoutMap([vietnam, marker('washington', 'venue', 38.9, -77)], 800, 420, 'world');
    expect(map.land).toMatch(/^M/);
    expect(map.countries).toBeNull();
    const [first, second] = map.placed;
    expect(first?.x).toBeGreaterThan(second?.x ?? Number.POSITIVE_INFINITY);
  });

  it('puts markers at one spot together under one dot', () => {
    const map = layoutMap(
      [marker('white-house', 'venue', 38.8977, -77.0365), marker('oval-office', 'venue', 38.8973, -77.0374)],
      800,
      420,
      'world',
    );
    expect(map.placed).toHaveLength(1);
    expect(map.placed[0]?.markers.map((m) => m.slug)).toEqual(['white-house', 'oval-office']);
  });
});

describe('map labels', () => {
  it('keep clear of each other when two spots are close, and inside the map', () => {
    const map = layoutMap([vietnam, thailand, singapore], 800, 420, 'world');
    expect(map.placed).toHaveLength(3);
    const boxes = map.placed.map((p) => {
      const w = p.label.text.length * 12 * 0.56;
      const left =
        p.label.anchor === 'start' ? p.label.x : p.label.anchor === 'end' ? p.label.x - w : p.label.x - w / 2;
      return { left, right: left + w, top: p.label.y - 10, bottom: p.label.y + 2 };
    });
    for (const [i, a] of boxes.entries()) {
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.right).toBeLessThanOrEqual(800);
      for (const b of boxes.slice(i + 1)) {
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, `${map.placed[i]?.label.text} and another`).toBe(true);
      }
    }
  });

  it('name a crowd by its first few', () => {
    expect(spotLabel(['A', 'B', 'C', 'D', 'E'])).toBe('A, B and 3 more');
    expect(spotLabel(['A', 'B'])).toBe('A, B');
  });
});

describe("the seed's coordinates", () => {
  const world = countries50m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = (feature(world, world.objects.countries) as { features: Feature[] }).features;
  const atlasName: Record<string, string> = { 'United States': 'United States of America' };

  it('put each country inside its own boundary (Natural Earth 1:50m)', () => {
    const seeded = seedDataset.places.filter((p) => p.kind === 'COUNTRY');
    expect(seeded.length).toBeGreaterThan(0);
    for (const place of seeded) {
      const boundary = countries.find((c) => c.properties?.name === (atlasName[place.name] ?? place.name));
      expect(boundary, place.name).toBeDefined();
      const { longitude, latitude } = place.coordinates ?? { longitude: Number.NaN, latitude: Number.NaN };
      expect(geoContains(boundary as Feature, [longitude, latitude]), place.name).toBe(true);
    }
  });
});
