import { performance } from 'node:perf_hooks';
import { longArticle } from './article.ts';

// One measurement in a fresh process, so no cache of an earlier run answers for this one.
const started = performance.now();
const { createMemoryStore } = await import('@parley/domain');
const { seedDataset } = await import('@parley/domain/seed');
const { proposeFromArticle } = await import('@parley/ingest');
const { default: nlp } = await import('compromise');
const store = createMemoryStore(seedDataset);
const metadata = { publishedAt: '2019-01-18', outlet: 'Bench' };
const text = longArticle(Number(process.argv[2] ?? 1500));

// The libraries loaded and warmed first, on words the article does not hold: a running server has done so.
const warmUp =
  'Officials of both countries met in Geneva on Monday.\n\n"We had good talks," the minister said.';
await proposeFromArticle(store, { text: warmUp, title: 'Warm-up', ...metadata });
const warmedAt = performance.now();
const t0 = performance.now();
const proposal = await proposeFromArticle(store, { text, ...metadata });
const proposeMs = performance.now() - t0;
// The peer: compromise tagging the same text in full (every term's part of speech), nothing more.
const t1 = performance.now();
nlp(text).json();
const taggingMs = performance.now() - t1;
process.stdout.write(
  `${JSON.stringify({ proposeMs, taggingMs, warmupMs: warmedAt - started, records: proposal.records.length })}\n`,
);
