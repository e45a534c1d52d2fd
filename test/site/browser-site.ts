import { launchChromium } from '@parley/chromium';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { askApi, type Stack, startStack } from './stack.ts';

/** The widths pages are seen at: a desktop's, and a phone's. */
export const widths = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 375, height: 800 },
} as const;

/** A test file's running site and the Chromium page reading it, at a desktop's width. */
export interface BrowserSite {
  readonly stack: Stack;
  readonly browser: Browser;
  readonly page: Page;
  /** Asks the API directly, so expectations come from the same data the site shows. */
  api: <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;
  /** Loads a path of the site in the page, answering the HTTP status. */
  visit: (path: string) => Promise<number | undefined>;
}

/**
 * Starts the stack and Chromium before the file's tests (side by side) and stops both after them; what it answers
 * is read inside tests, once they have started.
 */
export function siteInChromium(options?: Parameters<typeof startStack>[0]): BrowserSite {
  let running: { stack: Stack; browser: Browser; page: Page } | undefined;
  beforeAll(async () => {
    const [stack, browser] = await Promise.all([startStack(options), launchChromium()]);
    const page = await (await browser.newContext({ viewport: widths.desktop })).newPage();
    running = { stack, browser, page };
  });
  afterAll(async () => {
    await running?.browser.close();
    await running?.stack.stop();
  });
  const started = () => {
    if (!running) throw new Error('the site is read before it started: only tests may read it');
    return running;
  };
  return {
    get stack() {
      return started().stack;
    },
    get browser() {
      return started().browser;
    },
    get page() {
      return started().page;
    },
    api: (query, variables = {}) => askApi(started().stack.apiUrl, query, variables),
    visit: async (path) => (await started().page.goto(started().stack.siteUrl + path))?.status(),
  };
}
