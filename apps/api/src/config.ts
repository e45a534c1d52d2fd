/** The API's settings, read from the environment and checked once at start. */
export interface Config {
  port: number;
  host: string;
  /** PostgreSQL to use; null selects PGlite in `dataDir`. */
  databaseUrl: string | null;
  /** PGlite's folder; null leaves @parley/db's default (`<repo>/.data/pglite`). */
  dataDir: string | null;
  /** `memory` serves the seed dataset from memory; `db` opens @parley/db. */
  store: 'memory' | 'db';
  /** Origins allowed to call the API from a browser; empty allows none cross-origin. */
  corsOrigins: string[];
  nodeEnv: 'development' | 'production' | 'test';
  logLevel: LogLevel;
  /** Serve repeated queries from memory, dropping what each change the store reports touches (PARLEY_RESPONSE_CACHE). */
  responseCache: boolean;
  /** Open connections one client address may hold (PARLEY_MAX_CONNECTIONS_PER_ADDRESS). */
  maxConnectionsPerAddress: number;
  /** Signs sessions (PARLEY_AUTH_SECRET); null outside production uses one generated and kept in the database. */
  authSecret: string | null;
  /** Redis for live updates and rate limits shared by several processes (REDIS_URL); null keeps both in process. */
  redisUrl: string | null;
  /** API processes to run on the one port (PARLEY_API_WORKERS, node:cluster); 1 serves from this process. */
  workers: number;
  /** Subscriptions one client address may hold open (PARLEY_MAX_SUBSCRIPTIONS_PER_ADDRESS). */
  maxSubscriptionsPerAddress: number;
}

export const logLevels = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

/** Every bad setting found, one line each, so a misconfigured start is fixed in one go. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

function oneOf<T extends string>(
  env: Env,
  name: string,
  allowed: readonly T[],
  fallback: T,
  problems: string[],
): T {
  const value = env[name]?.trim() || fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  problems.push(`${name} is "${value}"; expected one of ${allowed.join(', ')}`);
  return fallback;
}

function port(env: Env, problems: string[]): number {
  const raw = env.PORT?.trim() || '4000';
  const value = Number(raw);
  if (/^\d+$/.test(raw) && value >= 0 && value <= 65535) return value;
  problems.push(`PORT is "${raw}"; expected a whole number from 0 to 65535`);
  return 4000;
}

function positiveInteger(
  env: Env,
  name: string,
  fallback: number,
  problems: string[],
  max = 9_999_999,
): number {
  const raw = env[name]?.trim() || String(fallback);
  if (/^[1-9]\d{0,6}$/.test(raw) && Number(raw) <= max) return Number(raw);
  problems.push(`${name} is "${raw}"; expected a whole number from 1 to ${max}`);
  return fallback;
}

function databaseUrl(env: Env, problems: string[]): string | null {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol === 'postgres:' || url.protocol === 'postgresql:') return raw;
  } catch {
    // reported below
  }
  problems.push('DATABASE_URL is not a postgres:// or postgresql:// URL');
  return null;
}

function corsOrigins(env: Env, problems: string[]): string[] {
  const origins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let valid = false;
    try {
      const url = new URL(origin);
      valid = (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === origin;
    } catch {
      // reported below
    }
    if (!valid) problems.push(`CORS_ORIGINS has "${origin}"; expected origins like https://parley.example`);
  }
  return origins;
}

function redisUrl(env: Env, problems: string[]): string | null {
  const raw = env.REDIS_URL?.trim();
  if (!raw) return null;
  if (URL.canParse(raw) && ['redis:', 'rediss:'].includes(new URL(raw).protocol)) return raw;
  problems.push('REDIS_URL is not a redis:// or rediss:// URL');
  return null;
}

/** More than one process must share what one process would keep to itself: the records, and Redis. */
function workerProblems(config: Config, problems: string[]): void {
  if (config.workers === 1) return;
  const workers = `PARLEY_API_WORKERS is ${config.workers}`;
  if (config.store === 'db' && !config.databaseUrl)
    problems.push(`${workers} but DATABASE_URL is not set: PGlite opens in one process only`);
  if (!config.redisUrl)
    problems.push(
      `${workers} but REDIS_URL is not set: subscribers would miss other processes' writes and rate limits would count per process`,
    );
}

/** Processes one machine may sensibly run: more than its cores only share them. */
const MAX_WORKERS = 64;

/** better-auth's minimum: a shorter secret is guessable. */
const AUTH_SECRET_MIN_LENGTH = 32;

function authSecret(env: Env, problems: string[]): string | null {
  const value = env.PARLEY_AUTH_SECRET?.trim() || null;
  // The secret itself is never printed.
  if (value !== null && value.length < AUTH_SECRET_MIN_LENGTH)
    problems.push(
      `PARLEY_AUTH_SECRET has ${value.length} characters; expected ${AUTH_SECRET_MIN_LENGTH} or more (e.g. from \`openssl rand -base64 32\`)`,
    );
  return value;
}

/** Reads and checks the settings; throws a ConfigError naming every bad value. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const host = env.HOST?.trim() || '127.0.0.1';
  if (/\s|\//.test(host)) problems.push(`HOST is "${host}"; expected a host name or IP address`);
  const dataDir = env.PARLEY_DATA_DIR?.trim() || null;
  const config: Config = {
    port: port(env, problems),
    host,
    databaseUrl: databaseUrl(env, problems),
    dataDir,
    store: oneOf(env, 'PARLEY_STORE', ['memory', 'db'] as const, 'db', problems),
    corsOrigins: corsOrigins(env, problems),
    nodeEnv: oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development', problems),
    logLevel: oneOf(env, 'LOG_LEVEL', logLevels, 'info', problems),
    responseCache: oneOf(env, 'PARLEY_RESPONSE_CACHE', ['on', 'off'] as const, 'on', problems) === 'on',
    // A balancer or the site's own server reaches the API from one address: 100 leaves them room.
    maxConnectionsPerAddress: positiveInteger(env, 'PARLEY_MAX_CONNECTIONS_PER_ADDRESS', 100, problems),
    authSecret: authSecret(env, problems),
    redisUrl: redisUrl(env, problems),
    workers: positiveInteger(env, 'PARLEY_API_WORKERS', 1, problems, MAX_WORKERS),
    // Half the connections an address may open: the rest stay for its queries.
    maxSubscriptionsPerAddress: positiveInteger(env, 'PARLEY_MAX_SUBSCRIPTIONS_PER_ADDRESS', 50, problems),
  };
  workerProblems(config, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
