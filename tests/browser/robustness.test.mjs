// Robustness, in headless chromium against the built widget: every kind of bad dataset and
// every kind of network failure shows its specific message, is logged to the console once, and
// Retry recovers once the cause is gone; hostile strings in the data render as inert text and
// the layout holds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, symlink, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  DIST, DATA, serveStatic, launch, readJson, requestLog, pageIdle,
} from './harness.mjs';

let server; // the widget
let other; // the dataset on a second origin, CORS headers switchable
let flaky; // the dataset on a second origin with CORS, able to cut a body off mid-way
let browser;
const corsHeaders = {};
let cutOff = false;

// The widget is served from a copy of dist/ (links to its files) where each test can write its
// own page with the mount's data-dataset / data-timeout-ms set. (Rewriting the page through
// page.route instead would make chromium treat it as a public page and refuse its requests to
// the loopback dataset servers for a reason that is not CORS.)
let site;
let pages = 0;

before(async () => {
  site = await mkdtemp(path.join(tmpdir(), 'cc-robust-'));
  for (const name of await readdir(DIST)) await symlink(path.join(DIST, name), path.join(site, name));
  server = await serveStatic(site);
  other = await serveStatic(DATA, { headers: corsHeaders });
  flaky = await serveFlaky();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await other?.close();
  await flaky?.close();
  if (site) await rm(site, { recursive: true, force: true });
});

/** Serves data/ with CORS; while `cutOff`, index.json announces its full length, sends half and hangs up. */
function serveFlaky() {
  return serveStatic(DATA, {
    headers: { 'access-control-allow-origin': '*' },
    cutOff: (file) => cutOff && file === 'index.json',
  });
}

const PAIR = '?a=13-2072&b=43-4131';
// the comparison's heading once every table is in (its first render has the first table only)
const heading = (page) => page.locator('.cc-compared[aria-busy="false"]').getByRole('heading', { level: 2, name: / vs / });

/**
 * Opens the demo page, optionally with the mount's data-dataset / data-timeout-ms rewritten,
 * and collects the widget's console errors ("career-compare: …") separately from the rest.
 * Each route's handler gets the route and the page's request log.
 */
async function open({ query = PAIR, dataset, timeoutMs, routes = {} } = {}) {
  const page = await browser.newPage();
  const logged = [];
  const pageErrors = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().startsWith('career-compare')) logged.push(m.text());
  });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  let file = '';
  if (dataset || timeoutMs) {
    let html = await readFile(path.join(DIST, 'index.html'), 'utf8');
    const attrs = `data-dataset="${dataset || 'data/'}"${timeoutMs ? ` data-timeout-ms="${timeoutMs}"` : ''}`;
    html = html.replace('data-dataset="data/"', attrs);
    file = `page-${(pages += 1)}.html`;
    await writeFile(path.join(site, file), html);
  }
  const requests = await requestLog(page);
  for (const [pattern, handler] of Object.entries(routes)) await page.route(pattern, (route) => handler(route, requests));
  await page.goto(server.url + file + query);
  return { page, logged, pageErrors, requests };
}

const json = (value) => ({ status: 200, contentType: 'application/json', body: JSON.stringify(value) });
const bytes = (buf) => ({ status: 200, contentType: 'application/json', body: buf });

/** Asserts an alert with `message`, exactly one console line, then Retry (after `fix`) recovers. */
async function expectFailureThenRetry({ page, logged, pageErrors, requests }, message, fix, recovered) {
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, message);
  // re-renders (typing in a picker) must not log the failure again, also once the page has
  // settled after them (with whatever the focus asked for in)
  await page.getByRole('combobox', { name: 'Second profession' }).fill('loan');
  await requests.settled();
  assert.equal(logged.length, 1, `logged once: ${JSON.stringify(logged)}`);
  assert.match(logged[0], message);
  await page.getByRole('combobox', { name: 'Second profession' }).fill('');
  fix();
  await page.getByRole('button', { name: 'Retry' }).click();
  await (recovered ? recovered(page) : heading(page).waitFor());
  assert.equal(await page.getByRole('alert').count(), 0, 'the panel is gone after Retry');
  assert.equal(logged.length, 1, 'nothing more logged after recovery');
  assert.deepEqual(pageErrors, [], 'no uncaught error or panic');
}

