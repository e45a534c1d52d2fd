import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { progress } from '../harness/progress.ts';
import type { StartServer } from './server.ts';

/**
 * Apollo Server and Mercurius live in bench/peers, an npm project of its own outside the workspaces: a user
 * who installs Parley does not install them (nor Fastify, nor their Node 22 engines and install scripts).
 */
const peersDir = fileURLToPath(new URL('../../peers/', import.meta.url));

/** The peer servers bench/peers holds, by the name `serve.ts` knows them. */
export type PeerServerName = 'apollo' | 'mercurius';

/** True when bench/peers/node_modules was installed from its current lockfile. */
export function peersInstalled(): boolean {
  const installed = `${peersDir}node_modules/.package-lock.json`;
  return (
    existsSync(installed) && statSync(installed).mtimeMs >= statSync(`${peersDir}package-lock.json`).mtimeMs
  );
}

/** Installs bench/peers (`npm ci`) unless it is installed already; throws when npm fails. */
export function ensurePeers(): void {
  if (peersInstalled()) return;
  progress('installing the peer servers into bench/peers (npm ci --prefix bench/peers): first use only');
  const install = spawnSync('npm', ['ci', '--prefix', peersDir, '--no-audit', '--no-fund'], {
    stdio: 'inherit',
  });
  if (install.status !== 0) throw new Error('npm ci --prefix bench/peers failed');
}

/** A peer server, loaded from bench/peers when it is started (a computed path: tsc for bench skips it). */
export const peerServer =
  (name: PeerServerName): StartServer =>
  async (store, options) => {
    const module = (await import(new URL(`../../peers/src/${name}.ts`, import.meta.url).href)) as {
      start: StartServer;
    };
    return module.start(store, options);
  };
