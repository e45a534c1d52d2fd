import { parseArgs } from 'node:util';
import { validateDataset } from '@parley/domain';
import { generateDataset } from '@parley/domain/testing';
import { writeJsonl } from './jsonl.ts';

// Usage: npm run generate --workspace @parley/bench -- --statements 10000 --out /tmp/synthetic-10k.jsonl
const { values } = parseArgs({
  options: {
    statements: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '20190118' },
    out: { type: 'string' },
  },
});
const count = Number(values.statements);
if (!Number.isInteger(count) || count < 1) throw new Error(`--statements must be a positive whole number`);
const out = values.out ?? `synthetic-${count}.jsonl`;
const dataset = validateDataset(generateDataset(count, { seed: Number(values.seed) }));
const lines = await writeJsonl(dataset, out);
console.log(
  `wrote ${lines} synthetic records (${count} statements) to ${out}; import with: npm run db -- import ${out}`,
);