// ---------- bad datasets ----------

const index = await readJson('index.json');
const loan = await readJson('professions/13-2072.json');
const indexBytes = await readFile(path.join(DATA, 'index.json'));
const clone = (v) => structuredClone(v);

const BAD = [
  // the version after the bundled dataset's, which this build writes and reads
  ['an unsupported schema version', '**/data/index.json',
    () => json({ ...clone(index), schema_version: index.schema_version + 1 }),
    new RegExp(`index\\.json has 1 invalid value\\(s\\); schema_version: expected schema version 1 to ${index.schema_version}, found version ${index.schema_version + 1}`)],
  ['a missing required field', '**/data/index.json', () => {
    const ix = clone(index);
    delete ix.professions[0].title;
    return json(ix);
  }, /index\.json does not match the dataset schema at professions\[0\]: missing field `title`/],
  ['a wrong type', '**/data/index.json', () => {
    const ix = clone(index);
    ix.professions[3].title = 5;
    return json(ix);
  }, /at professions\[3\]\.title: invalid type: integer `5`, expected a string/],
  ['a duplicate code', '**/data/index.json', () => {
    const ix = clone(index);
    ix.professions[1].code = ix.professions[0].code;
    return json(ix);
  }, new RegExp(`professions\\[1\\]: expected a unique code, found duplicate "${index.professions[0].code}"`)],
  ['an empty dataset', '**/data/index.json', () => json({ ...clone(index), professions: [] }),
    /professions: expected at least one profession, found an empty list/],
  ['an oversized dataset', '**/data/index.json', () => {
    const limit = 4 * 1024 * 1024;
    return bytes(Buffer.concat([indexBytes, Buffer.alloc(limit + 1 - indexBytes.length, 0x20)]));
  }, /index\.json is 4194305 bytes, larger than the 4194304-byte limit for this file/],
  ['invalid UTF-8', '**/data/index.json', () => {
    const b = Buffer.from(indexBytes);
    b[100] = 0xff;
    return bytes(b);
  }, /index\.json is not UTF-8 text \(bad byte at offset 100\)/],
  ['truncated JSON', '**/data/index.json', () => bytes(indexBytes.subarray(0, indexBytes.length >> 1)),
    /index\.json is incomplete: it ends at line \d+, column \d+ before the JSON does, so the file was cut off/],
  ['an absurd salary (10^12)', '**/data/professions/13-2072.json', () => {
    const p = clone(loan);
    p.pay.national.annual.median.usd = 1e12;
    return json(p);
  }, /The details of Loan Officers \(13-2072\) could not be loaded: professions\/13-2072\.json has 1 invalid value\(s\); pay\.national\.annual\.median\.usd: expected a wage in dollars between 0 and 5000000, found 1000000000000/],
  ['a negative salary', '**/data/professions/13-2072.json', () => {
    const p = clone(loan);
    p.pay.national.annual.mean.usd = -5;
    return json(p);
  }, /pay\.national\.annual\.mean\.usd: expected a wage in dollars between 0 and 5000000, found -5/],
  ['a share above 100 %', '**/data/professions/13-2072.json', () => {
    const p = clone(loan);
    p.demographics.women_pct = 140;
    return json(p);
  }, /13-2072\.json has 1 invalid value\(s\); demographics\.women_pct: expected a percentage between 0 and 100, found 140/],
];

for (const [what, pattern, body, message] of BAD) {
  test(`a dataset with ${what}: its message, logged once, Retry recovers`, async () => {
    let broken = true;
    const opened = await open({
      routes: { [pattern]: (route) => (broken ? route.fulfill(body()) : route.continue()) },
    });
    await expectFailureThenRetry(opened, message, () => { broken = false; });
    await opened.page.close();
  });
}

