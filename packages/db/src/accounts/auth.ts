import { AccountRole } from '@parley/domain';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { betterAuth } from 'better-auth/minimal';
import { bearer } from 'better-auth/plugins/bearer';
import type { Db } from '../client.ts';
import { authAccounts, authRateLimits, authSessions, authUsers, authVerifications } from '../schema/index.ts';
import { type RedisScripts, redisAddressLimit, redisSignInFailures } from './redis-sign-in-limits.ts';
import { cookiePrefix } from './session-cookie.ts';
import { databaseSignInFailures } from './sign-in-failures.ts';
import { signInLimitHooks } from './sign-in-limit.ts';

export interface AuthSettings {
  secret: string;
  /** Origins besides the API's own whose pages may sign in and send the session cookie (CORS_ORIGINS). */
  trustedOrigins?: readonly string[];
  /** `Secure` cookies with the `__Secure-` prefix (production, served over https); default off. */
  secureCookies?: boolean;
  /** A request header holding the client's address, set by the server from its socket (per-address limit). */
  addressHeader?: string;
  /** Counts the sign-in limits in this Redis, so every process on it counts together; else in the database. */
  redis?: RedisScripts;
}

/** Sign-in attempts one client address may make per window (seconds): a person mistyping needs a few. */
export const signInsPerAddress = { window: 60, max: 10 };

/** better-auth over Parley's database: email and password accounts, no sign-up, bearer tokens for scripts. */
export function createAuth(db: Db, settings: AuthSettings) {
  // Where both sign-in limits count, chosen here only: Redis when the API has one, else the database.
  const { redis } = settings;
  const failures = redis ? redisSignInFailures(redis) : databaseSignInFailures(db);
  return betterAuth({
    appName: 'Parley',
    basePath: '/api/auth',
    secret: settings.secret,
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: {
        user: authUsers,
        session: authSessions,
        account: authAccounts,
        verification: authVerifications,
        rateLimit: authRateLimits,
      },
      // Without it an account could be left without its password when a write fails half-way.
      transaction: true,
    }),
    // Parley never phones home.
    telemetry: { enabled: false },
    trustedOrigins: [...(settings.trustedOrigins ?? [])],
    // Accounts come from `npm run db -- users add` (and later from admins), never from a public sign-up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12 },
    user: { additionalFields: { role: { type: [...AccountRole.options], required: true, input: false } } },
    session: {
      additionalFields: { kind: { type: 'string', required: true, defaultValue: 'browser', input: false } },
    },
    // Set explicitly: several defaults change with NODE_ENV, and tests must see what production does.
    rateLimit: {
      enabled: true,
      // Either way shared by every API process: in Redis, or in the database (which survives restarts).
      ...(redis ? { customStorage: redisAddressLimit(redis) } : { storage: 'database' as const }),
      window: 60,
      max: 100,
      customRules: { '/sign-in/email': signInsPerAddress },
    },
    advanced: {
      cookiePrefix,
      useSecureCookies: settings.secureCookies ?? false,
      disableOriginCheck: false,
      ...(settings.addressHeader ? { ipAddress: { ipAddressHeaders: [settings.addressHeader] } } : {}),
    },
    hooks: signInLimitHooks(failures),
    logger: {
      // Below "warn", so that a client's mistake (a wrong password, a 429) is not logged as the server's.
      level: 'info',
      // Errors only, their first line: a database error's message would carry its SQL and parameters.
      log: (level, message) => {
        if (level === 'error') console.error(`better-auth: ${message.split('\n')[0]}`);
      },
    },
    plugins: [bearer()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
