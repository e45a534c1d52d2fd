import type { BetterAuthRateLimitStorage } from '@better-auth/core';
import { type SignInFailures, signInsPerAccount } from './sign-in-failures.ts';
import { SignInLimitsUnavailable } from './sign-in-limits-unavailable.ts';

/** What the sign-in limits need of a Redis client: ioredis's `eval` (so this package needs no Redis client). */
export interface RedisScripts {
  eval(script: string, numKeys: number, ...args: (string | number)[]): Promise<unknown>;
}

/** Counts one request under the limit `ARGV[1]` in a window of `ARGV[2]` ms from the first: {1, 0} or {0, ms left}. */
const CONSUME = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count >= tonumber(ARGV[1]) then return {0, redis.call('PTTL', KEYS[1])} end
if redis.call('INCR', KEYS[1]) == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return {1, 0}`;
/** Takes one back, never below 0 (nor creating a key without expiry after it went). */
const GIVE_BACK = `
if tonumber(redis.call('GET', KEYS[1]) or '0') > 0 then redis.call('DECR', KEYS[1]) end
return 0`;
const DEL = `return redis.call('DEL', KEYS[1])`;

/** Redis's answer, or SignInLimitsUnavailable when it cannot give one (the caller refuses the sign-in). */
async function run(redis: RedisScripts, script: string, key: string, ...args: (string | number)[]) {
  try {
    return await redis.eval(script, 1, key, ...args);
  } catch (error) {
    throw new SignInLimitsUnavailable(error);
  }
}

/** better-auth's per-address limit in Redis: each request checked and counted in one script, so atomically. */
export function redisAddressLimit(redis: RedisScripts): BetterAuthRateLimitStorage {
  return {
    async consume(key, { window, max }) {
      const [allowed, msLeft] = (await run(
        redis,
        CONSUME,
        `parley:auth-limit:${key}`,
        max,
        window * 1000,
      )) as [number, number];
      return allowed
        ? { allowed: true, retryAfter: null }
        : { allowed: false, retryAfter: Math.ceil(msLeft / 1000) };
    },
  };
}

/** An account's failed sign-ins in Redis, one key each, expiring with its window; reserved as requests are. */
export function redisSignInFailures(redis: RedisScripts): SignInFailures {
  const keyOf = (email: string) => `parley:sign-in-failures:${email}`;
  const { maxFailures, windowSeconds } = signInsPerAccount;
  return {
    async reserve(email) {
      const [reserved] = (await run(redis, CONSUME, keyOf(email), maxFailures, windowSeconds * 1000)) as [
        number,
      ];
      return reserved === 1;
    },
    giveBack: async (email) => void (await run(redis, GIVE_BACK, keyOf(email))),
    clear: async (email) => void (await run(redis, DEL, keyOf(email))),
  };
}