test('an alternate title pointing at an unknown code: search by other titles is unavailable, Retry recovers', async () => {
  let broken = true;
  const titles = await readJson('titles.json');
  const bad = { ...titles, professions: [{ code: '99-9999', alternate: ['Ghost'], reported: [] }, ...titles.professions] };
  const opened = await open({
    routes: { '**/data/titles.json': (route) => (broken ? route.fulfill(json(bad)) : route.continue()) },
  });
  await heading(opened.page).waitFor();
  // the alternate titles are fetched when someone is about to search
  await opened.page.getByRole('combobox', { name: 'First profession' }).focus();
  await expectFailureThenRetry(
    opened,
    /titles\.json has 1 invalid value\(s\); professions\[0\]\.code: expected a code listed in index\.json, found "99-9999"/,
    () => { broken = false; },
    async (page) => {
      await page.getByRole('alert').waitFor({ state: 'detached' });
      // alternate titles now work
      await page.getByRole('combobox', { name: 'First profession' }).fill('loss mitigation');
      await page.getByRole('option').first().waitFor();
    },
  );
  assert.equal(await heading(opened.page).count(), 1, 'the comparison stayed on screen');
  await opened.page.close();
});

test('optional fields that are absent show "—"', async () => {
  const p = clone(loan);
  delete p.demographics;
  delete p.jobs;
  const { page, pageErrors } = await open({
    routes: { '**/data/professions/13-2072.json': (route) => route.fulfill(json(p)) },
  });
  await heading(page).waitFor();
  const table = page.locator('table', { has: page.locator('caption', { hasText: 'Overview' }) });
  const row = table.locator('tr', { has: page.locator('th', { hasText: 'Number of jobs' }) }).first();
  const cells = await row.locator('td').allInnerTexts();
  assert.ok(cells[0].includes('—'), cells[0]);
  assert.deepEqual(pageErrors, []);
  await page.close();
});

// ---------- bad networks ----------

