// Debian's headless chromium as the browser tests and the benchmark start it, through
// playwright-core (npm, in tools/node): never a browser Playwright downloads.
import { createRequire } from 'node:module';

const require = createRequire(new URL('./node/package.json', import.meta.url));
export const { chromium } = require('playwright-core');

export const CHROMIUM_PATH = '/usr/bin/chromium';

// As root, without a sandbox; the background-networking flags keep chromium from calling
// hosts this machine's closed network refuses.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
