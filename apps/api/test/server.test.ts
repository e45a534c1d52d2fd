import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { type IncomingMessage, type RequestOptions, request } from 'node:http';
import { type AddressInfo, connect, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { startServer } from './api-process.ts';

interface Answer {
  status: number;
  text: string;
}

/** A JSON POST to the API's /graphql, from `localAddress` when given (another client address). */
const graphqlPost = (port: number, localAddress?: string): RequestOptions => ({
  port,
  host: '127.0.0.1',
  ...(localAddress ? { localAddress } : {}),
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json' },
});

/** A response callback that resolves with the status and the whole body. */
const whole = (resolve: (answer: Answer) => void) => (res: IncomingMessage) => {
  let text = '';
  res.on('data', (chunk) => {
    text += chunk;
  });
  res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
};

test('serves, logs one line per request without the query, and drains in-flight requests on SIGTERM', async () => {
  const server = startServer({});
  const port = Number(/127\.0\.0\.1:(\d+)\//.exec(await server.waitFor(/Parley API/))?.[1]);
  const body = JSON.stringify({ query: 'query Counts { stats { summits } }', operationName: 'Counts' });

  const answer = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  expect(await answer.json()).toEqual({ data: { stats: { summits: 2 } } });
  const logLine = await server.waitFor(/"operation":"Counts"/);
  expect(JSON.parse(logLine)).toMatchObject({
    method: 'POST',
    path: '/graphql',
    operation: 'Counts',
    status: 200,
  });
  expect(logLine).not.toMatch(/stats|summits/);

  // A request still sending its body when SIGTERM arrives is answered before the process exits.
  const inFlight = new Promise<Answer>((resolve, reject) => {
    const req = request(graphqlPost(port), whole(resolve));
    req.on('error', reject);
    req.write(body.slice(0, 10));
    setTimeout(() => {
      server.child.kill('SIGTERM');
      setTimeout(() => req.end(body.slice(10)), 300);
    }, 100);
  });
  const result = await inFlight;
  expect(result.status).toBe(200);
  expect(JSON.parse(result.text)).toEqual({ data: { stats: { summits: 2 } } });
  expect(await server.exited).toBe(0);
  expect(server.lines).toContain('stopped');
}, 30_000);

test('a bad setting stops the start with a message naming it', async () => {
  const server = startServer({ PORT: 'eighty', PARLEY_STORE: 'mongo' });
  expect(await server.exited).toBe(1);
  expect(server.lines.join('\n')).toMatch(/PORT is "eighty".*\n.*PARLEY_STORE is "mongo"/);
}, 30_000);

/** Output of a start that must fail: one line, no stack trace, exit 1. */
async function failedStart(env: Record<string, string>) {
  const server = startServer(env);
  expect(await server.exited).toBe(1);
  expect(server.lines.filter((l) => /^\s+at /.test(l))).toEqual([]);
  expect(server.lines).toHaveLength(1);
  return server.lines[0] ?? '';
}

test('a port in use and a host that is not this machine’s stop the start with one line naming the setting', async () => {
  const holder = createNetServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  const port = (holder.address() as AddressInfo).port;
  try {
    expect(await failedStart({ PORT: String(port) })).toBe(
      `PORT ${port} is already in use on 127.0.0.1: stop the process holding it or set PORT to a free port`,
    );
  } finally {
    holder.close();
  }
  // 192.0.2.1 is reserved for documentation: no machine has it, and binding to it sends nothing.
  expect(await failedStart({ HOST: '192.0.2.1' })).toMatch(
    /^HOST "192\.0\.2\.1" is not an address of this machine/,
  );
}, 60_000);

test('slow clients are cut: connections over the per-address cap at once, the rest at the headers timeout', async () => {
  const server = startServer({ PARLEY_MAX_CONNECTIONS_PER_ADDRESS: '20' });
  const port = Number(/127\.0\.0\.1:(\d+)\//.exec(await server.waitFor(/Parley API/))?.[1]);
  const start = performance.now();
  // 40 slowloris sockets: each sends a request line, then header bytes one every 300 ms, never ending them.
  const sockets = Array.from({ length: 40 }, () => {
    const socket = connect({ port, host: '127.0.0.1' });
    const closed = new Promise<number>((resolve) =>
      socket.once('close', () => resolve(performance.now() - start)),
    );
    socket.on('error', () => {});
    socket.write('POST /graphql HTTP/1.1\r\nHost: parley\r\n');
    const header = 'X-Slow: a\r\n';
    let sent = 0;
    const drip = setInterval(
      () => socket.writable && socket.write(header[sent++ % header.length] ?? ''),
      300,
    );
    socket.once('close', () => clearInterval(drip));
    return closed;
  });
  // Meanwhile a client from another address is served at once.
  const answer = await new Promise<Answer>((resolve, reject) => {
    const req = request(graphqlPost(port, '127.0.0.2'), whole(resolve));
    req.on('error', reject);
    req.end(JSON.stringify({ query: '{ stats { summits } }' }));
  });
  expect(JSON.parse(answer.text)).toEqual({ data: { stats: { summits: 2 } } });
  const closedAt = (await Promise.all(sockets)).sort((a, b) => a - b);
  // 20 over the cap are closed as they connect; the 20 within it at the 10 s headers timeout (checked each second).
  expect(closedAt.slice(0, 20).every((ms) => ms < 3_000)).toBe(true);
  expect(closedAt.slice(20).every((ms) => ms > 9_000 && ms < 13_000)).toBe(true);
}, 60_000);

test('a store that cannot open stops the start with one line: a held PGlite folder, a missing database', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-held-'));
  // A copy of the run's seeded database: opening it skips creation and seeding.
  cpSync(inject('pgliteTemplate'), dataDir, { recursive: true });
  try {
    const first = startServer({ PARLEY_STORE: 'db', PARLEY_DATA_DIR: dataDir });
    await first.waitFor(/Parley API/);
    expect(await failedStart({ PARLEY_STORE: 'db', PARLEY_DATA_DIR: dataDir })).toMatch(
      /^the data folder .* is held by process \d+; stop it or set PARLEY_DATA_DIR/,
    );
    first.child.kill('SIGTERM');
    await first.exited;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  // Whether PostgreSQL runs here or not, the answer is one line that names DATABASE_URL.
  expect(
    await failedStart({
      PARLEY_STORE: 'db',
      DATABASE_URL: 'postgres://postgres:s3cret@127.0.0.1:5432/parley_absent',
    }),
  ).toMatch(/^PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:5432\/parley_absent: .*DATABASE_URL/);
}, 90_000);

test('production without PARLEY_AUTH_SECRET stops the start with one line, before the database is opened', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-no-secret-'));
  try {
    expect(
      await failedStart({ PARLEY_STORE: 'db', PARLEY_DATA_DIR: dataDir, PARLEY_AUTH_SECRET: '' }),
    ).toMatch(
      /^PARLEY_AUTH_SECRET is not set: in production it signs the sessions; set it to 32 or more random characters/,
    );
    expect(readdirSync(dataDir)).toEqual([]);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 30_000);

test('the per-address sign-in limit counts the socket’s address, whatever address header a client sends', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-sign-in-'));
  cpSync(inject('pgliteTemplate'), dataDir, { recursive: true });
  try {
    const server = startServer({ PARLEY_STORE: 'db', PARLEY_DATA_DIR: dataDir });
    const port = Number(/127\.0\.0\.1:(\d+)\//.exec(await server.waitFor(/Parley API/))?.[1]);
    const signIn = (i: number, localAddress?: string) =>
      new Promise<Answer>((resolve, reject) => {
        const req = request(
          { ...graphqlPost(port, localAddress), path: '/api/auth/sign-in/email' },
          whole(resolve),
        );
        req.on('error', reject);
        req.setHeader('x-parley-client-address', `203.0.113.${i}`);
        // A different account each time: only the address's count may refuse.
        req.end(JSON.stringify({ email: `nobody${i}@parley.example`, password: 'not the password' }));
      });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await signIn(i)).status);
    expect(statuses).toEqual([...Array(10).fill(401), 429]);
    expect((await signIn(11, '127.0.0.2')).status).toBe(401);
    server.child.kill('SIGTERM');
    await server.exited;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 60_000);
