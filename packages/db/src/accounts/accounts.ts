import { AccountRole, type Viewer } from '@parley/domain';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../client.ts';
import { authSessions, authUsers } from '../schema/auth.ts';
import { AccountError } from './account-error.ts';
import type { AuthSettings } from './auth.ts';
import { generatedSecret } from './secret.ts';
import { sessionCookieName } from './session-cookie.ts';
import { SignInLimitsUnavailable } from './sign-in-limits-unavailable.ts';

/** How long a script's token (`db tokens create`) stays valid. */
export const tokenLifetimeDays = 365;

export interface AccountsOptions extends Omit<AuthSettings, 'secret'> {
  /** PARLEY_AUTH_SECRET; null uses one generated once and kept in the database (not for production). */
  secret: string | null;
}

/** An account to create, as given on the command line, checked. */
export interface NewAccount {
  email: string;
  role: AccountRole;
}

/** Checks an account's email and role before anything is opened or written; the email is lower-cased. */
export function parseNewAccount(email: string, role: string | undefined): NewAccount {
  const parsedRole = AccountRole.safeParse(role);
  if (!parsedRole.success) throw new AccountError(`--role must be ${AccountRole.options.join(' or ')}`);
  const parsedEmail = z.email().safeParse(email.trim().toLowerCase());
  if (!parsedEmail.success) throw new AccountError(`"${email}" is not an email address`);
  return { email: parsedEmail.data, role: parsedRole.data };
}

/** Accounts, sessions and tokens (better-auth), over the database of the records. */
export interface Accounts {
  /** Answers `/api/auth/*`: sign in, sign out, the session. */
  handler(request: Request): Promise<Response>;
  /** The account a request's `Authorization: Bearer TOKEN` or session cookie names; null if none is valid. */
  viewerOf(headers: Headers): Promise<Viewer | null>;
  /** True when the request carries a session cookie (valid or not). */
  hasSessionCookie(headers: Headers): boolean;
  /** Creates an account signing in with `password`; AccountError when it exists or the password is too short. */
  addUser(account: NewAccount, password: string): Promise<Viewer>;
  /** A new token for scripts, valid for `tokenLifetimeDays`; AccountError for an unknown email. */
  createToken(email: string): Promise<{ token: string; expiresAt: Date }>;
  /** The account of an email (any case); AccountError for an unknown one. */
  accountOf(email: string): Promise<Viewer>;
  /** The emails of these account ids, in one query; ids with no account are left out. */
  emailsOf(ids: readonly string[]): Promise<Map<string, string>>;
}

const cookieNamed = (name: string) =>
  new RegExp(`(?:^|;)\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}=`);

/**
 * The token of `Authorization: Bearer TOKEN` as `tokens create` prints it (better-auth's bearer plugin takes it
 * unsigned too); null for none, or for a signed one (`token.signature`), which getSession verifies.
 */
function unsignedBearer(headers: Headers): string | null {
  const authorization = headers.get('authorization') ?? '';
  if (authorization.slice(0, 7).toLowerCase() !== 'bearer ') return null;
  const token = authorization.slice(7).trim();
  return token && !/[.%]/.test(token) ? token : null;
}

// better-auth types its users without Parley's role field: the role is checked here instead.
const toViewer = (user: { id: string; email: string; role?: unknown }): Viewer => ({
  id: user.id,
  email: user.email,
  role: AccountRole.parse(user.role),
});

/** better-auth over the database, with its resolved context; imported here, on first use. */
async function loadAuth(db: Db, settings: AuthSettings) {
  const [{ createAuth }, { runWithTransaction }] = await Promise.all([
    import('./auth.ts'),
    import('@better-auth/core/context'),
  ]);
  const auth = createAuth(db, settings);
  return { auth, context: await auth.$context, runWithTransaction };
}

/**
 * Opens the accounts of a migrated database. better-auth (27 MB resident) is loaded by the first call that
 * needs it: a session cookie, a sign-in, a command; a server answering only readers and tokens never loads it.
 */
