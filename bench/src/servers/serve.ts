import { openBenchStore, type StoreSpec } from '../stores.ts';
import { startParley } from './parley.ts';
import { peerServer } from './peers.ts';
import type { StartServer, VariantOptions } from './server.ts';
import { startYogaVariant } from './yoga-variants.ts';

/** What the load harness asks of a server process: which server, over which store, with which switches. */
export interface ServeRequest {
  server: ServerName;
  store: StoreSpec;
  options: VariantOptions;
}

const servers = {
  parley: startParley,
  apollo: peerServer('apollo'),
  mercurius: peerServer('mercurius'),
  yoga: startYogaVariant,
} satisfies Record<string, StartServer>;
export type ServerName = keyof typeof servers;

// Run as a child process: argv[2] is the JSON ServeRequest; "ready <port>" on stdout says it listens.
const request = JSON.parse(process.argv[2] ?? '{}') as ServeRequest;
const store = await openBenchStore(request.store);
const running = await servers[request.server](store, request.options);
process.stdout.write(`ready ${running.port}\n`);

const stop = async () => {
  await running.close();
  await store.close();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
