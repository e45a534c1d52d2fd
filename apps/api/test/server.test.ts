import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, test } from 'vitest';

const apiDir = fileURLToPath(new URL('..', import.meta.url));
const started: ChildProcess[] = [];

/** Starts src/server.ts as `npm run start` does, collecting its output lines. */
function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--conditions=@parley/source', '--import', 'tsx', 'src/server.ts'], {
    cwd: apiDir,
    env: {
      ...process.env,
      PARLEY_STORE: 'memory',
      PORT: '0',
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  const lines: string[] = [];
  const waiters: (() => void)[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      lines.push(line);
      for (const wake of waiters.splice(0)) wake();
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const waitFor = async (pattern: RegExp) => {
    for (;;) {
      const line = lines.find((l) => pattern.test(l));
      if (line) return line;
      if (child.exitCode !== null) throw new Error(`server exited:\n${lines.join('\n')}`);
      await Promise.race([new Promise<void>((resolve) => waiters.push(resolve)), exited]);
    }
  };
  return { child, lines, exited, waitFor };
}

afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

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
  const inFlight = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(
      {
        port,
        host: '127.0.0.1',
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
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
