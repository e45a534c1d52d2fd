/**
 * Fixed-seed skewed draws for the mixed workload: readers mostly open the newest summit, the first page, the
 * people in the news; a long tail opens the rest. Pure functions, so a run's requests depend on the seed only.
 */

/** A seeded generator of numbers in [0, 1) (mulberry32): the same seed gives the same draws everywhere. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Zipf's weights over `n` ranks (rank 1 first), normalised to sum to 1: rank k weighs 1/k^exponent. */
export function zipfWeights(n: number, exponent: number): number[] {
  if (!Number.isInteger(n) || n < 1) throw new Error(`zipfWeights needs at least one rank, not ${n}`);
  const raw = Array.from({ length: n }, (_, k) => 1 / (k + 1) ** exponent);
  const total = raw.reduce((sum, w) => sum + w, 0);
  return raw.map((w) => w / total);
}

/** Draws indexes with the given weights (which must sum to 1), using `random`. */
export function weightedPicker(weights: readonly number[], random: () => number): () => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) {
    sum += w;
    cumulative.push(sum);
  }
  return () => {
    const x = random() * sum;
    // Binary search for the first cumulative weight above x.
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** One kind of request in the mix: its share of all requests and how many ranked requests it chooses among. */
export interface MixPart {
  share: number;
  ranks: number;
}

/**
 * `length` draws of (part, rank): the part by its share, the rank by Zipf's law with `exponent` over the
 * part's ranks (rank 0 the most popular). Deterministic given the seed.
 */
export function drawMix(
  parts: readonly MixPart[],
  length: number,
  exponent: number,
  seed: number,
): { part: number; rank: number }[] {
  const random = createRandom(seed);
  const shares = parts.map((p) => p.share);
  const total = shares.reduce((sum, s) => sum + s, 0);
  const pickPart = weightedPicker(
    shares.map((s) => s / total),
    random,
  );
  const pickRank = parts.map((p) => weightedPicker(zipfWeights(p.ranks, exponent), random));
  return Array.from({ length }, () => {
    const part = pickPart();
    return { part, rank: (pickRank[part] as () => number)() };
  });
}
