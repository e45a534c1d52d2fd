import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addCompileHints, COMPILE_HINT } from './compile-hints.ts';

const projects: string[] = [];

/** A project folder holding a build's manifest and its chunks. */
function build(rootMainFiles: string[] | undefined, chunks: string[]) {
  const projectDir = mkdtempSync(join(tmpdir(), 'parley-hints-'));
  projects.push(projectDir);
  mkdirSync(join(projectDir, '.next-test/static/chunks'), { recursive: true });
  writeFileSync(join(projectDir, '.next-test/build-manifest.json'), JSON.stringify({ rootMainFiles }));
  for (const chunk of chunks) writeFileSync(join(projectDir, '.next-test', chunk), `/* ${chunk} */`);
  const read = (chunk: string) => readFileSync(join(projectDir, '.next-test', chunk), 'utf8');
  return { projectDir, read };
}

afterEach(() => {
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('addCompileHints', () => {
  it('marks the scripts every page starts with, once, and no other', async () => {
    const root = ['static/chunks/runtime.js', 'static/chunks/react.js'];
    const lazy = 'static/chunks/search-suggestions.js';
    const { projectDir, read } = build(root, [...root, lazy]);
    expect(await addCompileHints({ projectDir, distDir: '.next-test' })).toEqual(root);
    await addCompileHints({ projectDir, distDir: join(projectDir, '.next-test') });
    for (const chunk of root) expect(read(chunk)).toBe(`${COMPILE_HINT}/* ${chunk} */`);
    expect(read(lazy)).toBe(`/* ${lazy} */`);
  });

  it('refuses a build whose manifest names no such scripts', async () => {
    const { projectDir } = build(undefined, []);
    await expect(addCompileHints({ projectDir, distDir: '.next-test' })).rejects.toThrow(/rootMainFiles/);
  });
});
