import { APIError, createAuthMiddleware } from 'better-auth/api';
import { type SignInFailures, signInsPerAccount } from './sign-in-failures.ts';
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

/** better-auth hooks that refuse a sign-in to an account with too many recent failures, and count them. */
export function signInLimitHooks(failures: SignInFailures) {
  return {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN) return;
      if ((await counted(failures.count(emailOf(ctx.body)))) >= signInsPerAccount.maxFailures)
        throw new APIError('TOO_MANY_REQUESTS', { message: 'Too many failed sign-ins for this account' });
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== SIGN_IN) return;
      const email = emailOf(ctx.body);
      const returned = ctx.context.returned;
      if (!(returned instanceof APIError)) await counted(failures.clear(email));
      else if (returned.statusCode === 401) await counted(failures.add(email));
    }),
  };
}
