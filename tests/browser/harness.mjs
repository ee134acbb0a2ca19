// Shared set-up for the browser tests: a static server for the built widget (dist/), Debian's
// headless chromium driven by playwright-core, axe-core, and the dataset read straight from
// data/ so tests compare what the page shows with the files it was given.
import { readFile, mkdir, mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(
  new URL('../../tools/node/package.json', import.meta.url),
);

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// absolute, so a relative CC_DIST (as the README writes it) survives the robustness tests'
// symlinks into a folder of their own
export const DIST = path.resolve(process.env.CC_DIST || path.join(ROOT, 'dist'));
export const DATA = path.join(ROOT, 'data');
export const OUT = path.join(ROOT, 'tests', 'out');
const AXE = require.resolve('axe-core/axe.min.js');

// the static server, shared with the benchmark
import { serveStatic } from '../../tools/static-server.mjs';

export { serveStatic };

// Debian's chromium and its flags, shared with the benchmark
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromium } from '../../tools/chromium.mjs';

/** Launches Debian's chromium with a fresh profile directory. */
export async function launch() {
  const profile = await mkdtemp(path.join(tmpdir(), 'cc-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
}

/** Collects console errors and page errors so tests can assert there were none. */
export function watchErrors(page) {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/**
 * Resolves once the page has been through a frame and then an idle period: the browser runs an
 * idle callback only when no task is waiting, so every task queued before (the widget's
 * renders, effects and deferred work included) has run.
 */
export function pageIdle(page) {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestIdleCallback(() => r()))));
}

// Installed before the page's scripts: counts the page's pending timeouts (setTimeout not yet
// run or cleared), and window.__ccQuiet() resolves once there are none and the page has then
// been through a frame and an idle period with none started meanwhile. A timeout of 10 s or
// more is not counted: that is a request's time limit (15 s unless data-timeout-ms says
// otherwise), which ends a request rather than starting work, and the widget does not clear
// the one it races a preloaded file against.
const QUIET = () => {
  const LIMIT_MS = 10000;
  const pending = new Set();
  const waiters = [];
  const ended = (id) => {
    if (pending.delete(id) && pending.size === 0) waiters.splice(0).forEach((r) => r());
  };
  const { setTimeout: set, clearTimeout: clear } = window;
  window.setTimeout = function setTimeout(handler, ms, ...args) {
    const id = set.call(window, (...a) => {
      ended(id);
      return typeof handler === 'function' ? handler(...a) : (0, eval)(String(handler));
    }, ms, ...args);
    if (!(Number(ms) >= LIMIT_MS)) pending.add(id);
    return id;
  };
  window.clearTimeout = function clearTimeout(id) {
    ended(id);
    clear.call(window, id);
  };
  const idle = () => new Promise((r) => requestAnimationFrame(() => requestIdleCallback(() => r())));
  window.__ccQuiet = async () => {
    do {
      if (pending.size) await new Promise((r) => waiters.push(r));
      await idle();
    } while (pending.size);
  };
};

/**
 * Records the page's requests from the next navigation on (`paths`, in order) and says when the
 * page has settled (`settled()`): no request in flight, no timeout under 10 s pending, and none
 * of either started while the page then went through a frame and an idle period. Proof
 * that nothing more is on its way, without guessing how long that takes.
 */
export async function requestLog(page) {
  const paths = [];
  const inFlight = new Set(); // Playwright's requests
  const quiet = [];
  const ended = (r) => {
    inFlight.delete(r);
    if (inFlight.size === 0) quiet.splice(0).forEach((q) => q());
  };
  await page.addInitScript(QUIET);
  page.on('request', (r) => {
    paths.push(new URL(r.url()).pathname);
    inFlight.add(r);
  });
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  const noneInFlight = () => (inFlight.size === 0 ? Promise.resolve() : new Promise((q) => quiet.push(q)));
  return {
    paths,
    /** A request the test holds unanswered on purpose: not waited for. */
    held: ended,
    async settled() {
      for (;;) {
        await noneInFlight();
        const seen = paths.length;
        await page.evaluate(() => window.__ccQuiet());
        if (paths.length === seen && inFlight.size === 0) return;
      }
    },
  };
}

/** Runs axe-core on the page; returns its violations (id, impact, help, targets). */
export async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  });
  return result;
}

export async function readJson(rel) {
  return JSON.parse(await readFile(path.join(DATA, rel), 'utf8'));
}

export async function profession(code) {
  return readJson(`professions/${code}.json`);
}

export async function screenshot(page, name) {
  await mkdir(OUT, { recursive: true });
  await page.screenshot({ path: path.join(OUT, name), fullPage: true });
}

// Expected text, formatted by the browser's own Intl rules, not by the widget's code.
const usd0 = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const usd2 = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 });
const count = new Intl.NumberFormat('en-US');
const signed = new Intl.NumberFormat('en-US', { signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 });
export const fmt = {
  annual: (w) => usd0.format(w.usd),
  hourly: (w) => usd2.format(w.usd),
  count: (n) => count.format(n),
  pct: (p) => `${p.toFixed(1)}%`,
  // a change: "+1.7%", "−2.3%" (the minus sign, U+2212, as typeset), "0.0%"
  change: (p) => `${signed.format(p).replace('-', '\u2212')}%`,
};

/** The text of each profession's cell in the row labelled `label` of the table captioned `caption`. */
export async function rowCells(page, caption, label) {
  const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
  const row = table.locator('tr', { has: page.locator('th[scope="row"]', { hasText: label }) }).first();
  return row.locator('td').allInnerTexts();
}

/**
 * The widget served from dist/ and one browser, for the tests of one file: registers the
 * file's before/after hooks and returns the server's `url`, `newPage()`, `open(query)` (a page
 * with its console errors and request log) and `compared(query)`, which also waits until every
 * table of the comparison is in (its first render has the first table only).
 */
export function widgetSuite(before, after) {
  let server;
  let browser;
  before(async () => {
    server = await serveStatic(DIST);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  const suite = {
    get url() {
      return server.url;
    },
    newPage: () => browser.newPage(),
    async open(query = '') {
      const page = await browser.newPage();
      const errors = watchErrors(page);
      const requests = await requestLog(page);
      await page.goto(server.url + query);
      return { page, errors, requests };
    },
    async compared(query) {
      const opened = await suite.open(query);
      await opened.page.locator('.cc-compared[aria-busy="false"]').waitFor();
      return opened;
    },
  };
  return suite;
}
