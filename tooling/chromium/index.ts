import { type Browser, chromium } from 'playwright-core';

export type { Browser };

/** Debian's Chromium unless CHROMIUM_PATH names another. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** What Chromium needs to run headless as root in a container, quietly and offline. */
const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Headless Chromium with a fresh profile (playwright makes one per launch and removes it on close).
 * `extraFlags` add to the shared ones, e.g. a remote-debugging port for Lighthouse.
 */
export function launchChromium(extraFlags: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: [...flags, ...extraFlags] });
}
