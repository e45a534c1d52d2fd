import type { Store } from '@parley/domain';

/** A GraphQL server under test, listening on a port, serving Parley's schema over one store. */
export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

/** Improvements a Yoga variant switches on; the production server and the peers ignore them. */
export interface VariantOptions {
  jit?: boolean;
  responseCache?: boolean;
  /** Turns off Yoga's parse and validation cache (on by default). */
  noParseCache?: boolean;
  /** Query texts the server accepts by their SHA-256 id; any other document is refused. */
  persisted?: string[];
}

/** Starts a server over a store. */
export type StartServer = (store: Store, options: VariantOptions) => Promise<RunningServer>;
