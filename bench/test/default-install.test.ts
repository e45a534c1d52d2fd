import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Lock = { packages: Record<string, { version?: string; hasInstallScript?: boolean }> };
const json = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;

/** The packages an npm project's lockfile installs, named from their paths (a/node_modules/@b/c → @b/c). */
const installed = (lock: Lock) =>
  Object.entries(lock.packages)
    .filter(([path]) => path.includes('node_modules/'))
    .map(([path, entry]) => ({ name: path.slice(path.lastIndexOf('node_modules/') + 13), ...entry }));

/** Packages with an install script that the project's allowScripts neither allows nor denies: npm lists them. */
const undecided = (folder: string) => {
  const { allowScripts = {} } = json<{ allowScripts?: Record<string, boolean> }>(`${folder}package.json`);
  return installed(json<Lock>(`${folder}package-lock.json`))
    .filter((p) => p.hasInstallScript && !(p.name in allowScripts))
    .map((p) => `${p.name}@${p.version}`);
};

describe("Parley's default install (the root's npm ci)", () => {
  it("leaves out the benchmark's peer servers (they live in bench/peers)", () => {
    const peers = ['@apollo/server', 'mercurius', 'fastify'];
    const root = installed(json<Lock>('../../package-lock.json'));
    expect(root.filter((p) => peers.includes(p.name)).map((p) => p.name)).toEqual([]);
  });

  it('has an allowScripts decision for every package with an install script, there and in bench/peers', () => {
    expect(undecided('../../')).toEqual([]);
    expect(undecided('../peers/')).toEqual([]);
  });
});
