import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { Client, Db } from './client.ts';
import { packageDir } from './package-dir.ts';

/** The committed migrations, found from this package so any working directory works. */
export const migrationsFolder = resolve(packageDir, 'migrations');

/** When the newest committed migration was made: drizzle stores it as `created_at` once it is applied. */
function newestMigration(): number {
  const journal = readFileSync(resolve(migrationsFolder, 'meta/_journal.json'), 'utf8');
  return Math.max(...(JSON.parse(journal) as { entries: { when: number }[] }).entries.map((e) => e.when));
}

/**
 * True when drizzle's table records the newest migration, in one query; false when the table is not there
 * (a new database). drizzle's migrator would take four statements and read and hash every migration file.
 */
async function upToDate(db: Db): Promise<boolean> {
  let last: unknown;
  try {
    const result = await db.execute(sql`select max(created_at) as last from drizzle.__drizzle_migrations`);
    last = (result as unknown as { rows: { last: unknown }[] }).rows[0]?.last;
  } catch {
    return false;
  }
  // drizzle applies a migration when the last recorded `created_at` is older than it: the same test.
  return last !== null && last !== undefined && Number(last) >= newestMigration();
}

/** Applies the committed migrations not yet applied; drizzle runs them in one transaction. */
export async function runMigrations(driver: Client['driver'], db: Db): Promise<void> {
  if (await upToDate(db)) return;
  // The migrators load only when there is something to apply.
  if (driver === 'pglite')
    await (await import('drizzle-orm/pglite/migrator')).migrate(db as unknown as PgliteDatabase, {
      migrationsFolder,
    });
  else
    await (await import('drizzle-orm/node-postgres/migrator')).migrate(db as unknown as NodePgDatabase, {
      migrationsFolder,
    });
}
