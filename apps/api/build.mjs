// Builds the API for production: dist/server.mjs, an executable run by plain `node` (no tsx, no
// transpiling at start: 110 MB less resident memory). Parley's own packages are bundled from their source;
// npm packages stay in node_modules, where PGlite finds its WASM files and graphql-jit its code.
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

/**
 * Node's flags for the server, in the file's first line, so that every way of starting it (npm start, the
 * e2e tests, the benchmarks: all run the file itself) gets them. The old generation is capped at 256 MB: V8's
 * default on this machine's 24 GiB is 4 GB, and it grows to hundreds of MB of garbage before it collects.
 */
const nodeFlags = ['--max-old-space-size=256'];

await build({
  entryPoints: ['src/server.ts'],
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  // Dynamic imports stay separate files: a memory-store process never loads @parley/db or PGlite.
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['@parley/source'],
  plugins: [
    {
      name: 'npm-packages-external',
      setup(build) {
        build.onResolve({ filter: /^[^./]/ }, ({ path }) =>
          path.startsWith('@parley/') ? undefined : { path, external: true },
        );
      },
    },
  ],
  banner: { js: `#!/usr/bin/env -S node ${nodeFlags.join(' ')}` },
  logLevel: 'warning',
});
chmodSync('dist/server.mjs', 0o755);
