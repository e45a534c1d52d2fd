// Checks that every excerpt and quote in the seed dataset appears verbatim in the article given as argument.
// Run by hand (`npm run check:excerpts --workspace @parley/domain -- <article.txt>`): the article is not ours to commit.
import { readFileSync } from 'node:fs';
import { DatasetError, validateDataset } from '../src/index.ts';
import { founding } from '../src/seed/cbs-2019-01-18.ts';
import { seedDataset } from '../src/seed/index.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: check-excerpts <article.txt>');
  process.exit(2);
}
// The seed with the article's text stored: the validators then hold every excerpt and quote to it.
const text = readFileSync(file, 'utf8');
const sources = seedDataset.sources.map((s) => (s.id === founding.id ? { ...s, text } : s));
try {
  validateDataset({ ...seedDataset, sources });
} catch (error) {
  if (!(error instanceof DatasetError)) throw error;
  console.error(`${error.problems.length} excerpt(s) not found verbatim:\n${error.problems.join('\n')}`);
  process.exit(1);
}
console.log('every excerpt and quote appears verbatim in the article');
