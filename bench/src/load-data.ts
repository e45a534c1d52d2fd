import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDataset } from '@parley/domain/testing';
import { writeJsonl } from './synthetic/jsonl.ts';

/** Where imported data goes: a PGlite folder or a PostgreSQL database. */
export type ImportTarget = { dataDir: string } | { databaseUrl: string };

/**
 * Fills an empty database with `statements` synthetic statements through the `db import` path (JSON Lines
 * parsed, then the store's `writeDataset`: validated, written in one transaction, planner statistics
 * refreshed). Returns the seconds the import took.
 */
export async function importSynthetic(target: ImportTarget, statements: number): Promise<number> {
  const { importRecords, openStore } = await import('@parley/db');
  const folder = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  const file = join(folder, `synthetic-${statements}.jsonl`);
  try {
    await writeJsonl(generateDataset(statements), file);
    const store = await openStore({ ...target, seed: false });
    try {
      const started = performance.now();
      await importRecords(store, readFileSync(file, 'utf8'));
      return (performance.now() - started) / 1000;
    } finally {
      await store.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
