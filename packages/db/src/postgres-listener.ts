import { everythingChanged, type StoreChange } from '@parley/domain';
import pg from 'pg';
import { CHANGES_CHANNEL, changeOf, type Listen } from './changes.ts';

// How long to wait before listening again after the connection was lost.
const RECONNECT_MS = 1000;

/**
 * Listens on a connection of its own (a pooled one would go back to the pool and stop listening), opened for
 * the first listener and closed after the last. A lost connection may have missed changes: every listener is
 * told everything changed (caches drop, which is always safe), then it connects again and tells them once more
 * when listening (a change committed in between was announced to nobody).
 */
export function postgresListener(
  connectionString: string,
  connectTimeoutMs: number,
): { listen: Listen; close: () => Promise<void> } {
  const listeners = new Set<(change: StoreChange) => void>();
  let connection: Promise<pg.Client> | null = null;
  let closed = false;
  const tell = (change: StoreChange) => {
    for (const listener of listeners) listener(change);
  };
  const tellEverything = () => tell(everythingChanged);

  function connect(): Promise<pg.Client> {
    const client = new pg.Client({
      connectionString,
      application_name: 'parley-changes',
      connectionTimeoutMillis: connectTimeoutMs,
    });
    const lost = () => {
      if (connection === opened) connection = null;
      if (closed || listeners.size === 0) return;
      tellEverything();
      setTimeout(() => {
        if (closed || listeners.size === 0 || connection !== null) return;
        connection = connect();
        // A change committed after the loss and before this LISTEN was missed: tell everyone again.
        connection.then(tellEverything, () => {});
      }, RECONNECT_MS).unref();
    };
    client.on('notification', (message) => {
      if (message.channel === CHANGES_CHANNEL) tell(changeOf(message.payload));
    });
    client.on('error', () => client.end().catch(() => {}));
    client.on('end', lost);
    const opened = client
      .connect()
      .then(() => client.query(`listen ${CHANGES_CHANNEL}`))
      .then(() => client);
    opened.catch(() => client.end().catch(() => {}));
    return opened;
  }

  async function stopAll() {
    const open = connection;
    connection = null;
    await open?.then((client) => client.end()).catch(() => {});
  }

  return {
    async listen(listener) {
      if (closed) throw new Error('the store is closed');
      connection ??= connect();
      try {
        await connection;
      } catch (error) {
        connection = null;
        throw error;
      }
      listeners.add(listener);
      return async () => {
        listeners.delete(listener);
        if (listeners.size === 0) await stopAll();
      };
    },
    async close() {
      closed = true;
      listeners.clear();
      await stopAll();
    },
  };
}
