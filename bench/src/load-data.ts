import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type Dataset, datasetKeys } from '@parley/domain';
import { generateDataset } from '@parley/domain/testing';
import { writeJsonl } from './synthetic/jsonl.ts';

/** People at most: the generator has 27,000 made-up surnames, so a million statements (50,000 people) would run out. */
export const MAX_SYNTHETIC_PEOPLE = 25_000;

/** The synthetic dataset of a size, as the generator's defaults make it, people capped at MAX_SYNTHETIC_PEOPLE. */
export const syntheticDataset = (statements: number) =>
  generateDataset(
    statements,
    statements / 20 > MAX_SYNTHETIC_PEOPLE ? { counts: { people: MAX_SYNTHETIC_PEOPLE } } : {},
  );

/** Where imported data goes: a PGlite folder or a PostgreSQL database. */
export type ImportTarget = { dataDir: string } | { databaseUrl: string };

/**
 * The largest file `importRecords` reads whole. A JavaScript string holds at most 512 MB; a million statements
 * are 740 MB of JSON Lines. Importing them in parts instead would leave each later part's references to the
 * database, which `validateWrite` resolves in time quadratic in their number (over 20 minutes for 100,000 statements).
 */
export const WHOLE_FILE_BYTES = 400 * 1024 * 1024;

/** A JSON Lines file's records by type, read line by line (the records are the store's to validate). */
async function readRecords(file: string) {
  const dataset = Object.fromEntries(Object.values(datasetKeys).map((key) => [key, [] as unknown[]])) as {
    [K in keyof Dataset]: unknown[];
  };
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (!line) continue;
    const { type, record } = JSON.parse(line) as { type: keyof typeof datasetKeys; record: unknown };
    dataset[datasetKeys[type]].push(record);
  }
  return dataset;
}

/**
 * Fills an empty database with `statements` synthetic statements through the `db import` path: JSON Lines
 * parsed, then the store's `writeDataset` (validated, written in one transaction, planner statistics
 * refreshed). A file larger than `wholeFileBytes` is parsed here, line by line, into the same one write.
 * Returns the seconds the import took (parsing and writing; not reading the file).
 */
export async function importSynthetic(
  target: ImportTarget,
  statements: number,
  wholeFileBytes = WHOLE_FILE_BYTES,
): Promise<number> {
  const { importRecords, openStore } = await import('@parley/db');
  const folder = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  const file = join(folder, `synthetic-${statements}.jsonl`);
  try {
    await writeJsonl(syntheticDataset(statements), file);
    const store = await openStore({ ...target, seed: false });
    try {
      if (statSync(file).size <= wholeFileBytes) {
        const text = readFileSync(file, 'utf8');
        const started = performance.now();
        await importRecords(store, text);
        return (performance.now() - started) / 1000;
      }
      const started = performance.now();
      await store.writeDataset(await readRecords(file));
      return (performance.now() - started) / 1000;
    } finally {
      await store.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
