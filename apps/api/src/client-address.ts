import type { RequestListener } from 'node:http';

/** The header better-auth reads a client's address from, for its per-address sign-in limit. */
export const clientAddressHeader = 'x-parley-client-address';

/**
 * Sets the client address header from the socket, replacing any value the client sent: the API answers
 * clients directly, so the socket is the truth (behind a proxy, every client shares the proxy's address).
 */
export function withClientAddress(handler: RequestListener): RequestListener {
  return (req, res) => {
    req.headers[clientAddressHeader] = req.socket.remoteAddress ?? '';
    handler(req, res);
  };
}
