// Builds the `db` and `ingest` commands: dist/cli.mjs and dist/ingest-cli.mjs, run by plain `node`.
// `--if-stale` builds only when a source file changed since the last build (each `npm run db` asks).
import { buildNode, isStale } from '../../scripts/build-node.mjs';

const options = { entryPoints: ['src/cli.ts', 'src/ingest-cli.ts'] };
if (!process.argv.includes('--if-stale') || isStale(options)) await buildNode(options);
