import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { authSignInFailures as failures } from '../schema/index.ts';

/**
 * Failed sign-ins one account may have within the window before it must wait: better-auth limits per client
 * address only, and guesses spread over many addresses must not go on for ever. Someone who knows an email can
 * lock that account out for the window, so it stays short.
 */
export const signInsPerAccount = { windowSeconds: 15 * 60, maxFailures: 5 };

/** Where an account's failed sign-ins are counted: the database, or Redis when the API has one. */
export interface SignInFailures {
  /** The account's failures in its current window (0 once it has passed). */
  count(email: string): Promise<number>;
  /** Counts one failure; the first starts the window. */
  add(email: string): Promise<void>;
  /** Forgets the account's failures (it signed in). */
  clear(email: string): Promise<void>;
}

const windowStart = sql`now() - make_interval(secs => ${signInsPerAccount.windowSeconds})`;

/** Failures in the database's `auth_sign_in_failures`: one process, or several on one PostgreSQL. */
export function databaseSignInFailures(db: Db): SignInFailures {
  return {
    async count(email) {
      const [row] = await db
        .select({ count: failures.count })
        .from(failures)
        .where(and(eq(failures.email, email), gt(failures.firstAt, windowStart)));
      return row?.count ?? 0;
    },
    async add(email) {
      // One statement, so failures counted at once from several processes are all counted.
      const recent = sql`${failures.firstAt} > ${windowStart}`;
      await db
        .insert(failures)
        .values({ email, count: 1, firstAt: sql`now()` })
        .onConflictDoUpdate({
          target: failures.email,
          set: {
            count: sql`case when ${recent} then ${failures.count} + 1 else 1 end`,
            firstAt: sql`case when ${recent} then ${failures.firstAt} else now() end`,
          },
        });
    },
    async clear(email) {
      await db.delete(failures).where(eq(failures.email, email));
    },
  };
}
