import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AccountError } from './accounts/account-error.ts';
import { type NewAccount, openAccounts, parseNewAccount } from './accounts/accounts.ts';
import type { Client } from './client.ts';
import { tokensCreate } from './commands/tokens-create.ts';
import { passwordFor, usersAdd } from './commands/users-add.ts';
import { exportRecords, ImportError, importRecords } from './jsonl/index.ts';
import { OpenStoreError } from './open-error.ts';
import { openClient } from './open-store.ts';
import { seedIfEmpty } from './seed.ts';
import { createSqlStore } from './store/sql-store.ts';

const usage = `Usage: npm run db -- <command> [options]

Commands:
  migrate               apply the committed migrations
  seed                  load the seed dataset into an empty database
  import <file.jsonl> [--as <email>]
                        validate and write records, all or nothing (one {"type","record"} per line);
                        their revisions name the account of --as, else the "import" actor
  export [file.jsonl]   write every record as JSON Lines (to stdout without a file)
  stats                 count the records of each type
  users add <email> --role admin|editor
                        create an account; its password is read from stdin when piped, otherwise
                        generated and printed once on stdout
  tokens create <email> print a new token for the account, alone on stdout (valid a year; send it as
                        Authorization: Bearer TOKEN)

Options:
  --database-url <url>  PostgreSQL to use (default: $DATABASE_URL; without it, PGlite)
  --data-dir <dir>      PGlite's folder (default: $PARLEY_DATA_DIR or <repo>/.data/pglite)
  --role <role>         the new account's role, for users add: editor or admin
  --as <email>          the account an import's revisions name (default: the "import" actor)
  -h, --help            show this help`;

/** A mistake in how the CLI was called: reported with the usage, exit code 2. */
class UsageError extends Error {}

const commands = {
  migrate: { max: 0 },
  seed: { max: 0 },
  import: { min: 1, max: 1 },
  export: { max: 1 },
  stats: { max: 0 },
  'users add': { min: 1, max: 1 },
  'tokens create': { min: 1, max: 1 },
} as const;
type Command = keyof typeof commands;

/** The command the positionals name (one word, or two as in `users add`) and its arguments. */
function commandOf(positionals: string[]): [string | undefined, string[]] {
  const two = positionals.slice(0, 2).join(' ');
  return two in commands ? [two, positionals.slice(2)] : [positionals[0], positionals.slice(1)];
}

/** What a command needs from outside the database: its file, or the account to create and its password. */
interface Prepared {
  input?: string;
  newUser?: { account: NewAccount } & Awaited<ReturnType<typeof passwordFor>>;
}

/** Reads and checks what a command needs, so a mistake is reported before the database is opened (or created). */
async function prepare(command: Command, files: string[], role: string | undefined): Promise<Prepared> {
  if (command === 'import') return { input: readInput(files[0] as string) };
  if (command === 'users add')
    return { newUser: { account: parseNewAccount(files[0] as string, role), ...(await passwordFor()) } };
  return {};
}

function readInput(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

async function run(
  client: Client,
  command: Command,
  files: string[],
  prepared: Prepared,
  as: string | undefined,
): Promise<void> {
  const { db } = client;
  const store = createSqlStore(client);
  const log = (message: string) => {
    process.stderr.write(`${message}\n`);
  };
  switch (command) {
    case 'migrate':
      return log('migrations applied');
    case 'seed': {
      const written = await seedIfEmpty(db);
      return log(written > 0 ? `seeded ${written} records` : 'the database is not empty: nothing seeded');
    }
    case 'import': {
      // An unknown account stops the import before anything is read into the database.
      const actor = as === undefined ? undefined : (await (await accountsOf(client)).accountOf(as)).id;
      log(`importing ${files[0]}…`);
      let reported = 0;
      const counts = await importRecords(store, prepared.input as string, {
        actor,
        onProgress: (written, total) => {
          if (written - reported >= 1000 || written === total) {
            reported = written;
            log(`written ${written} of ${total} records`);
          }
        },
      });
      return log(
        `imported ${Object.entries(counts)
          .map(([type, n]) => `${n} ${type}`)
          .join(', ')}`,
      );
    }
    case 'export': {
      const out = files[0] ? createWriteStream(files[0]) : process.stdout;
      let lines = 0;
      for await (const line of exportRecords(db)) {
        if (!out.write(line)) await once(out, 'drain');
        lines++;
      }
      if (files[0]) {
        out.end();
        await once(out, 'finish');
      }
      return log(`exported ${lines} records${files[0] ? ` to ${files[0]}` : ''}`);
    }
    case 'stats': {
      const stats = await store.stats();
      for (const [type, n] of Object.entries(stats)) process.stdout.write(`${type.padEnd(14)}${n}\n`);
      return;
    }
    case 'users add': {
      const { account, ...credentials } = prepared.newUser as NonNullable<Prepared['newUser']>;
      return usersAdd(await accountsOf(client), account, credentials);
    }
    case 'tokens create':
      return tokensCreate(await accountsOf(client), files[0] as string);
  }
}

/** The accounts, signing with PARLEY_AUTH_SECRET when set (the CLI signs nothing: it only creates rows). */
const accountsOf = (client: Client) =>
  openAccounts(client.db, { secret: process.env.PARLEY_AUTH_SECRET?.trim() || null });

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  const parse = () =>
    parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'database-url': { type: 'string' },
        'data-dir': { type: 'string' },
        role: { type: 'string' },
        as: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  try {
    parsed = parse();
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const [command, files] = commandOf(positionals);
  if (!command || !(command in commands)) {
    process.stderr.write(
      `error: ${command ? `unknown command "${command}"` : 'no command given'}\n\n${usage}\n`,
    );
    return 2;
  }
  const spec = commands[command as Command];
  if (files.length < ('min' in spec ? spec.min : 0) || files.length > spec.max) {
    process.stderr.write(`error: wrong number of arguments for "${command}"\n\n${usage}\n`);
    return 2;
  }
  let client: Client | undefined;
  try {
    const prepared = await prepare(command as Command, files, values.role);
    client = await openClient({
      databaseUrl: values['database-url'] ?? process.env.DATABASE_URL ?? null,
      dataDir: values['data-dir'] ?? process.env.PARLEY_DATA_DIR,
      seed: false,
    });
    await run(client, command as Command, files, prepared, values.as);
    return 0;
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof ImportError ||
      error instanceof OpenStoreError ||
      error instanceof AccountError
    ) {
      process.stderr.write(`error: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await client?.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
