import type { PeerName, StoreSeries } from '../sections/api.ts';
import type { Results } from './results.ts';
import { ratio } from './table.ts';

const at = (store: StoreSeries, peer: PeerName, operation: string) =>
  store.series.find((s) => s.peer === peer && s.operation === operation && s.connections === 10);

const operations = (store: StoreSeries) => [...new Set(store.series.map((s) => s.operation))];

/**
 * The aims, checked against this run with the response cache off for every server: one line each,
 * met or not, with the figures.
 */
export function headline(r: Results): string[] {
  const lines: string[] = [];
  for (const store of r.api ?? []) {
    for (const op of operations(store)) {
      const [p, a, m] = [at(store, 'parley', op), at(store, 'apollo', op), at(store, 'mercurius', op)];
      if (!p?.requestsPerSecond || !a?.requestsPerSecond || !m?.requestsPerSecond) {
        lines.push(`${store.store} ${op}: a series is void, no ratio`);
        continue;
      }
      const vsApollo = p.requestsPerSecond / a.requestsPerSecond;
      const vsMercurius = p.requestsPerSecond / m.requestsPerSecond;
      const p99 =
        store.store === 'memory' ? `; p99 ${p.p99} ms ${(p.p99 ?? 99) < 10 ? '< 10 ms ✓' : '≥ 10 ms ✗'}` : '';
      lines.push(
        `${store.store} ${op} (10 conns, ${p.distinct} different requests): Parley ${vsApollo.toFixed(2)}× Apollo ${vsApollo >= 1.5 ? '✓' : '✗ (aim 1.5×)'}, ${vsMercurius.toFixed(2)}× Mercurius ${vsMercurius >= 1 ? '✓' : '✗ (aim ≥ 1×)'}${p99}`,
      );
    }
  }
  // Plain Yoga with graphql-jit (cache off too), against the peers' figures of the same run.
  const memory = r.api?.find((s) => s.store === 'memory');
  for (const v of r.improvements?.series.filter((x) => x.variant === 'jit' && x.store === 'memory') ?? []) {
    const peer = (name: PeerName) => (memory ? at(memory, name, v.operation)?.requestsPerSecond : undefined);
    lines.push(
      `memory ${v.operation} (10 conns) on plain Yoga + graphql-jit: ${v.requestsPerSecond ?? 'void'} req/s, p99 ${v.p99} ms: ${ratio(v.requestsPerSecond, peer('apollo'))} Apollo, ${ratio(v.requestsPerSecond, peer('mercurius'))} Mercurius`,
    );
  }
  return lines;
}

/** What Parley's response cache adds on the same workload: cached Parley against uncached Parley only. */
export function cachedLines(r: Results): string[] {
  return (r.api ?? []).flatMap((store) =>
    operations(store).map((op) => {
      const [cached, uncached] = [at(store, 'parley-cached', op), at(store, 'parley', op)];
      if (!cached?.requestsPerSecond) return `${store.store} ${op}: the cached series is void`;
      return `${store.store} ${op} (10 conns, ${cached.distinct} different requests): ${cached.requestsPerSecond} req/s, p99 ${cached.p99} ms with the cache, ${ratio(cached.requestsPerSecond, uncached?.requestsPerSecond)} Parley without it`;
    }),
  );
}
