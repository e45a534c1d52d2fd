import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { authSignInFailures as failures } from '../schema/index.ts';

/**
 * Failed sign-ins one account may have within the window before it must wait: better-auth limits per client
 * address only, and guesses spread over many addresses must not go on for ever. Someone who knows an email can
 * lock that account out for the window, so it stays short.
 */
export const signInsPerAccount = { windowSeconds: 15 * 60, maxFailures: 5 };

/**
 * Where an account's failed sign-ins are counted: the database, or Redis when the API has one. Each attempt is
 * counted before its password is checked, so that guesses sent at once cannot all pass a count none has added to.
 */
export interface SignInFailures {
  /**
   * Counts the attempt as a failure, in one atomic step, if the account has fewer than `maxFailures` in its
   * current window (the first starts it): true. False when it has that many; then nothing is counted.
   */
  reserve(email: string): Promise<boolean>;
  /** Takes back one reserved attempt that was not a failed guess (never below 0). */
  giveBack(email: string): Promise<void>;
  /** Forgets the account's failures (it signed in). */
  clear(email: string): Promise<void>;
}

const windowStart = sql`now() - make_interval(secs => ${signInsPerAccount.windowSeconds})`;

/** Failures in the database's `auth_sign_in_failures`: one process, or several on one PostgreSQL. */
export function databaseSignInFailures(db: Db): SignInFailures {
  return {
    async reserve(email) {
      // One statement: PostgreSQL locks the row for it, so reservations made at once from several processes
      // are counted one after the other. A full window leaves the row as it is, and nothing is returned.
      const recent = sql`${failures.firstAt} > ${windowStart}`;
      const reserved = await db
        .insert(failures)
        .values({ email, count: 1, firstAt: sql`now()` })
        .onConflictDoUpdate({
          target: failures.email,
          set: {
            count: sql`case when ${recent} then ${failures.count} + 1 else 1 end`,
            firstAt: sql`case when ${recent} then ${failures.firstAt} else now() end`,
          },
          setWhere: sql`not (${recent} and ${failures.count} >= ${signInsPerAccount.maxFailures})`,
        })
        .returning({ count: failures.count });
      return reserved.length > 0;
    },
    async giveBack(email) {
      await db
        .update(failures)
        .set({ count: sql`${failures.count} - 1` })
        .where(and(eq(failures.email, email), gt(failures.count, 0)));
    },
    async clear(email) {
      await db.delete(failures).where(eq(failures.email, email));
    },
  };
}
