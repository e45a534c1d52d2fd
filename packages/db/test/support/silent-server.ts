import { createServer, type Server } from 'node:net';

/** A server that accepts connections and never answers, as a wrong port or a hung proxy does. */
export async function silentServer(): Promise<{ server: Server; port: number }> {
  const server = createServer(() => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as { port: number }).port };
}
