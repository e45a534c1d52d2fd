import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../src/client.ts';
import { migrationsFolder, runMigrations } from '../src/migrate.ts';
import { openClient } from '../src/open-store.ts';
import { freshPostgresDatabase, postgresAvailable, tempDir } from './support/databases.ts';

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;
const packageDir = join(migrationsFolder, '..');

describe('migrations on PGlite', () => {
  const dir = tempDir('migrations');
  let client: Client;
  beforeAll(async () => {
    client = await openClient({ dataDir: join(dir.path, 'db'), seed: false });
  });
  afterAll(async () => {
    await client?.close();
    dir.remove();
  });

  it('are up to date with the schema (drizzle-kit generate finds no changes)', () => {
    const out = join(dir.path, 'migrations');
    cpSync(migrationsFolder, out, { recursive: true });
    const output = execFileSync('npx', ['drizzle-kit', 'generate'], {
      cwd: packageDir,
      // drizzle-kit prefixes the out folder with "./": give it a relative path.
      env: {
        ...process.env,
        PARLEY_MIGRATIONS_OUT: relative(packageDir, out),
        NODE_OPTIONS: '--conditions=@parley/source',
      },
      encoding: 'utf8',
    });
    expect(output).toContain('No schema changes');
  });

  it('install pg_trgm and apply each migration once, however often they run', async () => {
    expect(
      rowsOf(await client.db.execute("select 1 from pg_extension where extname = 'pg_trgm'")),
    ).toHaveLength(1);
    await client.exclusive((db) => runMigrations(client.driver, db));
    const applied = rowsOf<{ n: number }>(
      await client.db.execute('select count(*)::int as n from drizzle.__drizzle_migrations'),
    );
    expect(applied[0]?.n).toBe(2);
  });
});

const available = await postgresAvailable();

describe.runIf(available)('migrations on PostgreSQL', () => {
  // drizzle-kit introspects PostgreSQL (its PGlite introspection misreads primary keys): on a database made by
  // the migrations alone, `push` must find nothing to change. The database is thrown away after.
  it('produce the database the drizzle schema describes (drizzle-kit push: no changes)', async () => {
    const database = await freshPostgresDatabase();
    try {
      const client = await openClient({ databaseUrl: database.url, seed: false });
      await client.close();
      const output = execFileSync('npx', ['drizzle-kit', 'push', '--verbose', '--force'], {
        cwd: packageDir,
        env: { ...process.env, DATABASE_URL: database.url, NODE_OPTIONS: '--conditions=@parley/source' },
        encoding: 'utf8',
      });
      expect(output).toContain('No changes detected');
    } finally {
      await database.drop();
    }
  });
});
