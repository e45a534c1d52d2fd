import { APIError, createAuthMiddleware, isAPIError } from 'better-auth/api';
import type { SignInFailures } from './sign-in-failures.ts';
import { SignInLimitsUnavailable } from './sign-in-limits-unavailable.ts';

const SIGN_IN = '/sign-in/email';

const emailOf = (body: unknown) =>
  String((body as { email?: unknown } | undefined)?.email ?? '').toLowerCase();

/** A counter's step; when it cannot count, the sign-in is answered 503 (after a failure too: its outcome is hidden). */
async function counted<T>(step: Promise<T>): Promise<T> {
  try {
    return await step;
  } catch (error) {
    if (error instanceof SignInLimitsUnavailable) throw new APIError('SERVICE_UNAVAILABLE', error.body);
    throw error;
  }
}

/**
 * better-auth hooks that count each sign-in as a failure before its password is checked, refusing it when the
 * account has too many; its outcome then keeps that count (401), forgets the account's failures (success), or
 * gives it back (any other answer: not a guess). better-auth's per-address limit refuses before these run.
 */
export function signInLimitHooks(failures: SignInFailures) {
  return {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN) return;
      if (!(await counted(failures.reserve(emailOf(ctx.body)))))
        throw new APIError('TOO_MANY_REQUESTS', { message: 'Too many failed sign-ins for this account' });
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN) return;
      const email = emailOf(ctx.body);
      const returned = ctx.context.returned;
      // isAPIError, not instanceof: a malformed request's error is better-call's, not better-auth's subclass.
      if (!isAPIError(returned)) await counted(failures.clear(email));
      else if (returned.statusCode !== 401) await counted(failures.giveBack(email));
    }),
  };
}