test('a host that serves the wasm without its MIME type: the widget still loads', async () => {
  // The page compiles the wasm while it downloads (WebAssembly.compileStreaming), which
  // refuses anything but application/wasm; the loader then lets the glue fetch the file and
  // instantiate its bytes, as it did before the page compiled it.
  const wasm = await readFile(path.join(DIST, 'career-compare-app_bg.wasm'));
  let served = 0;
  const { page, pageErrors } = await open({
    routes: {
      '**/career-compare-app_bg.wasm': (route) => {
        served += 1;
        return route.fulfill({ status: 200, contentType: 'application/octet-stream', body: wasm });
      },
    },
  });
  await heading(page).waitFor();
  assert.equal(served, 2, 'requested by the page, then by the glue');
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test('HTTP 404 on index.json', async () => {
  let broken = true;
  const opened = await open({
    routes: { '**/data/index.json': (r) => (broken ? r.fulfill({ status: 404, body: 'gone' }) : r.continue()) },
  });
  await expectFailureThenRetry(opened, /data\/index\.json was not found on the server \(HTTP 404 Not Found\)/, () => { broken = false; });
  await opened.page.close();
});

test('HTTP 500 on index.json', async () => {
  let broken = true;
  const opened = await open({
    routes: { '**/data/index.json': (r) => (broken ? r.fulfill({ status: 500, body: 'oops' }) : r.continue()) },
  });
  await expectFailureThenRetry(opened, /The server failed while sending data\/index\.json \(HTTP 500 [^)]*\); this is often temporary/, () => { broken = false; });
  await opened.page.close();
});

test('a timeout (data-timeout-ms="1000")', async () => {
  let broken = true;
  const opened = await open({
    timeoutMs: 1000,
    routes: {
      '**/data/index.json': (r, requests) => (broken ? requests.held(r.request()) /* never answers */ : r.continue()),
    },
  });
  await expectFailureThenRetry(opened, /data\/index\.json did not arrive within 1 second \(timed out\)/, () => { broken = false; });
  await opened.page.close();
});

test('a network error', async () => {
  let broken = true;
  const opened = await open({
    routes: { '**/data/index.json': (r) => (broken ? r.abort('failed') : r.continue()) },
  });
  await expectFailureThenRetry(opened, /Could not fetch data\/index\.json: network error or the server refused cross-origin access \(CORS\)/, () => { broken = false; });
  await opened.page.close();
});

test('a CORS refusal (dataset on another origin without Access-Control-Allow-Origin)', async () => {
  delete corsHeaders['access-control-allow-origin'];
  const opened = await open({ dataset: other.url });
  const url = `${other.url}index.json`.replace(/[.?]/g, '\\$&');
  await expectFailureThenRetry(
    opened,
    new RegExp(`Could not fetch ${url}: network error or the server refused cross-origin access \\(CORS\\)`),
    () => { corsHeaders['access-control-allow-origin'] = '*'; },
  );
  delete corsHeaders['access-control-allow-origin'];
  await opened.page.close();
});

test('a body cut off mid-way (connection closed after half the bytes)', async () => {
  cutOff = true;
  const opened = await open({ dataset: flaky.url });
  const url = `${flaky.url}index.json`.replace(/[.?]/g, '\\$&');
  await expectFailureThenRetry(
    opened,
    new RegExp(`${url} was cut off: the connection ended before the whole file arrived`),
    () => { cutOff = false; },
  );
  cutOff = false;
  await opened.page.close();
});

test('a body cut off mid-way (half the bytes delivered as the whole file)', async () => {
  let broken = true;
  const opened = await open({
    routes: { '**/data/index.json': (r) => (broken ? r.fulfill(bytes(indexBytes.subarray(0, 5000))) : r.continue()) },
  });
  await expectFailureThenRetry(opened, /index\.json is incomplete: .*the file was cut off/, () => { broken = false; });
  await opened.page.close();
});

test('a detail file missing while the index loaded: names the profession, Retry refetches just that file', async () => {
  let broken = true;
  const requests = [];
  const opened = await open({
    routes: {
      '**/data/**': (r) => {
        const u = new URL(r.request().url());
        requests.push(u.pathname);
        if (broken && u.pathname.endsWith('/professions/13-2072.json')) return r.fulfill({ status: 404, body: 'gone' });
        return r.continue();
      },
    },
  });
  await expectFailureThenRetry(
    opened,
    /The details of Loan Officers \(13-2072\) could not be loaded: data\/professions\/13-2072\.json was not found on the server \(HTTP 404 Not Found\)/,
    () => { broken = false; },
  );
  const count = (suffix) => requests.filter((p) => p.endsWith(suffix)).length;
  assert.equal(count('/index.json'), 1, 'index.json was not fetched again');
  assert.equal(count('/professions/13-2072.json'), 2, 'the missing file was fetched again');
  assert.equal(count('/professions/43-4131.json'), 1, 'the other profession was not fetched again');
  await opened.page.close();
});

// ---------- hostile strings ----------

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=1</script>';
const TEMPLATE = "{{constructor.constructor('window.__xss=1')()}}";
const RLO = '\u202E';
const ZW = '\u200B\u200C\u200D\u2060\uFEFF';
const LONG = `Long${ZW}${'W'.repeat(10000)}`;
const TITLE_A = `${IMG} Loan Officers ${TEMPLATE}`;
const TITLE_B = `${RLO}Reversed${ZW} ${SCRIPT} ${LONG}`;

function hostileRoutes() {
  const ix = clone(index);
  ix.professions.find((p) => p.code === '13-2072').title = TITLE_A;
  ix.professions.find((p) => p.code === '43-4131').title = TITLE_B;
  for (const s of ix.sources) {
    s.url = 'javascript:window.__xss=1';
    s.title = `${TEMPLATE} ${IMG}`;
    s.agency = SCRIPT;
    s.note = `${RLO}${LONG}`;
  }
  ix.attribution = ix.attribution.map((a) => `${a} ${IMG}`);
  const patchProfession = async (route, title) => {
    const res = await route.fetch();
    const p = await res.json();
    p.title = title;
    p.description = `${SCRIPT} ${IMG} ${TEMPLATE} ${RLO}${LONG}`;
    if (p.entry) p.entry.education = `${IMG}${ZW}`;
    await route.fulfill(json(p));
  };
  return {
    '**/data/index.json': (r) => r.fulfill(json(ix)),
    '**/data/professions/13-2072.json': (r) => patchProfession(r, TITLE_A),
    '**/data/professions/43-4131.json': (r) => patchProfession(r, TITLE_B),
  };
}

async function noOverflow(page, width) {
  await page.setViewportSize({ width, height: 800 });
  await pageIdle(page);
  const { scroll, inner } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
  }));
  assert.ok(scroll <= inner, `no horizontal overflow at ${width} px: scrollWidth ${scroll} > innerWidth ${inner}`);
}

