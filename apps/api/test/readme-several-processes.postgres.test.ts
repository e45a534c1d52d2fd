import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { postgresAvailable } from '@parley/db/testing';
import { describe, expect, onTestFinished, test } from 'vitest';
import { openRedis } from '../src/redis.ts';
import { freePort, startShell } from './api-process.ts';
import type { Json } from './yoga.ts';

// The root README's commands, read when the test runs: editing the README changes what is tested.
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

/** The first ```sh block of the README's section `heading` (a `## ` line). */
function shBlockOf(heading: string): string {
  const section = readme.split(/^## /m).find((part) => part.startsWith(`${heading}\n`));
  const block = section && /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error(`README.md has no \`\`\`sh block under "## ${heading}"`);
  return block;
}

/** A block's paragraphs (split at blank lines), each named by its first comment line's first words. */
function paragraphsOf(block: string): Map<string, string> {
  const named = block
    .trim()
    .split(/\n\s*\n/)
    .map((text) => [/^# ([^:.(]+)/.exec(text)?.[1]?.trim() ?? text, text] as const);
  return new Map(named);
}

const steps = paragraphsOf(shBlockOf('Running several processes'));
const accountsBlock = shBlockOf('Accounts, tokens and who may write');
/** The README's two account commands: the first admin, then its token in $TOKEN. */
const accountCommands = ['npm run db -- users add ', 'TOKEN=$(npm run -s db -- tokens create '].map((start) =>
  accountsBlock.split('\n').find((line) => line.startsWith(start)),
);

/** The Redis the README's commands name, and whether it (and PostgreSQL) answer; in CI they must. */
const redisUrl = /^export REDIS_URL=(\S+)$/m.exec(steps.get('What every process shares') ?? '')?.[1] ?? '';
async function servicesAvailable(): Promise<boolean> {
  if (!(await postgresAvailable())) return false;
  try {
    (await openRedis(redisUrl, 2000)).close();
    return true;
  } catch (error) {
    if (process.env.CI === 'true') throw error;
    console.warn(`skipping the README's several-processes commands: ${(error as Error).message}`);
    return false;
  }
}
const available = await servicesAvailable();

/**
 * The only changes made to the README's commands: the database `parley` becomes one of the test's own
 * (dropped afterwards), and the ports 4000, 4001 and 4002 become free ones.
 */
function substitute(text: string, database: string, ports: Record<string, number>): string {
  return text
    .replaceAll('create database parley', `create database ${database}`)
    .replaceAll('5432/parley', `5432/${database}`)
    .replace(/\bPORT=(400[0-2])\b/g, (_, port: string) => `PORT=${ports[port]}`);
}

/** The environment of a fresh terminal: nothing of the test runner's (its NODE_ENV, DATABASE_URL, npm_*…). */
const terminal: Record<string, string> = Object.fromEntries(
  ['PATH', 'HOME', 'USER', 'LANG', 'TMPDIR', 'CI'].flatMap((name) =>
    process.env[name] === undefined ? [] : [[name, process.env[name] as string]],
  ),
);

/** Runs commands to their end; their output is the failure's message. */
async function run(script: string): Promise<string[]> {
  const shell = startShell(script, terminal);
  expect(await shell.exited, shell.lines.join('\n')).toBe(0);
  return shell.lines;
}

/** Waits until the API on `port` answers /readyz 200, failing with the shell's output if it cannot. */
async function ready(port: number, shell: ReturnType<typeof startShell>) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const answer = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null);
    if (answer?.status === 200) return;
    if (Date.now() > deadline) throw new Error(`port ${port} never became ready:\n${shell.lines.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const summitQuery = '{ summit(slug: "second-us-north-korea-2019") { id title revision } }';

/** One operation POSTed to the API on `port`. */
async function ask(port: number, query: string, variables?: Json, headers: Record<string, string> = {}) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Json;
}

describe.runIf(available)("README.md's “Running several processes”, run as written", () => {
  test('workers answer; two separate processes answer, and a write through one is read through the other', async () => {
    // Every paragraph is run below except the site's, so a paragraph added to the README fails here until tested.
    expect([...steps.keys()]).toEqual([
      'Once',
      'What every process shares',
      'Either',
      'Or',
      'The site too, with the API as workers',
    ]);
    expect(accountCommands.every(Boolean), 'README.md shows `users add` and `tokens create`').toBe(true);
    const database = `parley_readme_${process.pid}_${Date.now().toString(36)}`;
    const ports = { 4000: await freePort(), 4001: await freePort(), 4002: await freePort() };
    const step = (name: string) => substitute(steps.get(name) as string, database, ports);
    const once = step('Once');
    expect(once).toContain(`create database ${database}`);
    const shares = step('What every process shares');
    expect(shares).toContain(`5432/${database}`);
    onTestFinished(() => {
      const server = /^psql (\S+)/m.exec(once)?.[1] as string;
      spawnSync('psql', [server, '-c', `drop database if exists ${database} with (force)`]);
    });

    // Once: the database made, the API built.
    await run(once);

    // Either: the workers on one port answer readiness and a query.
    const workers = startShell(`${shares}\n${step('Either')}`, terminal);
    await ready(ports[4000], workers);
    expect((await ask(ports[4000], summitQuery)).data.summit.title).toEqual(expect.any(String));
    workers.kill();

    // Or: two separate processes (started in the background; the shell itself ends at once).
    const separate = startShell(`${shares}\n${step('Or')}`, terminal);
    await Promise.all([ready(ports[4001], separate), ready(ports[4002], separate)]);
    const before = (await ask(ports[4002], summitQuery)).data.summit;
    expect((await ask(ports[4001], summitQuery)).data.summit).toEqual(before);

    // The accounts section's commands, on the same database: an admin and its token.
    const printed = await run(`${shares}\n${accountCommands.join('\n')}\nprintf 'TOKEN=%s\\n' "$TOKEN"`);
    const token = printed.find((line) => line.startsWith('TOKEN='))?.slice('TOKEN='.length);
    expect(token).toMatch(/\S{20,}/);

    // A write through the first process is read through the second (its cached answer dropped on NOTIFY).
    const rename = await ask(
      ports[4001],
      `mutation ($input: UpdateSummitInput!) { updateSummit(input: $input) { userErrors { message } } }`,
      {
        input: {
          id: before.id,
          expectedRevision: before.revision,
          title: 'Renamed through the first process',
        },
      },
      { authorization: `Bearer ${token}` },
    );
    expect(rename.data.updateSummit.userErrors).toEqual([]);
    await expect
      .poll(async () => (await ask(ports[4002], summitQuery)).data.summit.title)
      .toBe('Renamed through the first process');
    separate.kill();

    // Not run: `PARLEY_API_WORKERS=4 npm start` first builds the site (a Next.js build of minutes, into the
    // .next folder other tests use); its API part is the workers command above.
  }, 300_000);
});
