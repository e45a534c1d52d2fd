import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// Accounts and sessions, as better-auth's drizzle adapter reads them: it finds a table by its key in the
// adapter's schema (src/accounts/auth.ts) and a column by its property name, so the SQL names follow Parley's.

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

/** Accounts: an editor or an admin, signed in by email and password (kept in `auth_accounts`). */
export const authUsers = pgTable(
  'auth_users',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    email: text('email').notNull().unique(),
    emailVerified: boolean('email_verified').notNull().default(false),
    image: text('image'),
    role: text('role').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // better-auth does not enforce its field types: the database does.
  (t) => [check('auth_users_role', sql`${t.role} in ('editor', 'admin')`)],
);

/** Sessions: a browser's (by cookie, a week) or a script's token (`db tokens create`, a year). */
export const authSessions = pgTable(
  'auth_sessions',
  {
    id: text('id').primaryKey(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    token: text('token').notNull().unique(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => authUsers.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull().default('browser'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('auth_sessions_user_id').on(t.userId),
    check('auth_sessions_kind', sql`${t.kind} in ('browser', 'token')`),
  ],
);

/** How an account signs in: here always `credential`, holding better-auth's scrypt hash of the password. */
export const authAccounts = pgTable(
  'auth_accounts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => authUsers.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
    refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
    scope: text('scope'),
    password: text('password'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('auth_accounts_user_id').on(t.userId)],
);

/** better-auth's one-time values (e.g. a password reset); Parley sends no mail, so it stays empty today. */
export const authVerifications = pgTable(
  'auth_verifications',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('auth_verifications_identifier').on(t.identifier)],
);

/** better-auth's request counts per client address and path, shared by every API process on one database. */
export const authRateLimits = pgTable('auth_rate_limits', {
  id: text('id').primaryKey(),
  key: text('key').notNull().unique(),
  count: integer('count').notNull(),
  lastRequest: bigint('last_request', { mode: 'number' }).notNull(),
});

/** Failed sign-ins per account (better-auth limits per address only), cleared by a successful one. */
export const authSignInFailures = pgTable('auth_sign_in_failures', {
  email: text('email').primaryKey(),
  count: integer('count').notNull(),
  firstAt: timestamp('first_at', { withTimezone: true }).notNull(),
});

/** The secret generated for a database whose API runs without PARLEY_AUTH_SECRET (not in production). */
export const authGeneratedSecret = pgTable(
  'auth_generated_secret',
  {
    only: boolean('only').primaryKey().default(true),
    secret: text('secret').notNull(),
  },
  (t) => [check('auth_generated_secret_one_row', sql`${t.only}`)],
);
