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
    ]);
    expect(problemsOf({ PORT: '70000' })).toEqual([
      'PORT is "70000"; expected a whole number from 0 to 65535',
    ]);
  });
});
