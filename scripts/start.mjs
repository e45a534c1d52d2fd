#!/usr/bin/env node
// Serves Parley: builds what is out of date, then runs the API (port 4000) and the site (port 3000)
// together with prefixed logs, and stops both cleanly on Ctrl-C or SIGTERM.
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const apiPort = process.env.PARLEY_API_PORT || '4000';
const webPort = process.env.PARLEY_WEB_PORT || '3000';
const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
const colour = process.stdout.isTTY ? (code, text) => `\x1b[${code}m${text}\x1b[0m` : (_code, text) => text;

// turbo rebuilds only what changed (the domain's dist and the site's .next), so this is quick when nothing did.
if (process.env.PARLEY_SKIP_BUILD !== '1') {
  const build = spawnSync(
    'npx',
    ['turbo', 'run', 'build', '--filter=@parley/web...', '--output-logs=errors-only'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const services = [
  {
    name: colour(36, 'api'),
    args: ['--conditions=@parley/source', '--import', 'tsx', 'apps/api/src/server.ts'],
    cwd: root,
    env: { PORT: apiPort },
  },
  {
    name: colour(35, 'web'),
    args: [`${root}node_modules/next/dist/bin/next`, 'start'],
    cwd: `${root}apps/web`,
    env: { PORT: webPort, PARLEY_API_URL: process.env.PARLEY_API_URL || apiUrl },
  },
].map((service) => {
  const child = spawn(process.execPath, service.args, {
    cwd: service.cwd,
    env: { ...process.env, ...service.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => console.log(`[${service.name}] ${line}`));
  }
  return { ...service, child, exited: new Promise((resolve) => child.once('exit', resolve)) };
});

console.log(`Parley: site http://localhost:${webPort}  API and playground ${apiUrl}  (Ctrl-C stops both)`);

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const { child } of services) if (child.exitCode === null) child.kill('SIGTERM');
  const force = setTimeout(() => {
    for (const { child } of services) if (child.exitCode === null) child.kill('SIGKILL');
  }, 5000);
  await Promise.all(services.map((s) => s.exited));
  clearTimeout(force);
  process.exit(code);
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
// If either one dies, the pair is no use: stop the other and report the failure.
for (const service of services) {
  service.exited.then((exitCode) => {
    if (!stopping) {
      console.error(`[${service.name}] exited with ${exitCode}; stopping`);
      stop(typeof exitCode === 'number' && exitCode !== 0 ? exitCode : 1);
    }
  });
}
