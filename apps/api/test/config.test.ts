import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('configuration from the environment', () => {
  test('defaults', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: '127.0.0.1',
      databaseUrl: null,
      dataDir: null,
      store: 'db',
      corsOrigins: [],
      nodeEnv: 'development',
      logLevel: 'info',
      responseCache: true,
      maxConnectionsPerAddress: 100,
      authSecret: null,
      redisUrl: null,
      workers: 1,
      maxSubscriptionsPerAddress: 50,
    });
  });

  test('every setting read', () => {
    expect(
      loadConfig({
        PORT: '8080',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgres://127.0.0.1:5432/test',
        PARLEY_DATA_DIR: '/tmp/parley',
        PARLEY_STORE: 'memory',
        CORS_ORIGINS: 'https://parley.example, http://localhost:3000',
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        PARLEY_RESPONSE_CACHE: 'off',
        PARLEY_MAX_CONNECTIONS_PER_ADDRESS: '500',
        PARLEY_AUTH_SECRET: ' 0123456789abcdef0123456789abcdef ',
        REDIS_URL: 'redis://127.0.0.1:6379',
        PARLEY_API_WORKERS: '4',
        PARLEY_MAX_SUBSCRIPTIONS_PER_ADDRESS: '500',
      }),
    ).toEqual({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://127.0.0.1:5432/test',
      dataDir: '/tmp/parley',
      store: 'memory',
      corsOrigins: ['https://parley.example', 'http://localhost:3000'],
      nodeEnv: 'production',
      logLevel: 'warn',
      responseCache: false,
      maxConnectionsPerAddress: 500,
      authSecret: '0123456789abcdef0123456789abcdef',
      redisUrl: 'redis://127.0.0.1:6379',
      workers: 4,
      maxSubscriptionsPerAddress: 500,
    });
  });

  test('a clear message for each bad value, all at once', () => {
    expect(
      problemsOf({
        PORT: '80a',
        DATABASE_URL: 'mysql://x',
        PARLEY_STORE: 'redis',
        CORS_ORIGINS: 'parley.example',
        NODE_ENV: 'prod',
        LOG_LEVEL: 'loud',
        PARLEY_RESPONSE_CACHE: 'yes',
        PARLEY_MAX_CONNECTIONS_PER_ADDRESS: '0',
        PARLEY_AUTH_SECRET: 'short and secret',
        REDIS_URL: 'http://127.0.0.1:6379',
        PARLEY_API_WORKERS: '65',
        PARLEY_MAX_SUBSCRIPTIONS_PER_ADDRESS: 'many',
      }),
    ).toEqual([
      'PORT is "80a"; expected a whole number from 0 to 65535',
      'DATABASE_URL is not a postgres:// or postgresql:// URL',
      'PARLEY_STORE is "redis"; expected one of memory, db',
      'CORS_ORIGINS has "parley.example"; expected origins like https://parley.example',
      'NODE_ENV is "prod"; expected one of development, production, test',
      'LOG_LEVEL is "loud"; expected one of debug, info, warn, error, silent',
      'PARLEY_RESPONSE_CACHE is "yes"; expected one of on, off',
      'PARLEY_MAX_CONNECTIONS_PER_ADDRESS is "0"; expected a whole number from 1 to 9999999',
      'PARLEY_AUTH_SECRET has 16 characters; expected 32 or more (e.g. from `openssl rand -base64 32`)',
      'REDIS_URL is not a redis:// or rediss:// URL',
      'PARLEY_API_WORKERS is "65"; expected a whole number from 1 to 64',
      'PARLEY_MAX_SUBSCRIPTIONS_PER_ADDRESS is "many"; expected a whole number from 1 to 9999999',
    ]);
    expect(problemsOf({ PORT: '70000' })).toEqual([
      'PORT is "70000"; expected a whole number from 0 to 65535',
    ]);
  });

  test('several workers need what they must share: PostgreSQL and Redis (or the read-only memory store)', () => {
    expect(problemsOf({ PARLEY_API_WORKERS: '2' })).toEqual([
      'PARLEY_API_WORKERS is 2 but DATABASE_URL is not set: PGlite opens in one process only',
      "PARLEY_API_WORKERS is 2 but REDIS_URL is not set: subscribers would miss other processes' writes and rate limits would count per process",
    ]);
    expect(
      problemsOf({
        PARLEY_API_WORKERS: '2',
        DATABASE_URL: 'postgres://127.0.0.1:5432/parley',
        REDIS_URL: 'redis://127.0.0.1:6379',
      }),
    ).toEqual([]);
    expect(
      problemsOf({ PARLEY_API_WORKERS: '2', PARLEY_STORE: 'memory', REDIS_URL: 'redis://127.0.0.1:6379' }),
    ).toEqual([]);
  });
});
