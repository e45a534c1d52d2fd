import { datasetKeys, type RecordType } from '@parley/domain';
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { tableOf } from '../store/sql-store.ts';
import { writeRecords } from '../write/write-records.ts';
import { ImportError, type ParsedImport, parseJsonl } from './parse.ts';

// Keeps each lookup well under PostgreSQL's 65 535 parameters.
const chunked = (values: string[], size = 10_000) =>
  Array.from({ length: Math.ceil(values.length / size) }, (_, i) => values.slice(i * size, (i + 1) * size));

/** Finds what the database must supply or must not clash with: referenced records, and slugs taken by others. */
async function checkAgainstDatabase(db: Db, parsed: ParsedImport): Promise<string[]> {
  const problems: string[] = [];
  const byType = new Map<RecordType, string[]>();
  for (const [id, ref] of parsed.external) byType.set(ref.type, [...(byType.get(ref.type) ?? []), id]);
  for (const [type, ids] of byType) {
    const table = tableOf[type];
    const found = new Set<string>();
    for (const chunk of chunked(ids)) {
      for (const row of await db.select({ id: table.id }).from(table).where(inArray(table.id, chunk)))
        found.add(row.id);
    }
    for (const id of ids) {
      if (!found.has(id)) {
        const ref = parsed.external.get(id);
        problems.push(
          `${ref?.at} refers to ${type} "${id}", which is neither in the file nor in the database`,
        );
      }
    }
  }
  for (const type of Object.keys(datasetKeys) as RecordType[]) {
    const records = parsed.dataset[datasetKeys[type]];
    if (records.length === 0) continue;
    const table = tableOf[type];
    const slugs = new Map(records.map((r) => [r.slug, r.id]));
    for (const chunk of chunked([...slugs.keys()])) {
      for (const row of await db
        .select({ id: table.id, slug: table.slug })
        .from(table)
        .where(inArray(table.slug, chunk))) {
        const id = slugs.get(row.slug) as string;
        if (row.id !== id)
          problems.push(
            `line ${parsed.lines.get(id)?.line}: ${type} "${row.slug}": slug is already used by "${row.id}"`,
          );
      }
    }
  }
  return problems;
}

/**
 * Validates and writes JSON Lines in one transaction (all records or, on any problem, none), announces the
 * change to listeners on commit, then refreshes the planner's statistics.
 */
export async function importRecords(
  db: Db,
  text: string,
  onProgress?: (written: number, total: number) => void,
): Promise<Record<RecordType, number>> {
  const parsed = parseJsonl(text);
  const total = parsed.lines.size;
  await db.transaction(async (tx) => {
    const problems = await checkAgainstDatabase(tx, parsed);
    if (problems.length > 0) throw new ImportError(problems);
    await writeRecords(tx, parsed.dataset, (written) => onProgress?.(written, total));
  });
  // Fresh statistics for the planner: PGlite has no autovacuum, and PostgreSQL's would come too late.
  await db.execute(sql`analyze`);
  return Object.fromEntries(
    (Object.keys(datasetKeys) as RecordType[]).map((type) => [
      type,
      parsed.dataset[datasetKeys[type]].length,
    ]),
  ) as Record<RecordType, number>;
}
