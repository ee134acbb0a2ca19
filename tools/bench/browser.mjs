// What every measure of the benchmark shares: the pair it deep-links to, how many cold loads
// per setting, Debian's chromium with a fresh profile, and the static server (gzip, as a host).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../static-server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromium } from '../chromium.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const LOADS = Number(process.env.BENCH_LOADS || 10);
export const DEEP_LINK = '?a=13-2072&b=43-4131';

/**
 * The static server (tools/static-server.mjs) as a static host runs it: text and wasm sent
 * gzip-compressed to a browser that accepts it, every file compressed before it starts; it
 * records every file it serves with its gzip size.
 */
export const serve = (dir, options = {}) => serveStatic(dir, { gzip: true, ...options });

export async function fresh(options = {}) {
  const profile = await mkdtemp(path.join(tmpdir(), 'cc-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 }, ...options,
  });
  return { ctx, done: async () => { await ctx.close(); await rm(profile, { recursive: true, force: true }); } };
}

/**
 * The first page of `ctx` with `probes` installed before its scripts (`[fn, arg]` pairs for
 * `addInitScript`) and its CPU throttled `throttle` times, with its DevTools session.
 */
export async function probedPage(ctx, probes, throttle = 1) {
  const page = ctx.pages()[0] || (await ctx.newPage());
  for (const [probe, arg] of probes) await page.addInitScript(probe, arg);
  const cdp = await ctx.newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { page, cdp };
}
