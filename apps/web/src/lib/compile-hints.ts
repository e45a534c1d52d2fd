import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * V8's explicit compile hint (Chrome 136 and later): every function of the file is compiled on the thread that
 * streams the script in, rather than one by one on the main thread when first called.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Marks the scripts every page loads and runs as it starts (Next's and React's client runtime, the build
 * manifest's `rootMainFiles`) with the compile hint. Compiling them on the main thread was most of the one long
 * task in which a page hydrates (Lighthouse's Total Blocking Time). Runs after `next build` compiles, from
 * next.config.ts; a file already marked is left as it is. Returns the files marked.
 */
export async function addCompileHints({
  projectDir,
  distDir,
}: {
  projectDir: string;
  distDir: string;
}): Promise<string[]> {
  const dist = resolve(projectDir, distDir);
  const manifest = JSON.parse(await readFile(join(dist, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles?: string[];
  };
  const files = manifest.rootMainFiles ?? [];
  // A build without them has changed shape: say so rather than ship the pages without the hint unnoticed.
  if (files.length === 0) throw new Error(`${dist}/build-manifest.json names no rootMainFiles`);
  for (const file of files) {
    const path = join(dist, file);
    const script = await readFile(path, 'utf8');
    if (!script.startsWith(COMPILE_HINT)) await writeFile(path, COMPILE_HINT + script);
  }
  return files;
}
