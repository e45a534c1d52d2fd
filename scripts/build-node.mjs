// Builds a package's entry points for production: files run by plain `node` (no tsx, no transpiling at
// start). Parley's own packages and the npm packages are bundled from their source, so that a start reads a
// few files instead of hundreds; the packages in `keepExternal` stay in node_modules (see there).
import { chmodSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const metafile = (outdir) => join(outdir, 'meta.json');

/** npm rewrites this file whenever it installs or removes a package. */
const installRecord = fileURLToPath(new URL('../node_modules/.package-lock.json', import.meta.url));

/**
 * npm packages loaded from node_modules rather than bundled: PGlite finds its WASM and data files next to its
 * own modules, and ioredis reads its package.json through __dirname.
 */
const keepExternal = ['@electric-sql/pglite', 'ioredis'];
const isKept = (path) => keepExternal.some((name) => path === name || path.startsWith(`${name}/`));

/** Bundled CommonJS packages call `require` for Node's modules, which an ES module does not have. */
const requireShim =
  "import { createRequire as __parleyRequire } from 'node:module';\nconst require = __parleyRequire(import.meta.url);";

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
    // ES modules first where a package ships both: they bundle smaller (tree-shaken), and in one copy each.
    mainFields: ['module', 'main'],
    metafile: true,
    plugins: [
      {
        name: 'kept-external',
        setup(build) {
          build.onResolve({ filter: /^[^./]/ }, ({ path }) =>
            isKept(path) ? { path, external: true } : undefined,
          );
        },
      },
      {
        // graphql ships CommonJS and ES modules side by side: a require() or a subpath (`graphql/jsutils/Path.js`,
        // `graphql/language/parser`) would bundle a second copy, and graphql refuses types from another copy.
        // Each resolves to the ES module instead, once.
        name: 'one-graphql',
        setup(build) {
          build.onResolve({ filter: /^graphql(\/|$)/ }, ({ path, resolveDir, pluginData }) => {
            if (pluginData === 'one-graphql') return undefined;
            const esm = path === 'graphql' ? path : `${path.replace(/\.m?js$/, '')}.mjs`;
            return build.resolve(esm, { kind: 'import-statement', resolveDir, pluginData: 'one-graphql' });
          });
        },
      },
    ],
    banner: { js: `${`#!/usr/bin/env -S node ${nodeFlags.join(' ')}`.trimEnd()}\n${requireShim}` },
    logLevel: 'warning',
  });
  // The package's own files, and for the bundled npm packages the record npm rewrites on every install.
  const inputs = Object.fromEntries(
    [
      ...Object.keys(result.metafile.inputs).filter((input) => !input.includes('node_modules')),
      relative(process.cwd(), installRecord),
    ].map((input) => [input, {}]),
  );
  writeFileSync(metafile(outdir), JSON.stringify({ inputs }));
  for (const entry of entryPoints) chmodSync(join(outdir, `${basename(entry, '.ts')}.mjs`), 0o755);
}
