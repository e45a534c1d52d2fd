import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryStore, type Store } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { progress } from './harness/progress.ts';
import { importSynthetic, syntheticDataset } from './load-data.ts';

/** Where a benchmark's data lives: the seed or synthetic data in memory, PGlite in a folder, or PostgreSQL. */
export type StoreSpec =
  | { kind: 'seed' }
  | { kind: 'memory'; statements: number }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'postgres'; databaseUrl: string };

/** The stores the benchmarks fill with synthetic data. */
export type StoreKind = Exclude<StoreSpec['kind'], 'seed'>;
/** The stores over a database, where Parley's production server runs. */
export type DatabaseStoreKind = Exclude<StoreKind, 'memory'>;

/** The database stores a `--stores` flag names, e.g. "pglite,postgres"; throws on any other name. */
export function databaseStores(flag: string): DatabaseStoreKind[] {
  const stores = flag.split(',').map((s) => s.trim());
  for (const store of stores) {
    if (store !== 'pglite' && store !== 'postgres')
      throw new Error(`--stores takes pglite,postgres; not "${store}"`);
  }
  return stores as DatabaseStoreKind[];
}

/** Opens a store that `prepare` filled (the memory store generates its data, which is deterministic). */
export async function openBenchStore(spec: StoreSpec, onQuery?: (sql: string) => void): Promise<Store> {
  if (spec.kind === 'seed') return createMemoryStore(seedDataset);
  if (spec.kind === 'memory') return createMemoryStore(syntheticDataset(spec.statements));
  const { openStore } = await import('@parley/db');
  return spec.kind === 'pglite'
    ? openStore({ dataDir: spec.dataDir, seed: false, onQuery })
    : openStore({ databaseUrl: spec.databaseUrl, seed: false, onQuery });
}

/** The PostgreSQL the benchmarks may use: its server URL (database `test`), from PARLEY_BENCH_PG_URL or the default. */
export const postgresAdminUrl = process.env.PARLEY_BENCH_PG_URL || 'postgres://postgres@127.0.0.1:5432/test';

/** Runs one SQL statement through psql against the admin database; returns its output, or null on failure. */
function psql(sql: string): string | null {
  try {
    return execFileSync('psql', [postgresAdminUrl, '-XAtqc', sql], {
      encoding: 'utf8',
      stdio: 'pipe',
    }).trim();
  } catch {
    return null;
  }
}

/** True when the PostgreSQL server answers. */
export const postgresReachable = () => psql('select 1') === '1';

/**
 * Runs `run` on each store in turn, PostgreSQL only when it answers: the runs, and a line for each store left
 * out (printed as progress too).
 */
export async function eachReachableStore<R>(
  stores: readonly DatabaseStoreKind[],
  run: (store: DatabaseStoreKind) => Promise<R>,
) {
  const runs: R[] = [];
  const skipped: string[] = [];
  for (const store of stores) {
    if (store === 'postgres' && !postgresReachable()) {
      skipped.push(`postgres: PostgreSQL at ${postgresAdminUrl} did not answer; not measured`);
      progress(skipped.at(-1) as string);
      continue;
    }
    runs.push(await run(store));
  }
  return { runs, skipped };
}

/** Creates a fresh database of our own and returns its URL; `drop` removes it. */
export function createScratchDatabase(name: string): { databaseUrl: string; drop(): void } {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad database name ${name}`);
  if (psql(`drop database if exists ${name}`) === null || psql(`create database ${name}`) === null) {
    throw new Error(`could not create database ${name} on ${postgresAdminUrl}`);
  }
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return { databaseUrl: url.href, drop: () => void psql(`drop database if exists ${name} with (force)`) };
}

/** A store filled for a benchmark, how long its import took, and how to remove it. */
export interface PreparedStore {
  spec: StoreSpec;
  importSeconds: number | null;
  dispose(): void;
}

/**
 * Makes a fresh store of `statements` synthetic statements: generated in memory, or imported into a new
 * PGlite folder or a new PostgreSQL database of our own (dropped by `dispose`).
 */
export async function prepareStore(kind: StoreKind, statements: number): Promise<PreparedStore> {
  if (kind === 'memory') return { spec: { kind, statements }, importSeconds: null, dispose() {} };
  if (kind === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), `parley-bench-pglite-${statements}-`));
    const dispose = () => rmSync(dataDir, { recursive: true, force: true });
    try {
      return {
        spec: { kind, dataDir },
        importSeconds: await importSynthetic({ dataDir }, statements),
        dispose,
      };
    } catch (error) {
      dispose();
      throw error;
    }
  }
  // A fixed name per size: a run cut short leaves its database behind, and the next run drops it first.
  const database = createScratchDatabase(`parley_bench_${statements}`);
  try {
    const importSeconds = await importSynthetic({ databaseUrl: database.databaseUrl }, statements);
    return { spec: { kind, databaseUrl: database.databaseUrl }, importSeconds, dispose: database.drop };
  } catch (error) {
    database.drop();
    throw error;
  }
}
