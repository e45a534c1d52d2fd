// Checks that every excerpt and quote in the seed dataset appears verbatim in the article given as argument.
// Run by hand (`npm run check:excerpts --workspace @parley/domain -- <article.txt>`): the article is not ours to commit.
import { readFileSync } from 'node:fs';
import { seedDataset, validateDataset } from '../src/index.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: check-excerpts <article.txt>');
  process.exit(2);
}
const article = readFileSync(file, 'utf8');
const missing: string[] = [];
const walk = (value: unknown, path: string): void => {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) walk(item, `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if ((key === 'excerpt' || key === 'quote') && typeof item === 'string' && !article.includes(item)) {
        missing.push(`${path}.${key}: ${item}`);
      }
      walk(item, `${path}.${key}`);
    }
  }
};
walk(validateDataset(seedDataset as never), 'dataset');
if (missing.length > 0) {
  console.error(`${missing.length} excerpt(s) not found verbatim:\n${missing.join('\n')}`);
  process.exit(1);
}
console.log('every excerpt and quote appears verbatim in the article');
