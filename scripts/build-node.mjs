// Builds a package's entry points for production: files run by plain `node` (no tsx, no transpiling at
// start). Parley's own packages are bundled from their source; npm packages stay in node_modules, where
// PGlite finds its WASM files and graphql-jit its code.
import { chmodSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const metafile = (outdir) => join(outdir, 'meta.json');

/** Whether a build is missing, or older than one of the files it was built from. */
export function isStale({ entryPoints, outdir = 'dist' }) {
  const outputs = entryPoints.map((entry) => join(outdir, `${basename(entry, '.ts')}.mjs`));
  if (!existsSync(metafile(outdir)) || outputs.some((file) => !existsSync(file))) return true;
  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  const { inputs } = JSON.parse(readFileSync(metafile(outdir), 'utf8'));
  return Object.keys(inputs).some((input) => !existsSync(input) || statSync(input).mtimeMs > built);
}

/**
 * Bundles `entryPoints` (src/*.ts) into `outdir`/*.mjs, executables whose first line carries `nodeFlags`, so
 * that every way of starting them gets those flags. The folder is emptied first: no chunk of an older build
 * stays behind.
 */
export async function buildNode({ entryPoints, outdir = 'dist', nodeFlags = [] }) {
  // Loaded here: a fresh build's check (`isStale`) needs no esbuild.
  const { build } = await import('esbuild');
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints,
    outdir,
    outExtension: { '.js': '.mjs' },
    // Dynamic imports stay separate files, loaded only when used (PGlite, better-auth, GraphiQL).
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@parley/source'],
    metafile: true,
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
    banner: { js: `#!/usr/bin/env -S node ${nodeFlags.join(' ')}`.trimEnd() },
    logLevel: 'warning',
  });
  // Only the package's own files: npm packages change with an install, which rebuilds anyway.
  const inputs = Object.fromEntries(
    Object.keys(result.metafile.inputs)
      .filter((input) => !input.includes('node_modules'))
      .map((input) => [input, {}]),
  );
  writeFileSync(metafile(outdir), JSON.stringify({ inputs }));
  for (const entry of entryPoints) chmodSync(join(outdir, `${basename(entry, '.ts')}.mjs`), 0o755);
}
