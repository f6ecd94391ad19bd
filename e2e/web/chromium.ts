// Debian's chromium through playwright-core (which lives in e2e/node_modules), for code outside e2e/
// (bench/web-responsiveness.bench.ts) that cannot resolve playwright-core itself.
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
export type { Browser, Page, CDPSession } from 'playwright-core';
