// The <career-compare> element as a portal developer uses it (issue 20): properties that
// mirror the attributes, bad values ignored with one warning, no page globals, lazy loading,
// the ready and error events, the visitor's CSV download and copied link, parts, and table rows
// that stack on phones without breaking a label inside a word.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  DIST, DATA, serveStatic, launch, watchErrors, requestLog, axeViolations, screenshot, readJson, fmt,
} from './harness.mjs';

let lonely;
let pages; // the portal's pages, with dist/ at /cc/ and a second copy of the dataset at /portal-data/
let server;
let browser;

/** Writes a portal page holding `body` (the loader is loaded unless `loader: false`). */
async function portalPage(name, body, { loader = true, head = '' } = {}) {
  await writeFile(path.join(pages, name), `<!doctype html><html lang="en"><head>
    <meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Portal</title><link rel="icon" href="data:,">${head}
    ${loader ? '<script type="module" src="/cc/career-compare.js"></script>' : ''}</head>
    <body><main><h1>Compare jobs</h1>${body}</main></body></html>`);
  return `${server.url}${name}`;
}

before(async () => {
  pages = await mkdtemp(path.join(tmpdir(), 'cc-element-'));
  // (a stylesheet rather than a style attribute: the page could have a strict CSP)
  // and the README's styling example, on the first instance
  await writeFile(path.join(pages, 'portal.css'), `.spacer { height: 6000px; }
#first::part(heading) { font-family: Georgia, serif; }
#first::part(section-related) { display: none; }
`);
  // the loader alone, without the widget's other files: the widget cannot load
  lonely = await mkdtemp(path.join(tmpdir(), 'cc-lonely-'));
  await copyFile(path.join(DIST, 'career-compare.js'), path.join(lonely, 'career-compare.js'));
  server = await serveStatic(pages, { mounts: { '/cc/': DIST, '/portal-data/': DATA, '/lonely/': lonely } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `url` with its console errors, warnings, request log and the events the page saw. */
async function open(url, { viewport } = {}) {
  const page = await browser.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const errors = watchErrors(page);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.addInitScript(() => {
    window.ccSeen = [];
    for (const type of ['change', 'ready', 'error']) {
      document.addEventListener(`career-compare:${type}`, (e) => {
        window.ccSeen.push({ type, target: e.target.id, composed: e.composed, bubbles: e.bubbles, detail: e.detail });
      });
    }
  });
  const requests = await requestLog(page);
  await page.goto(url);
  return { page, errors, warnings, requests };
}

const heading = (page, id) => page.locator(`career-compare#${id} .cc-compared[aria-busy="false"] h2`);
const seen = (page, type) => page.evaluate((t) => window.ccSeen.filter((e) => e.type === t), type);

/** The portal page of issue 20's "Done when": a second, lazy instance 6,000 px down, on a
 * dataset of its own (so its every request can be told apart). */
const twoInstances = () => portalPage('two.html', `
    <career-compare id="first" a="13-2072" b="43-4131"></career-compare>
    <div class="spacer"></div>
    <career-compare id="lazy" loading="lazy" dataset="/portal-data/" a="29-1141" b="25-2021"></career-compare>`,
{ head: '<link rel="stylesheet" href="portal.css">' });

test('a lazy instance 6,000 px down downloads nothing until scrolled to; the first one follows its properties', async () => {
  const url = await twoInstances();
  const { page, errors, requests } = await open(url);
  await heading(page, 'first').waitFor();
  await requests.settled();
  assert.deepEqual(requests.paths.filter((p) => p.startsWith('/portal-data/')), [], 'the lazy instance asked for nothing');
  assert.equal(await page.locator('career-compare#lazy').getAttribute('aria-busy'), null);

  // a property set on the first: a new pair, and no change event (the host set it)
  await page.evaluate(() => { document.getElementById('first').b = '15-1252'; });
  await page.locator('career-compare#first h2', { hasText: 'Loan Officers vs Software Developers' }).waitFor();
  assert.equal(await page.evaluate(() => document.getElementById('first').getAttribute('b')), '15-1252', 'reflected');
  assert.deepEqual(await seen(page, 'change'), []);
  // the page styles the parts it names, and only on that instance
  const first = page.locator('career-compare#first');
  assert.match(await first.locator('h2').evaluate((h) => getComputedStyle(h).fontFamily), /Georgia/);
  assert.equal(await first.locator('[part~="section-related"]').isVisible(), false);
  assert.equal(await first.locator('[part~="section-pay"]').isVisible(), true);

  await page.locator('career-compare#lazy').scrollIntoViewIfNeeded();
  await heading(page, 'lazy').waitFor();
  assert.equal(await heading(page, 'lazy').innerText(), 'Registered Nurses vs Elementary School Teachers, Except Special Education');
  assert.ok(requests.paths.includes('/portal-data/index.json'));
  const ready = await seen(page, 'ready');
  assert.deepEqual(ready.map((e) => [e.target, e.detail.compared, e.bubbles, e.composed]),
    [['first', true, true, true], ['lazy', true, true, true]]);
  assert.ok(ready.every((e) => Number.isFinite(e.detail.duration) && e.detail.duration > 0), 'the time it took, in ms');
  assert.deepEqual(errors, []);
  await page.close();
});

/** A page with one lazy instance 6,000 px down. */
const lazyOnly = (name) => portalPage(name, `<div class="spacer"></div>
    <career-compare id="lazy" loading="lazy" a="13-2072" b="43-4131"></career-compare>`,
{ head: '<link rel="stylesheet" href="portal.css">' });

test('a page with only a lazy instance below the fold loads neither the wasm, nor data, nor its stylesheet', async () => {
  const url = await lazyOnly('lazy.html');
  const { page, errors, requests } = await open(url);
  await requests.settled();
  assert.deepEqual(requests.paths.filter((p) => !['/lazy.html', '/portal.css', '/cc/career-compare.js'].includes(p)), []);
  await page.mouse.wheel(0, 5200); // within one viewport of it
  await heading(page, 'lazy').waitFor();
  assert.ok(requests.paths.includes('/cc/career-compare-app_bg.wasm'));
  assert.ok(requests.paths.includes('/cc/career-compare.css'));
  // styled once started: the widget's own :host rule
  assert.equal(await page.locator('#lazy').evaluate((el) => getComputedStyle(el).display), 'block');
  assert.deepEqual(errors, []);
  await page.close();
});

test('without IntersectionObserver a lazy instance loads at once', async () => {
  const url = await lazyOnly('no-observer.html');
  const page = await browser.newPage();
  await page.addInitScript(() => { delete window.IntersectionObserver; });
  await page.goto(url);
  await heading(page, 'lazy').waitFor({ state: 'attached' });
  await page.close();
});

test('the CSV download holds the pair\'s rows with their sources', async () => {
  const url = await portalPage('csv.html', '<career-compare id="first" a="13-2072" b="15-1252"></career-compare>');
  const { page, errors } = await open(url);
  await heading(page, 'first').waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('career-compare#first').getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'loan-officers-vs-software-developers.csv');
  const bytes = await readFile(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte-order mark');
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  const [a, b] = await Promise.all(['13-2072', '15-1252'].map((c) => readJson(`professions/${c}.json`)));
  const salary = lines.find((l) => l.startsWith('Overview,Yearly salary,'));
  // the files' national annual medians ($76,690 and $135,980 in OEWS May 2025)
  assert.ok(salary.startsWith(`Overview,Yearly salary,"${fmt.annual(a.pay.national.annual.median)}","${fmt.annual(b.pay.national.annual.median)}",`), salary);
  assert.match(salary, /\$76,690.*\$135,980.*Occupational Employment and Wage Statistics.*\(May 2025\)/);
  const rows = await page.locator('career-compare#first tbody tr').count();
  assert.equal(lines.filter(Boolean).length, 1 + rows, 'a header and one line per row');
  // no Copy link without URL sync: the page URL would not bring the pair back
  assert.equal(await page.locator('career-compare#first').getByRole('button', { name: 'Copy link' }).count(), 0);
  // print stays as it was: the figures, not the buttons
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('career-compare#first').getByRole('button', { name: 'Download CSV' }).isVisible(), false);
  assert.equal(await heading(page, 'first').isVisible(), true);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Copy link copies the comparison\'s URL and says so in a live region', async () => {
  const url = await portalPage('share.html', '<career-compare id="shared" sync-url a="13-2072" b="43-4131" state="MD"></career-compare>');
  const { page, errors } = await open(url);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await heading(page, 'shared').waitFor();
  const host = page.locator('career-compare#shared');
  await host.getByRole('button', { name: 'Copy link' }).click();
  await host.getByRole('status').filter({ hasText: 'Link copied.' }).waitFor();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  assert.deepEqual([copied.pathname, copied.searchParams.get('a'), copied.searchParams.get('b'), copied.searchParams.get('state')],
    ['/share.html', '13-2072', '43-4131', 'MD']);
  await host.getByRole('button', { name: 'Copy link' }).click();
  await host.getByRole('status').filter({ hasText: 'Link copied again.' }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test('bad values are ignored with one warning each, and the element keeps its state', async () => {
  const url = await portalPage('bad.html', '<career-compare id="el" a="13-2072" b="43-4131" theme="dark"></career-compare>');
  const { page, errors, warnings } = await open(url);
  await heading(page, 'el').waitFor();
  const el = page.locator('career-compare#el');
  const mountTheme = () => el.evaluate((e) => e.shadowRoot.querySelector('.cc-mount').dataset.theme);
  const steps = [
    [(e) => { e.theme = 'purple'; }, 'theme="purple"'],
    [(e) => e.setAttribute('theme', 'sepia'), 'theme="sepia"'],
    [(e) => { e.a = 151252; }, 'a=151252'],
    [(e) => e.setAttribute('b', '43-41'), 'b="43-41"'],
    [(e) => { e.loading = 'soon'; }, 'loading="soon"'],
    [(e) => { e.state = 'Maryland'; }, 'state="Maryland"'],
    [(e) => { e.syncUrl = 'yes'; }, 'sync-url="yes"'],
  ];
  for (const [step, named] of steps) {
    const before = warnings.length;
    await el.evaluate(step);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
    assert.equal(warnings.length, before + 1, `one warning for ${named}`);
    assert.ok(warnings.at(-1).includes(named), warnings.at(-1));
  }
  assert.equal(await mountTheme(), 'dark', 'the previous theme');
  assert.deepEqual(await el.evaluate((e) => [e.a, e.b, e.theme, e.loading, e.state, e.syncUrl]),
    ['13-2072', '43-4131', 'dark', 'eager', '', false]);
  await heading(page, 'el').waitFor();
  assert.equal(await heading(page, 'el').innerText(), 'Loan Officers vs Loan Interviewers and Clerks');
  // a well-formed code the dataset does not have keeps today's notice
  await el.evaluate((e) => { e.a = '99-9999'; });
  await el.locator('.cc-notice', { hasText: 'No profession with code 99-9999 in this dataset' }).waitFor();
  // valid values still apply
  await el.evaluate((e) => { e.theme = 'light'; });
  assert.equal(await mountTheme(), 'light');
  // enumerated values in any case, as HTML's own are
  await el.evaluate((e) => e.setAttribute('theme', 'DARK'));
  assert.deepEqual([await mountTheme(), await el.evaluate((e) => e.theme)], ['dark', 'dark']);
  await el.evaluate((e) => { e.hidden = true; });
  assert.equal(await el.isVisible(), false, ':host([hidden])');
  assert.deepEqual(errors, []);
  await page.close();
});

test('properties set before the element is defined are honoured; the loader adds no globals', async () => {
  const url = await portalPage('early.html', `<career-compare id="early"></career-compare>
    <script type="module" src="early.js"></script>`, { loader: false });
  await writeFile(path.join(pages, 'early.js'), `
    window.ccBefore = Object.getOwnPropertyNames(window);
    const el = document.getElementById('early');
    el.a = '13-2072';
    el.b = '15-1252';
    el.theme = 'dark';
    await import('/cc/career-compare.js');
  `);
  const { page, errors } = await open(url);
  await heading(page, 'early').waitFor();
  assert.equal(await heading(page, 'early').innerText(), 'Loan Officers vs Software Developers');
  const el = page.locator('career-compare#early');
  assert.deepEqual(await el.evaluate((e) => [e.getAttribute('a'), e.getAttribute('theme'), Object.hasOwn(e, 'a')]),
    ['13-2072', 'dark', false]);
  const added = await page.evaluate(() => Object.getOwnPropertyNames(window).filter((n) => !window.ccBefore.includes(n) && n !== 'ccBefore'));
  assert.deepEqual(added, [], 'no new globals');
  assert.equal(await page.evaluate(() => window[Symbol.for('career-compare.fetched')] instanceof Map), true);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the error event names the kind, message and file of each error shown', async () => {
  const url = await portalPage('error.html', '<career-compare id="broken" dataset="/missing/"></career-compare>');
  const { page } = await open(url);
  await page.locator('career-compare#broken [role="alert"]').waitFor();
  const [error] = await seen(page, 'error');
  assert.equal(error.detail.kind, 'http');
  assert.equal(error.detail.url, `${server.url}missing/index.json`);
  assert.equal(error.detail.message, await page.locator('career-compare#broken .cc-error-message').innerText());
  assert.deepEqual([error.bubbles, error.composed], [true, true]);
  // shown again after Retry: told again
  await page.locator('career-compare#broken').getByRole('button', { name: 'Retry' }).click();
  await page.waitForFunction(() => window.ccSeen.filter((e) => e.type === 'error').length === 2);
  assert.deepEqual(await seen(page, 'ready'), [], 'not ready: no comparison and no empty state');
  await page.close();
});

test('an instance whose widget cannot be loaded says so, and the page hears of it', async () => {
  const url = await portalPage('lonely.html', `<career-compare id="lonely" a="13-2072" b="43-4131"></career-compare>
    <script type="module" src="/lonely/career-compare.js"></script>`, { loader: false });
  const { page } = await open(url);
  await page.locator('career-compare#lonely [role="alert"]', { hasText: 'The comparison could not be loaded.' }).waitFor();
  const [error] = await seen(page, 'error');
  assert.deepEqual([error.target, error.detail.kind, error.detail.url, error.bubbles, error.composed],
    ['lonely', 'load', `${server.url}lonely/career-compare-app.js`, true, true]);
  assert.ok(error.detail.message.length > 0);
  await page.close();
});

/** The words of every row label broken across lines (a compound may break after its hyphen,
 * as "entry-|level": that is not inside a word). */
const brokenLabels = (page) => page.evaluate(() => {
  const broken = [];
  for (const el of document.querySelectorAll('career-compare')) {
    for (const th of el.shadowRoot.querySelectorAll('th[scope="row"]')) {
      const text = th.firstChild;
      for (const m of text.textContent.matchAll(/[^\s-]+-?/g)) {
        const range = document.createRange();
        range.setStart(text, m.index);
        range.setEnd(text, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(m[0]);
      }
    }
  }
  return broken;
});

test('at 320 and 360 px each row stacks, the label on its own line above the values; no label breaks inside a word at any width', async () => {
  const url = await portalPage('phone.html', '<career-compare id="el" a="13-2072" b="43-4131"></career-compare>');
  for (const width of [1280, 560, 360, 320]) {
    const { page, errors } = await open(url, { viewport: { width, height: 800 } });
    await heading(page, 'el').waitFor();
    assert.deepEqual(await brokenLabels(page), [], `no label broken inside a word at ${width} px`);
    const overview = await page.locator('career-compare#el table').first().evaluate((table) => {
      const box = (n) => n.getBoundingClientRect();
      return [...table.tBodies[0].rows].map((tr) => {
        const [th, ...cells] = tr.children;
        return {
          full: Math.abs(box(th).width - box(tr).width) < 1,
          above: cells.every((td) => box(td).top >= box(th).bottom - 0.5),
        };
      });
    });
    const stacked = width <= 360;
    assert.ok(overview.length > 5);
    assert.ok(overview.every((r) => r.full === stacked && r.above === stacked), `${width} px: ${JSON.stringify(overview)}`);
    if (stacked) {
      // still a table with row headers for screen readers (Chromium's accessibility tree)
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const roles = nodes.map((n) => n.role?.value);
      assert.ok(roles.filter((r) => r === 'rowheader').length > 20, 'row headers');
      assert.ok(roles.includes('table') && roles.includes('columnheader'));
      await screenshot(page, `element-stacked-${width}.png`);
    } else {
      await screenshot(page, `element-${width}.png`);
    }
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('axe-core finds nothing on a page with both instances, lazy one included', async () => {
  const { page } = await open(await twoInstances());
  await heading(page, 'first').waitFor();
  await page.locator('career-compare#lazy').scrollIntoViewIfNeeded();
  await heading(page, 'lazy').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});
