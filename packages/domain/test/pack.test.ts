import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = resolve(packageDir, '../..');
const tsc = join(repoDir, 'node_modules/typescript/bin/tsc');
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const project = mkdtempSync(join(tmpdir(), 'parley-domain-consumer-'));
const installed = join(project, 'node_modules/@parley/domain');
const run = (command: string, args: string[], cwd = project) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Last change to what the build reads; dist older than it (or none) is built again. */
async function newestInput(): Promise<number> {
  const sources = await readdir(join(packageDir, 'src'), { recursive: true });
  const inputs = [...sources.map((f) => join('src', f)), 'package.json', 'tsconfig.build.json'];
  return Math.max(...inputs.map((f) => statSync(join(packageDir, f)).mtimeMs));
}

beforeAll(async () => {
  const built = join(packageDir, 'dist/index.js');
  if (!existsSync(built) || statSync(built).mtimeMs < (await newestInput()))
    run('npm', ['run', 'build', '--workspace', '@parley/domain'], repoDir);
  run('npm', ['pack', '--ignore-scripts', '--pack-destination', project, '--silent'], packageDir);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  // Offline: npm's cache lacks the dependencies, so they are linked from the repo's node_modules, where npm
  // finds them installed (--ignore-scripts: it would otherwise run their build scripts).
  mkdirSync(join(project, 'node_modules'));
  for (const name of Object.keys(manifest.dependencies))
    symlinkSync(join(repoDir, 'node_modules', name), join(project, 'node_modules', name));
  const tarball = `parley-domain-${manifest.version}.tgz`;
  run('npm', [
    'install',
    '--offline',
    '--ignore-scripts',
    '--no-audit',
    '--no-fund',
    '--silent',
    `./${tarball}`,
  ]);
}, 120_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

// One program, written as an ES module and as CommonJS: a record left without its nullable fields, a refused
// EDTF date, a search over the seed. No top-level await, so that `require` can load it.
const body = `
const { createMemoryStore, parseEdtf, validateRecord } = domain;
const statement = validateRecord('statement', {
  id: 'statement:ada-remarks',
  slug: 'ada-remarks',
  kind: 'REMARKS',
  quote: 'We will meet again.',
  speakerId: 'person:ada',
  date: parseEdtf('2019-01-18'),
  citations: [{ sourceId: 'source:wire', excerpt: 'We will meet again.' }],
});
const venueId: string | null = statement.venueId;
let refusal = '';
try {
  parseEdtf('not-a-date');
} catch (error) {
  refusal = (error as Error).message.split(';')[0] ?? '';
}
void createMemoryStore(seedDataset)
  .search({ query: 'Pompeio', types: ['person'] })
  .then((page) => {
    const found = page.edges.map((edge) => edge.node.id);
    console.log(JSON.stringify({ venueId, refusal, found }));
  });
`;
// The seed has its own entry point: whoever does not use it does not load it.
const seedImport = "import { seedDataset } from '@parley/domain/seed';\n";
const expected = {
  venueId: null,
  refusal: '"not-a-date" is not a valid EDTF date',
  found: ['person:mike-pompeo'],
};

/** Compiles the program with tsc --strict and runs it. */
function compileAndRun(file: string, source: string, compilerOptions: Record<string, string | boolean>) {
  const name = file.replace(/\.\w+$/, '');
  writeFileSync(join(project, file), source);
  writeFileSync(
    join(project, `tsconfig.${name}.json`),
    JSON.stringify({
      compilerOptions: {
        ...compilerOptions,
        target: 'es2022',
        strict: true,
        outDir: `out-${name}`,
        types: [],
      },
      files: [file],
    }),
  );
  run(process.execPath, [tsc, '-p', `tsconfig.${name}.json`]);
  const out = join(project, `out-${name}`, file.replace(/\.ts$/, '.js').replace(/\.cts$/, '.cjs'));
  return JSON.parse(run(process.execPath, [out]));
}

describe('the packed tarball, installed in a project of its own', { timeout: 60_000 }, () => {
  test('ships its licence and every file its exports name', () => {
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toMatch(
      /^MIT License\n\nCopyright \(c\) 2026 The Parley authors\n/,
    );
    const installedManifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    const targets = Object.values(installedManifest.exports).flatMap((entry) =>
      Object.values(entry as object),
    );
    expect(targets.filter((target) => !existsSync(join(installed, target)))).toEqual([]);
  });

  // Only here are the shipped .d.ts checked themselves (no skipLibCheck): zod's take most of the time.
  test('is imported by an ES module (tsc node16 resolution, the .d.ts checked)', () => {
    const source = `import * as domain from '@parley/domain';\n${seedImport}${body}`;
    const options = { module: 'node16', moduleResolution: 'node16', skipLibCheck: false };
    expect(compileAndRun('esm.ts', source, options)).toEqual(expected);
  });

  test('is required from CommonJS (tsc nodenext resolution; Node 20.19+ loads ES modules from require)', () => {
    const source = `import domain = require('@parley/domain');\nimport seed = require('@parley/domain/seed');\nconst { seedDataset } = seed;\n${body}`;
    const options = { module: 'nodenext', moduleResolution: 'nodenext', skipLibCheck: true };
    expect(compileAndRun('cjs.cts', source, options)).toEqual(expected);
  });

  test('type-checks with bundler resolution', () => {
    const source = `import * as domain from '@parley/domain';\n${seedImport}${body}`;
    const options = { module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true };
    expect(compileAndRun('bundled.ts', source, options)).toEqual(expected);
  });
});
