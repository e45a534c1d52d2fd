import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate } from '@parley/domain';
import { explanationLines, IngestInputError, proposalLines, proposeFromArticle } from '@parley/ingest';
import { OpenStoreError } from './open-error.ts';
import { openClient } from './open-store.ts';
import { createSqlStore } from './store/sql-store.ts';

const usage = `Usage: npm run ingest --silent -- <article> --published YYYY-MM-DD --outlet NAME [options]

Reads a news article (an HTML page or plain text) and prints the records it yields as JSON Lines in the
format of \`npm run db -- import\`: its source (the body as the text), new records, and new versions of the
records it changes, each fact cited by the article's own words. Nothing is written: review the file, then
import it.

Options:
  --published <date>    when the article was published (YYYY-MM-DD); relative dates are read against it
  --outlet <name>       who published it
  --title <title>       the headline (default: the page's own)
  --url <url>           where it was published (never guessed)
  --author <name>       who wrote it (default: the page's byline)
  --format html|text    how the file is written (default: from its extension, else from its content)
  --explain             write to stderr, per proposed record, the words that produced it
  --database-url <url>  PostgreSQL to match against (default: $DATABASE_URL; without it, PGlite)
  --data-dir <dir>      PGlite's folder (default: $PARLEY_DATA_DIR or <repo>/.data/pglite)
  -h, --help            show this help`;

/** A mistake in how the CLI was called, or a file it cannot use: one line, exit code 1. */
class InputError extends Error {}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      published: { type: 'string' },
      outlet: { type: 'string' },
      title: { type: 'string' },
      url: { type: 'string' },
      author: { type: 'string' },
      format: { type: 'string' },
      explain: { type: 'boolean' },
      'database-url': { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return { help: true as const };
  if (positionals.length !== 1) throw new InputError('give exactly one article file');
  if (!values.published) throw new InputError('--published YYYY-MM-DD is required');
  if (!isIsoDate(values.published))
    throw new InputError(`--published "${values.published}" is not a date in the form YYYY-MM-DD`);
  if (!values.outlet?.trim()) throw new InputError('--outlet NAME is required');
  if (values.format && values.format !== 'html' && values.format !== 'text')
    throw new InputError(`--format "${values.format}" is neither html nor text`);
  const file = positionals[0] as string;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  const byExtension = /^\.html?$/i.test(extname(file)) ? 'html' : undefined;
  return {
    help: false as const,
    values,
    article: {
      text,
      format: (values.format as 'html' | 'text' | undefined) ?? byExtension,
      publishedAt: values.published,
      outlet: values.outlet,
      title: values.title,
      url: values.url,
      author: values.author,
    },
  };
}

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n\n${usage}\n`);
    return error instanceof InputError ? 1 : 2;
  }
  if (parsed.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const { values, article } = parsed;
  let client: Awaited<ReturnType<typeof openClient>> | undefined;
  try {
    // The database the API uses, created and seeded as the API would when there is none yet.
    client = await openClient({
      databaseUrl: values['database-url'] ?? process.env.DATABASE_URL ?? null,
      dataDir: values['data-dir'] ?? process.env.PARLEY_DATA_DIR,
      seed: true,
    });
    const proposal = await proposeFromArticle(createSqlStore(client), article);
    for (const line of proposalLines(proposal)) process.stdout.write(line);
    if (values.explain) for (const line of explanationLines(proposal)) process.stderr.write(line);
    const counts = { create: 0, update: 0 };
    for (const r of proposal.records) counts[r.action] += 1;
    process.stderr.write(`proposed ${counts.create} new records and ${counts.update} changed ones\n`);
    return 0;
  } catch (error) {
    if (error instanceof IngestInputError || error instanceof OpenStoreError) {
      process.stderr.write(`error: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await client?.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
