import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { createContext, type ParleyContext, schema } from '@parley/schema';
import type { StartServer } from '../../src/servers/server.ts';

/** Apollo Server 5 as people run it: the standalone node:http server, defaults otherwise. */
export const start: StartServer = async (store) => {
  const server = new ApolloServer<ParleyContext>({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async () => createContext(store),
  });
  return { port: Number(new URL(url).port), close: () => server.stop() };
};
