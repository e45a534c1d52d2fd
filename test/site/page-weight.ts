import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

/** JavaScript a page loads on a first visit with an empty cache. */
export interface PageWeight {
  path: string;
  scripts: number;
  rawBytes: number;
  gzipBytes: number;
}

/** Loads a page in a fresh context and sums the script responses, gzipped here so the figure never depends on the server's compression. */
export async function measureScripts(browser: Browser, siteUrl: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body());
  });
  await page.goto(siteUrl + path, { waitUntil: 'networkidle' });
  const buffers = await Promise.all(bodies);
  await context.close();
  return {
    path,
    scripts: buffers.length,
    rawBytes: buffers.reduce((sum, b) => sum + b.length, 0),
    gzipBytes: buffers.reduce((sum, b) => sum + gzipSync(b).length, 0),
  };
}
