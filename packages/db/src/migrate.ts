import { resolve } from 'node:path';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { Client, Db } from './client.ts';
import { packageDir } from './package-dir.ts';

/** The committed migrations, found from this package so any working directory works. */
export const migrationsFolder = resolve(packageDir, 'migrations');

/** Applies the committed migrations not yet applied; drizzle runs them in one transaction. */
export async function runMigrations(driver: Client['driver'], db: Db): Promise<void> {
  if (driver === 'pglite') await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder });
  else await migratePg(db as unknown as NodePgDatabase, { migrationsFolder });
}