export async function openAccounts(db: Db, { secret, ...settings }: AccountsOptions): Promise<Accounts> {
  const resolved = { ...settings, secret: secret ?? (await generatedSecret(db)) };
  let loading: ReturnType<typeof loadAuth> | null = null;
  const loaded = () => {
    // A failed load (the database away) is tried again by the next call, not kept.
    loading ??= loadAuth(db, resolved).catch((error) => {
      loading = null;
      throw error;
    });
    return loading;
  };
  const sessionCookie = cookieNamed(sessionCookieName(settings.secureCookies ?? false));
  const accountOf = async (email: string) => {
    const { context } = await loaded();
    const found = await context.internalAdapter.findUserByEmail(email.trim().toLowerCase());
    if (!found) throw new AccountError(`no account for ${email}: create it with \`users add\``);
    return toViewer(found.user);
  };
  return {
    accountOf,
    async emailsOf(ids) {
      if (ids.length === 0) return new Map();
      const rows = await db
        .select({ id: authUsers.id, email: authUsers.email })
        .from(authUsers)
        .where(inArray(authUsers.id, [...ids]));
      return new Map(rows.map((row) => [row.id, row.email]));
    },
    async handler(request) {
      const { auth } = await loaded();
      // better-auth's per-address limit runs before its endpoints, which turn errors into answers: this one is ours.
      return auth.handler(request).catch((error: unknown) => {
        if (!(error instanceof SignInLimitsUnavailable)) throw error;
        return Response.json(error.body, { status: 503, headers: { 'retry-after': '5' } });
      });
    },
    async viewerOf(headers) {
      const token = unsignedBearer(headers);
      if (token !== null) {
        // A script's token is the session's own: one select, without the three HMACs better-auth's bearer plugin
        // and getSession spend signing it into a cookie and checking what they signed, and their two selects.
        const [found] = await db
          .select({ id: authUsers.id, email: authUsers.email, role: authUsers.role, kind: authSessions.kind })
          .from(authSessions)
          .innerJoin(authUsers, eq(authUsers.id, authSessions.userId))
          .where(and(eq(authSessions.token, token), gt(authSessions.expiresAt, sql`now()`)));
        if (!found) return null;
        if (found.kind === 'token') return toViewer(found);
        // A browser's session sent as a bearer token: getSession renews it as it does the cookie.
      }
      const session = await (await loaded()).auth.api.getSession({ headers });
      return session ? toViewer(session.user) : null;
    },
    hasSessionCookie: (headers) => sessionCookie.test(headers.get('cookie') ?? ''),
    async addUser({ email, role }, password) {
      const { context, runWithTransaction } = await loaded();
      const { minPasswordLength, maxPasswordLength } = context.password.config;
      if (password.length < minPasswordLength || password.length > maxPasswordLength)
        throw new AccountError(
          `the password must have ${minPasswordLength} to ${maxPasswordLength} characters; it has ${password.length}`,
        );
      if (await context.internalAdapter.findUserByEmail(email))
        throw new AccountError(`an account for ${email} exists already`);
      // better-auth's scrypt, before the transaction: it takes ~100 ms.
      const hash = await context.password.hash(password);
      const user = await runWithTransaction(context.adapter, async () => {
        const created = await context.internalAdapter.createUser(
          { email, name: email, emailVerified: true, role },
          { method: 'admin' },
        );
        await context.internalAdapter.linkAccount({
          userId: created.id,
          providerId: 'credential',
          accountId: created.id,
          password: hash,
        });
        return created;
      });
      return toViewer(user);
    },
    async createToken(email) {
      const { id } = await accountOf(email);
      const { context } = await loaded();
      const expiresAt = new Date(Date.now() + tokenLifetimeDays * 86_400_000);
      // A session of its own kind: `Authorization: Bearer TOKEN` reads it as the cookie would.
      const session = await context.internalAdapter.createSession(
        id,
        false,
        { expiresAt, kind: 'token' },
        true,
      );
      return { token: session.token, expiresAt };
    },
  };
}
