#!/usr/bin/env node
// Serves Parley: builds what is out of date, starts the API (port 4000), waits until it is ready, then starts
// the site (port 3000); logs are prefixed, and Ctrl-C or SIGTERM stops both cleanly.
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { buildStep, databaseStep } from './start-steps.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const apiPort = process.env.PARLEY_API_PORT || '4000';
const webPort = process.env.PARLEY_WEB_PORT || '3000';
// One HOST for both servers (the API reads it too): 127.0.0.1 keeps Parley on this machine, 0.0.0.0 opens both.
const host = process.env.HOST?.trim() || '127.0.0.1';
const loopback = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
const apiUrl = `http://${loopback.includes(':') ? `[${loopback}]` : loopback}:${apiPort}/graphql`;
const colour = process.stdout.isTTY ? (code, text) => `\x1b[${code}m${text}\x1b[0m` : (_code, text) => text;
const say = (line) => console.log(`[${colour(33, 'parley')}] ${line}`);

// turbo rebuilds only what changed (the domain's dist and the site's .next), so this is quick when nothing did.
if (process.env.PARLEY_SKIP_BUILD !== '1') {
  say(buildStep(root));
  const build = spawnSync(
    'npx',
    [
      'turbo',
      'run',
      'build',
      '--filter=@parley/web...',
      '--filter=@parley/api...',
      '--output-logs=errors-only',
    ],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const services = [];
let stopping = false;

function start(name, command, args, cwd, env) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`));
  }
  const service = { name, child, exited: new Promise((resolve) => child.once('exit', resolve)) };
  // If either one dies, the pair is no use: stop the other and report the failure.
  service.exited.then((exitCode) => {
    if (stopping) return;
    console.error(`[${name}] exited with ${exitCode}; stopping`);
    stop(typeof exitCode === 'number' && exitCode !== 0 ? exitCode : 1);
  });
  services.push(service);
  return service;
}

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

/** Polls the API's readiness check so the site never renders against an API that is still seeding. */
async function waitForApi() {
  for (;;) {
    if (stopping) return false;
    try {
      if ((await fetch(new URL('/readyz', apiUrl))).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

say(databaseStep(root, process.env));
// The built server is an executable that carries its node flags (apps/api/build.mjs).
start(colour(36, 'api'), `${root}apps/api/dist/server.mjs`, [], root, {
  PORT: apiPort,
  HOST: host,
});
if (await waitForApi()) {
  start(
    colour(35, 'web'),
    process.execPath,
    [`${root}node_modules/next/dist/bin/next`, 'start', '--hostname', host],
    `${root}apps/web`,
    {
      PORT: webPort,
      PARLEY_API_URL: process.env.PARLEY_API_URL || apiUrl,
    },
  );
  const shown = host === '127.0.0.1' ? 'localhost' : host;
  say(
    `site http://${shown}:${webPort}  API and playground http://${shown}:${apiPort}/graphql  (Ctrl-C stops both)`,
  );
}
