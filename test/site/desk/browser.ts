import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from '../accessibility.ts';

/** Where the desk's screenshots go: test artifacts, not committed. */
const screenshots = join(import.meta.dirname, '../../screenshots/desk');

const widths = { desktop: { width: 1280, height: 900 }, phone: { width: 375, height: 740 } } as const;

/**
 * Screenshots a screen at desktop and phone widths and checks that axe finds nothing on it (every impact, not
 * only the serious ones: the desk's forms are new).
 */
export async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshots, { recursive: true });
  await page.waitForFunction(() => document.title !== '');
  const violations = await axeViolations(page);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
  const before = page.viewportSize();
  for (const [label, size] of Object.entries(widths)) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(screenshots, `${name}-${label}.png`), fullPage: true });
  }
  if (before) await page.setViewportSize(before);
}

/** Signs in through the site's form, as a person would, and waits for the desk. */
export async function signIn(page: Page, siteUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${siteUrl}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${siteUrl}/desk`);
}
