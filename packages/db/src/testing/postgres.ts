// Helpers for tests that need a PostgreSQL of their own: Parley's packages and benchmarks share them.
import pg from 'pg';

/** The PostgreSQL the tests use; each run makes its own database there. */
export const postgresUrl = process.env.PARLEY_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Whether PostgreSQL answers. In CI it must (a failure to connect fails the run); elsewhere its absence skips
 * the PostgreSQL tests with the reason printed.
 */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch (error) {
    if (process.env.CI === 'true')
      throw new Error(`CI needs PostgreSQL at ${postgresUrl}: ${(error as Error).message}`);
    console.warn(
      `skipping the PostgreSQL tests: ${postgresUrl} is unreachable (${(error as Error).message})`,
    );
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** A new, empty database on the test PostgreSQL, dropped by the returned function. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `parley_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}