test('hostile strings render as inert text; no javascript: links; the layout holds at 360 and 1280 px', async () => {
  const { page, pageErrors, requests } = await open({ routes: hostileRoutes() });
  await heading(page).waitFor();
  const h = await heading(page).innerText();
  assert.ok(h.includes(IMG), 'the <img> payload shows literally in the heading');
  assert.ok(h.includes(SCRIPT), 'the <script> payload shows literally');
  assert.ok(h.includes(TEMPLATE), 'the template payload shows literally');
  assert.ok(h.includes('W'.repeat(10000)), 'the 10,000-character title is there in full');
  assert.ok(h.includes(' vs '), 'the heading keeps " vs "');
  // the RLO is isolated: the heading's two titles sit in their own <bdi>
  assert.equal(await heading(page).locator('bdi').count(), 2);
  const body = await page.locator('.career-compare').innerText();
  assert.ok(body.includes(`${TEMPLATE} ${IMG}`), 'the source title shows literally');
  assert.equal(await page.locator('.career-compare img, .career-compare script').count(), 0, 'no element from the data');
  assert.equal(await page.locator('a[href^="javascript:" i]').count(), 0, 'no javascript: link');
  assert.equal(await page.locator('.cc-source-list a').count(), 0, 'unsafe source URLs are plain text');

  // the pickers: list both hostile titles; the full title is available
  const first = page.getByRole('combobox', { name: 'First profession' });
  await first.fill('');
  await first.fill('Reversed');
  const option = page.getByRole('option').first();
  await option.waitFor();
  const titleAttr = await option.locator('.cc-option-title').getAttribute('title');
  assert.equal(titleAttr, TITLE_B, 'the full title is in the option\'s title attribute');
  await noOverflow(page, 360);
  await page.keyboard.press('Escape');

  await noOverflow(page, 360);
  await noOverflow(page, 1280);
  // once the page has settled, nothing from the data ran or loaded (an <img src=x> would ask for /x)
  await requests.settled();
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'window.__xss stays undefined');
  assert.deepEqual(requests.paths.filter((p) => p.endsWith('/x')), [], 'no image from the data was requested');
  assert.deepEqual(pageErrors, []);
  await page.close();
});

test('a <career-compare> element: data-timeout-ms on the element, the message inside its shadow root, Retry', async () => {
  let broken = true;
  const page = await browser.newPage();
  const logged = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().startsWith('career-compare')) logged.push(m.text());
  });
  await writeFile(path.join(site, 'element.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>element</title><script type="module" src="/career-compare.js"></script></head><body><main>
<career-compare id="one" a="13-2072" b="43-4131" data-timeout-ms="800"></career-compare>
<p id="rest">The rest of the page.</p></main></body></html>`);
  await page.route('**/data/index.json', (r) => (broken ? undefined : r.continue()));
  await page.goto(`${server.url}element.html`);
  const el = page.locator('#one');
  const alert = el.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /data\/index\.json did not arrive within 800 ms \(timed out\)/);
  assert.equal(logged.length, 1, JSON.stringify(logged));
  assert.equal(await page.locator('#rest').innerText(), 'The rest of the page.');
  broken = false;
  await el.getByRole('button', { name: 'Retry' }).click();
  await el.getByRole('heading', { level: 2, name: / vs / }).waitFor();
  await page.close();
});
