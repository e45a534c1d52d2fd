import { randomBytes, timingSafeEqual } from 'node:crypto';

/** The header that carries the secret of a purge request. */
export const PURGE_SECRET_HEADER = 'x-parley-purge';

/** Where on globalThis the secret lives: the instrumentation hook and the purge route are separate bundles. */
const SECRET = Symbol.for('parley.page-cache.purge-secret');
const held = globalThis as { [SECRET]?: string };

/**
 * This process's secret for purging its page cache: made the first time it is asked for, kept in memory only
 * and sent nowhere but to this process itself, so no one outside it can purge (or fill) the cache.
 */
export function purgeSecret(): string {
  held[SECRET] ??= randomBytes(32).toString('hex');
  return held[SECRET];
}

/** Whether a request carries this process's purge secret (false before the process made one). */
export function carriesPurgeSecret(request: Request): boolean {
  const secret = held[SECRET];
  const given = request.headers.get(PURGE_SECRET_HEADER);
  if (!secret || !given || given.length !== secret.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(secret));
}
