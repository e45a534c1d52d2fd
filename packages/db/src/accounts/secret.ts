import { randomBytes } from 'node:crypto';
import type { Db } from '../client.ts';
import { authGeneratedSecret } from '../schema/index.ts';

/**
 * The secret of a database run without PARLEY_AUTH_SECRET, made on first use and kept in it, so that every
 * process sharing the database (the API, the CLI, several API processes on one PostgreSQL) signs alike.
 * Production sets PARLEY_AUTH_SECRET instead: the API refuses to start there without it.
 */
export async function generatedSecret(db: Db): Promise<string> {
  await db
    .insert(authGeneratedSecret)
    .values({ secret: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db.select({ secret: authGeneratedSecret.secret }).from(authGeneratedSecret);
  if (!row) throw new Error('auth_generated_secret is empty after its insert');
  return row.secret;
}
