import { createServer, type RequestListener, type Server } from 'node:http';
import type { Socket } from 'node:net';

/** How long a client may take, and how many connections one address may hold open. */
export interface ConnectionLimits {
  /** Until the request's headers are in: a client sending them a byte at a time is cut then. */
  headersTimeoutMs: number;
  /** Until the whole request, body included, is in. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** Open connections per client address; more are closed as they arrive. */
  perAddress: number;
}

/** Limits for an API whose requests are small JSON documents answered in milliseconds. */
export const defaultConnectionLimits: Omit<ConnectionLimits, 'perAddress'> = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
};

/**
 * A node:http server that enforces the limits. Node's defaults (60 s for headers, 300 s per request, no cap
 * per address, timeouts checked every 30 s) let a few hundred slow sockets hold the server for minutes.
 */
export function createLimitedServer(handler: RequestListener, limits: ConnectionLimits): Server {
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // How often the timeouts above are checked: a tenth of the headers timeout, so a cut comes on time.
      connectionsCheckingInterval: Math.max(100, limits.headersTimeoutMs / 10),
    },
    handler,
  );
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const count = (open.get(address) ?? 0) + 1;
    if (count > limits.perAddress) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left === 0) open.delete(address);
      else open.set(address, left);
    });
  });
  return server;
}
