import { createServer, type Server } from 'node:http';
import { type Browser, launchChromium } from '@parley/chromium';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { pgliteStore } from './store.ts';
import { parley } from './yoga.ts';

let server: Server;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  server = createServer(parley('production', await pgliteStore()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchChromium();
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

test('GraphiQL opens offline on the example query, runs it, and logs no console errors', async () => {
  const page = await browser.newPage();
  const blocked: string[] = [];
  const consoleErrors: string[] = [];
  // Only this server may be reached: anything else (a CDN, a font) is blocked and recorded.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));

  // Editors render spaces as no-break spaces: compare text with whitespace made plain.
  const text = async (selector: string) =>
    ((await page.locator(selector).textContent()) ?? '').replace(/\s+/g, ' ');

  await page.goto(`${origin}/graphql`);
  await expect.poll(() => text('.graphiql-query-editor'), { timeout: 20_000 }).toContain('query NextSummit');

  await page.locator('.graphiql-execute-button').click();
  await expect
    .poll(() => text('.graphiql-response'), { timeout: 20_000 })
    .toContain('Second U.S.–North Korea summit');

  expect(blocked).toEqual([]);
  expect(consoleErrors).toEqual([]);
}, 60_000);
