import type { Results } from './results.ts';
import { ratio } from './table.ts';

/** The aims, checked against this run: one line each, met or not, with the figures. */
export function headline(r: Results): string[] {
  const lines: string[] = [];
  for (const store of r.api ?? []) {
    for (const op of [...new Set(store.series.map((s) => s.operation))]) {
      const at = (server: string) =>
        store.series.find((s) => s.server === server && s.operation === op && s.connections === 10);
      const [p, a, m] = [at('parley'), at('apollo'), at('mercurius')];
      if (!p?.requestsPerSecond || !a?.requestsPerSecond || !m?.requestsPerSecond) {
        lines.push(`${store.store} ${op}: a series is void, no ratio`);
        continue;
      }
      const vsApollo = p.requestsPerSecond / a.requestsPerSecond;
      const vsMercurius = p.requestsPerSecond / m.requestsPerSecond;
      const p99 =
        store.store === 'memory' ? `; p99 ${p.p99} ms ${(p.p99 ?? 99) < 10 ? '< 10 ms ✓' : '≥ 10 ms ✗'}` : '';
      lines.push(
        `${store.store} ${op} (10 conns): Parley ${vsApollo.toFixed(2)}× Apollo ${vsApollo >= 1.5 ? '✓' : '✗ (aim 1.5×)'}, ${vsMercurius.toFixed(2)}× Mercurius ${vsMercurius >= 1 ? '✓' : '✗ (aim ≥ 1×)'}${p99}`,
      );
    }
  }
  // What Parley would reach with the improvements, against the peers' figures of the same run.
  const memory = r.api?.find((s) => s.store === 'memory');
  for (const variant of ['jit', 'all']) {
    for (const v of r.improvements?.series.filter((x) => x.variant === variant && x.store === 'memory') ??
      []) {
      const peer = (server: string) =>
        memory?.series.find(
          (s) => s.server === server && s.operation === v.operation && s.connections === 10,
        );
      lines.push(
        `memory ${v.operation} (10 conns) with ${v.label.replace('plain Yoga + ', '')}: ${v.requestsPerSecond ?? 'void'} req/s, p99 ${v.p99} ms: ${ratio(v.requestsPerSecond, peer('apollo')?.requestsPerSecond)} Apollo, ${ratio(v.requestsPerSecond, peer('mercurius')?.requestsPerSecond)} Mercurius`,
      );
    }
  }
  return lines;
}
