import { GraphQLError } from 'graphql';
import { createLogger, type YogaLogger } from 'graphql-yoga';
import type { Config } from './config.ts';

/** Writes one line. */
export type WriteLine = (line: string) => void;

// An error carrying SQL or its parameters: drizzle's query errors (`query`, `params`), pg's (a SQLSTATE `code`).
const fromDatabase = (error: Error) =>
  'params' in error ||
  ('code' in error && typeof error.code === 'string' && /^[0-9A-Z]{5}$/.test(error.code));

/**
 * What production logs of a failed operation: the GraphQL path it failed at, the error's class and the
 * database's code; the message only when no database produced it, since a query error's message holds the
 * SQL and the values of its parameters, which may be a reader's input.
 */
export function errorSummary(error: unknown): Record<string, unknown> {
  const path = error instanceof GraphQLError ? error.path?.join('.') : undefined;
  let cause: unknown = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const chain: Error[] = [];
  while (cause instanceof Error && chain.length < 5) {
    chain.push(cause);
    cause = cause.cause;
  }
  const [outer] = chain;
  if (!outer) return { level: 'error', path, error: String(error).slice(0, 200) };
  const database = chain.some(fromDatabase);
  const code = chain.map((e) => (e as { code?: unknown }).code).find((c) => typeof c === 'string');
  return {
    level: 'error',
    path,
    error: outer.name,
    ...(code ? { code } : {}),
    ...(database ? {} : { message: outer.message.slice(0, 200) }),
  };
}

/**
 * Yoga's logger at the configured level; in production its errors are one JSON line each (errorSummary),
 * never a stack, a query or its parameters. Development keeps Yoga's full output for debugging.
 */
export function apiLogger(
  config: Pick<Config, 'nodeEnv' | 'logLevel'>,
  write: WriteLine = (line) => process.stderr.write(`${line}\n`),
): YogaLogger {
  const logger = createLogger(config.logLevel);
  if (config.nodeEnv !== 'production' || config.logLevel === 'silent') return logger;
  return {
    ...logger,
    error: (...args: unknown[]) => {
      for (const arg of args) write(JSON.stringify(errorSummary(arg)));
    },
  };
}
