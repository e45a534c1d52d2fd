import { Redis } from 'ioredis';
import { StartupError } from './startup-error.ts';

/** The two connections a process keeps to Redis: a subscribed connection can send no other command. */
export interface RedisConnections {
  /** PUBLISH and the rate limits' counters: a command fails at once while Redis is away, it never queues. */
  commands: Redis;
  /** Listens on the live channel; reconnects and subscribes again by itself. */
  subscriber: Redis;
  close(): void;
}

/** How long Redis may take to answer at start before the API gives up, unless told otherwise. */
const CONNECT_TIMEOUT_MS = 5000;

/** The URL as it may be printed: without its password. */
function shown(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.href;
}

/**
 * Connects to Redis, failing the start with the setting to fix when it does not answer. Later outages are
 * survived: both connections retry every second at most, and their users watch `close` and `ready`.
 */
export async function openRedis(
  url: string,
  connectTimeoutMs = CONNECT_TIMEOUT_MS,
): Promise<RedisConnections> {
  const options = {
    lazyConnect: true,
    connectTimeout: connectTimeoutMs,
    retryStrategy: (attempt: number) => Math.min(attempt * 100, 1000),
  };
  const commands = new Redis(url, { ...options, enableOfflineQueue: false, maxRetriesPerRequest: 0 });
  // Its (un)subscribe commands wait for the connection rather than fail: nothing else waits on them.
  const subscriber = new Redis(url, { ...options, maxRetriesPerRequest: null });
  const close = () => {
    commands.disconnect();
    subscriber.disconnect();
  };
  // Outages are reported by those who watch `close`; without a listener ioredis prints every retry's error.
  let lastError: Error | null = null;
  for (const client of [commands, subscriber]) client.on('error', (error: Error) => (lastError = error));
  try {
    await Promise.all([commands.connect(), subscriber.connect()]);
  } catch (error) {
    close();
    // The socket's error (ECONNREFUSED…) says more than the rejection's "Connection is closed."
    const reason = (lastError ?? (error as Error)).message;
    throw new StartupError(
      `REDIS_URL ${shown(url)} does not answer (${reason}): start Redis there or fix REDIS_URL`,
      {
        cause: error,
      },
    );
  }
  return { commands, subscriber, close };
}
