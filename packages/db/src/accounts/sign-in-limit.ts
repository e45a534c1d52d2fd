import { APIError, createAuthMiddleware } from 'better-auth/api';
import { and, eq, gt, gte, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { authSignInFailures as failures } from '../schema/index.ts';

/**
 * Failed sign-ins one account may have within the window before it must wait: better-auth limits per client
 * address only, and guesses spread over many addresses must not go on for ever. Someone who knows an email can
 * lock that account out for the window, so it stays short.
 */
export const signInsPerAccount = { windowSeconds: 15 * 60, maxFailures: 5 };

const SIGN_IN = '/sign-in/email';
const windowStart = sql`now() - make_interval(secs => ${signInsPerAccount.windowSeconds})`;

const emailOf = (body: unknown) =>
  String((body as { email?: unknown } | undefined)?.email ?? '').toLowerCase();

/** better-auth hooks that refuse a sign-in to an account with too many recent failures, and count them. */
export function signInLimitHooks(db: Db) {
  return {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN) return;
      const locked = await db
        .select({ email: failures.email })
        .from(failures)
        .where(
          and(
            eq(failures.email, emailOf(ctx.body)),
            gte(failures.count, signInsPerAccount.maxFailures),
            gt(failures.firstAt, windowStart),
          ),
        );
      if (locked.length > 0)
        throw new APIError('TOO_MANY_REQUESTS', { message: 'Too many failed sign-ins for this account' });
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN) return;
      const email = emailOf(ctx.body);
      const returned = ctx.context.returned;
      if (!(returned instanceof APIError)) {
        await db.delete(failures).where(eq(failures.email, email));
      } else if (returned.statusCode === 401) {
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
      }
    }),
  };
}
