import type { AddressInfo } from 'node:net';
import { createContext, schema } from '@parley/schema';
import Fastify from 'fastify';
import mercurius from 'mercurius';
import type { StartServer } from '../../src/servers/server.ts';

/** Fastify with Mercurius, compiling every query with graphql-jit from its first use. */
export const start: StartServer = async (store) => {
  const app = Fastify({ logger: false });
  await app.register(mercurius, {
    schema,
    jit: 1,
    graphiql: false,
    context: () => createContext(store),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { port: (app.server.address() as AddressInfo).port, close: () => app.close() };
};
