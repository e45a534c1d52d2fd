import { describe, expect, it } from 'vitest';
import { monthsBack } from '../src/months.ts';
import { createRandom, drawMix, weightedPicker, zipfWeights } from '../src/skewed.ts';

const counts = (values: number[], n: number) => {
  const c = new Array<number>(n).fill(0);
  for (const v of values) c[v] = (c[v] as number) + 1;
  return c;
};

describe('the skewed draws', () => {
  it('repeat for a seed and differ between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 20 }, createRandom(seed));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    expect(draw(7).every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('weigh rank k by 1/k^s, summing to 1, the first the heaviest', () => {
    const w = zipfWeights(50, 1.1);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect((w[0] as number) / (w[1] as number)).toBeCloseTo(2 ** 1.1, 12);
    expect([...w].sort((a, b) => b - a)).toEqual(w);
    expect(() => zipfWeights(0, 1)).toThrow();
  });

  it('pick each index about as often as its weight', () => {
    const weights = [0.5, 0.3, 0.2];
    const pick = weightedPicker(weights, createRandom(1));
    const c = counts(Array.from({ length: 20_000 }, pick), 3);
    expect(c.map((n) => n / 20_000)).toEqual(weights.map((w) => expect.closeTo(w, 1)));
  });

  it('mix the parts in their shares, each drawn most often at rank 0 and within its ranks', () => {
    const parts = [
      { share: 0.35, ranks: 50 },
      { share: 0.25, ranks: 100 },
      { share: 0.4, ranks: 3 },
    ];
    const draws = drawMix(parts, 10_000, 1.1, 42);
    expect(drawMix(parts, 10_000, 1.1, 42)).toEqual(draws);
    const byPart = counts(
      draws.map((d) => d.part),
      3,
    );
    expect(byPart.map((n) => n / draws.length)).toEqual(parts.map((p) => expect.closeTo(p.share, 1)));
    for (const [i, p] of parts.entries()) {
      const ranks = draws.filter((d) => d.part === i).map((d) => d.rank);
      expect(Math.max(...ranks)).toBeLessThan(p.ranks);
      const c = counts(ranks, p.ranks);
      expect(c.indexOf(Math.max(...c))).toBe(0);
      // The newest is drawn about as often as Zipf's law says.
      expect((c[0] as number) / ranks.length).toBeCloseTo(zipfWeights(p.ranks, 1.1)[0] as number, 1);
    }
  });

  it('go back calendar month by calendar month for the timeline', () => {
    expect(monthsBack('2024-03', 4)).toEqual([
      ['2024-03-01', '2024-03-31'],
      ['2024-02-01', '2024-02-29'],
      ['2024-01-01', '2024-01-31'],
      ['2023-12-01', '2023-12-31'],
    ]);
  });
});
