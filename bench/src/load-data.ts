import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDataset } from './synthetic/generate.ts';
import { writeJsonl } from './synthetic/jsonl.ts';

/** Where imported data goes: a PGlite folder or a PostgreSQL database. */
export type ImportTarget = { dataDir: string } | { databaseUrl: string };

/**
 * Fills an empty database with `statements` synthetic statements through the `db import` path (JSON Lines
 * parsed, validated and written in one transaction), then gathers planner statistics as autovacuum would
 * soon after on PostgreSQL (PGlite has no autovacuum). Returns the seconds the import took.
 */
export async function importSynthetic(target: ImportTarget, statements: number): Promise<number> {
  const { importRecords, openClient } = await import('@parley/db');
  const folder = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  const file = join(folder, `synthetic-${statements}.jsonl`);
  try {
    await writeJsonl(generateDataset(statements), file);
    const client = await openClient({ ...target, seed: false });
    try {
      const started = performance.now();
      await importRecords(client.db, readFileSync(file, 'utf8'));
      const seconds = (performance.now() - started) / 1000;
      await client.db.execute('analyze');
      return seconds;
    } finally {
      await client.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
