import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../src/client.ts';
import { migrationsFolder, runMigrations } from '../src/migrate.ts';
import { openClient } from '../src/open-store.ts';
import { openPglite } from '../src/pglite-client.ts';
import { createSqlStore } from '../src/store/sql-store.ts';
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
    const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8'));
    expect(applied[0]?.n).toBe(journal.entries.length);
  });
});

describe('the indexes the scale benchmark asked for (PGlite)', () => {
  it('the trigram index serves `%` on names, and a date window uses the date span index', async () => {
    const dir = tempDir('migrations-indexes');
    const client = await openClient({ dataDir: join(dir.path, 'db'), seed: false });
    try {
      // Enough names that reading them all costs more than the index; ANALYZE as an import does.
      await client.db.execute(`insert into people (id, slug, name, name_key, aliases, search_a, search_b, search_c)
        select 'person:p' || i, 'p' || i, 'Name ' || md5(i::text), 'name ' || md5(i::text), '{}', '', '', ''
        from generate_series(1, 10000) i`);
      await client.db.execute(
        "insert into person_names select id, 0, name from people union all select 'person:p1', 1, 'Mike Pompeo'",
      );
      // Ten years of daily statements: a January window holds a small share of them.
      await client.db.execute(`insert into statements (id, slug, kind, paraphrase, speaker_id, date_edtf,
          date_earliest, date_latest, date_precision, search_a, search_b, search_c)
        select 'statement:s' || i, 's' || i, 'STATEMENT', 'Said.', 'person:p1', d::date::text, d::date, d::date, 'DAY', '', '', ''
        from generate_series(1, 3650) i, lateral (select date '2015-01-01' + i as d) day`);
      await client.db.execute('analyze');
      const plan = async (query: string) =>
        rowsOf<{ 'QUERY PLAN': string }>(await client.db.execute(`explain ${query}`))
          .map((r) => r['QUERY PLAN'])
          .join('\n');
      expect(await plan("select person_id from person_names where name % 'Pompeio'")).toContain(
        'person_names_trigram_idx',
      );
      expect(
        await plan(
          "select id from statements where date_span && daterange('2019-01-01', '2019-01-31', '[]')",
        ),
      ).toContain('statements_date_span_idx');
    } finally {
      await client.close();
      dir.remove();
    }
  });
});

describe('0002 on a database that already holds people', () => {
  it('fills person_names from their names and aliases, so misspelled names are found', async () => {
    const dir = tempDir('migrations-0002');
    // The migrations up to 0001 only: the database as it was before person_names existed.
    const older = join(dir.path, 'migrations');
    cpSync(migrationsFolder, older, { recursive: true });
    const journalPath = join(older, 'meta/_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
    journal.entries = journal.entries.filter((e: { idx: number }) => e.idx < 2);
    writeFileSync(journalPath, JSON.stringify(journal));
    let client = await openPglite(join(dir.path, 'db'));
    try {
      await migrate(client.db as unknown as PgliteDatabase, { migrationsFolder: older });
      await client.db.execute(`insert into people (id, slug, name, name_key, aliases, search_a, search_b, search_c)
        values ('person:mike-pompeo', 'mike-pompeo', 'Mike Pompeo', 'mike pompeo', '{"Michael Richard Pompeo"}', 'Mike Pompeo', '', '')`);
      await client.close();
      client = await openClient({ dataDir: join(dir.path, 'db'), seed: false });
      const names = rowsOf<{ name: string }>(
        await client.db.execute('select name from person_names order by position'),
      );
      expect(names.map((n) => n.name)).toEqual(['Mike Pompeo', 'Michael Richard Pompeo']);
      const hits = await createSqlStore(client).search({ query: 'Pompeio', types: ['person'] });
      expect(hits.edges.map((e) => e.node.id)).toEqual(['person:mike-pompeo']);
    } finally {
      await client.close();
      dir.remove();
    }
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
