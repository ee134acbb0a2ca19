// The <career-compare> element on a plain HTML page (examples/embed.html), as a career portal
// embeds it: the page on one origin with a strict Content-Security-Policy and hostile CSS, the
// widget's built files (dist/) on another origin with CORS, and the second instance reading a
// portal's own (slightly different) copy of the dataset from the page's origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, cp, mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ROOT, DIST, DATA, OUT, serveStatic, launch, watchErrors, readJson, screenshot, requestLog,
} from './harness.mjs';

const require = createRequire(new URL('../../tools/node/package.json', import.meta.url));
const AXE = require.resolve('axe-core/axe.min.js');
const EXAMPLES = path.join(ROOT, 'examples');
const PLACEHOLDER = 'http://127.0.0.1:8081/';
// The portal's copy of the dataset renames one profession, so the tests can tell which
// dataset an instance shows.
const PORTAL_TITLE = 'Registered Nurses (portal dataset)';

let assets; // dist/ with Access-Control-Allow-Origin: *
let portal; // examples/ + the portal's dataset, with the CSP
let browser;
let csp;
let portalData; // the portal's dataset folder, served at /data/

/** The portal's server: examples/ at /, its dataset at /data/, every response with `csp`. */
function servePortal(dataDir, assetsUrl) {
  return serveStatic(EXAMPLES, {
    mounts: { '/data/': dataDir },
    headers: () => ({ 'content-security-policy': csp }),
    transform: (file, body) => (file.endsWith('.html') ? body.toString().replaceAll(PLACEHOLDER, assetsUrl) : body),
  });
}

before(async () => {
  assets = await serveStatic(DIST, { headers: { 'access-control-allow-origin': '*' } });
  const origin = assets.url.replace(/\/$/, '');
  // The policy the README documents, with the assets' origin added.
  csp = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${origin}; `
    + `style-src 'self' ${origin}; connect-src 'self' ${origin}`;
  const dataDir = await mkdtemp(path.join(tmpdir(), 'cc-portal-data-'));
  portalData = dataDir;
  await cp(DATA, dataDir, { recursive: true });
  const indexFile = path.join(dataDir, 'index.json');
  const index = JSON.parse(await readFile(indexFile, 'utf8'));
  index.professions.find((p) => p.code === '29-1141').title = PORTAL_TITLE;
  await writeFile(indexFile, JSON.stringify(index));
  const profFile = path.join(dataDir, 'professions', '29-1141.json');
  const prof = JSON.parse(await readFile(profFile, 'utf8'));
  prof.title = PORTAL_TITLE;
  await writeFile(profFile, JSON.stringify(prof));
  portal = await servePortal(dataDir, assets.url);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await portal?.close();
  await assets?.close();
});

/**
 * Opens a page of the portal's (by default the example page), recording console errors, page
 * errors and CSP violations.
 */
async function open(url = `${portal.url}embed.html`) {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    window.ccViolations = [];
    window.ccEvents = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.ccViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
    document.addEventListener('career-compare:change', (e) => {
      window.ccEvents.push({ target: e.target.id, composed: e.composed, detail: e.detail });
    });
  });
  const requests = await requestLog(page);
  await page.goto(url);
  return { page, errors, requests };
}

const instance = (page, id) => page.locator(`career-compare#${id}`);
// the comparison's heading once every table is in (its first render has the first table only)
const heading = (page, id) => instance(page, id).locator('.cc-compared[aria-busy="false"]').getByRole('heading', { level: 2, name: / vs / });

async function expectClean(page, errors) {
  const violations = await page.evaluate(() => window.ccViolations);
  assert.deepEqual(violations, [], 'no CSP violations');
  assert.deepEqual(errors, [], 'no console errors');
}

/**
 * Writes a page of the portal's (served with its CSP, from the portal's data folder) that
 * loads the widget's loader and holds `body` under an h1; returns its URL.
 */
async function portalPage(name, { lang = 'en', title, h1, body }) {
  await writeFile(path.join(portalData, name), `<!doctype html><html lang="${lang}"><head>
    <meta charset="utf-8"><title>${title}</title><link rel="icon" href="../favicon.svg">
    <script type="module" src="${PLACEHOLDER}career-compare.js"></script></head>
    <body><main><h1>${h1}</h1>${body}</main></body></html>`);
  return `${portal.url}data/${name}`;
}

test('both instances render their comparisons, each from its own dataset', async () => {
  const { page, errors } = await open();
  await heading(page, 'finance').waitFor();
  await heading(page, 'health').waitFor();
  assert.equal(await heading(page, 'finance').innerText(), 'Loan Officers vs Loan Interviewers and Clerks');
  assert.equal(
    await heading(page, 'health').innerText(),
    `${PORTAL_TITLE} vs Elementary School Teachers, Except Special Education`,
  );
  // open shadow roots, each with the widget inside
  const shadow = await page.evaluate(() => [...document.querySelectorAll('career-compare')].map(
    (el) => el.shadowRoot && el.shadowRoot.mode,
  ));
  assert.deepEqual(shadow, ['open', 'open']);
  // the first instance's dataset came from the assets' origin, the second's from the page's
  const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  assert.ok(urls.some((u) => u.startsWith(`${assets.url}data/professions/13-2072`)), 'finance: dataset next to the script');
  assert.ok(urls.some((u) => u.startsWith(`${portal.url}data/professions/29-1141`)), 'health: the portal dataset');
  // each data file downloaded once, requested by the loader while the wasm loads, and that
  // response is the one the widget uses (it took every one the loader left for it)
  const entries = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => e.name.includes('/data/')).map((e) => ({ url: e.name, by: e.initiatorType })));
  assert.deepEqual(entries.filter((e) => e.by !== 'fetch'), [], 'every data file fetched, none by a <link>');
  assert.deepEqual(await page.evaluate(() => [...window[Symbol.for('career-compare.fetched')].keys()]), [],
    'the widget took every request the loader made for it');
  const data = entries.map((e) => e.url);
  assert.deepEqual(data.filter((u, i) => data.indexOf(u) !== i), [], 'no data file requested twice');
  assert.equal(data.length, 6, `index.json and two profession files per instance: ${data.join(', ')}`);
  // ids are unique on the page, even across the shadow roots
  const ids = await page.evaluate(() => [...document.querySelectorAll('career-compare')]
    .flatMap((el) => [...el.shadowRoot.querySelectorAll('[id]')].map((n) => n.id)));
  assert.equal(new Set(ids).size, ids.length, 'no id used twice');
  // no URL sync by default
  assert.equal(new URL(page.url()).search, '');
  await screenshot(page, 'embed-1280.png');
  await page.screenshot({ path: path.join(OUT, 'embed-top.png') });
  const box = await instance(page, 'health').boundingBox();
  await page.screenshot({
    path: path.join(OUT, 'embed-health.png'), fullPage: true, clip: { x: 0, y: box.y - 80, width: 1280, height: 1000 },
  });
  await expectClean(page, errors);
  await page.close();
});

test('two instances on one dataset download each file they share once', async () => {
  // a page of the portal's, with two instances on the widget's own dataset
  const { page, errors } = await open(await portalPage('two.html', {
    title: 'Two on one dataset',
    h1: 'Two comparisons',
    body: `<career-compare id="one" a="13-2072" b="43-4131"></career-compare>
      <career-compare id="two" a="13-2072" b="29-1141"></career-compare>`,
  }));
  await heading(page, 'one').waitFor();
  await heading(page, 'two').waitFor();
  assert.equal(await heading(page, 'one').innerText(), 'Loan Officers vs Loan Interviewers and Clerks');
  assert.equal(await heading(page, 'two').innerText(), 'Loan Officers vs Registered Nurses');
  const data = await page.evaluate(() => performance.getEntriesByType('resource')
    .map((e) => e.name).filter((u) => u.includes('/data/')).map((u) => new URL(u).pathname).sort());
  assert.deepEqual(data, ['/data/index.json', '/data/professions/13-2072.json',
    '/data/professions/29-1141.json', '/data/professions/43-4131.json'], 'each file once');
  assert.deepEqual(await page.evaluate(() => [...window[Symbol.for('career-compare.fetched')].keys()]), [],
    'both instances took every request the loader made for them');
  await expectClean(page, errors);
  await page.close();
});

test('a pair changed before the widget has started leaves no download behind', async () => {
  // the element asks for one pair as it is added and for another before the wasm has loaded
  await writeFile(path.join(portalData, 'changed.js'), `
    await customElements.whenDefined('career-compare');
    window.startedBefore = !!document.querySelector('career-compare').shadowRoot.querySelector('.career-compare');
    document.querySelector('career-compare').setAttribute('b', '29-1141');`);
  const { page, errors } = await open(await portalPage('changed.html', {
    title: 'Changed before start',
    h1: 'A comparison',
    body: `<career-compare id="one" a="13-2072" b="43-4131"></career-compare>
      <script type="module" src="changed.js"></script>`,
  }));
  await heading(page, 'one').waitFor();
  assert.equal(await page.evaluate(() => window.startedBefore), false, 'changed before the widget started');
  assert.equal(await heading(page, 'one').innerText(), 'Loan Officers vs Registered Nurses');
  assert.deepEqual(await page.evaluate(() => [...window[Symbol.for('career-compare.fetched')].keys()]), [],
    'no request is left waiting for an instance that no longer needs it');
  await expectClean(page, errors);
  await page.close();
});

test("on a page in another language the widget's words are marked as English", async () => {
  // a Spanish portal page: its own words are Spanish, the widget's (UI and dataset) English,
  // which screen readers pronounce and browsers hyphenate by the language they are marked with
  const { page, errors } = await open(await portalPage('es.html', {
    lang: 'es',
    title: 'Comparar profesiones',
    h1: 'Comparar dos profesiones',
    body: '<career-compare id="uno" a="13-2072" b="43-4131"></career-compare>',
  }));
  await heading(page, 'uno').waitFor();
  const langs = await page.evaluate(() => {
    const shadow = document.querySelector('career-compare').shadowRoot;
    const marked = (el) => ['en', 'es'].filter((l) => el.matches(`:lang(${l})`));
    return {
      page: marked(document.querySelector('h1')),
      heading: marked(shadow.querySelector('h2')),
      picker: marked(shadow.querySelector('input[role="combobox"]')),
      cell: marked(shadow.querySelector('.cc-table td')),
    };
  });
  assert.deepEqual(langs, { page: ['es'], heading: ['en'], picker: ['en'], cell: ['en'] });
  await expectClean(page, errors);
  await page.close();
});

test("the page's hostile CSS does not reach the widget", async () => {
  const { page, errors } = await open();
  await heading(page, 'finance').waitFor();
  const look = await page.evaluate(() => {
    const root = document.getElementById('finance').shadowRoot;
    const cs = (sel, prop) => getComputedStyle(root.querySelector(sel))[prop];
    return {
      pageText: getComputedStyle(document.querySelector('main p')).fontSize,
      tableDisplay: cs('table', 'display'),
      cellFont: cs('td', 'fontSize'),
      headingFont: cs('h2', 'fontSize'),
      transform: cs('td', 'textTransform'),
      letterSpacing: cs('td', 'letterSpacing'),
      swapBackground: cs('.cc-swap', 'backgroundColor'),
      swapCursor: cs('.cc-swap', 'cursor'),
      svgDisplay: cs('svg', 'display'),
      listboxDisplay: cs('[role="listbox"]', 'display'),
      inputWidth: root.querySelector('input').getBoundingClientRect().width,
    };
  });
  assert.equal(look.pageText, '40px', 'the hostile rules do apply to the page itself');
  assert.equal(look.tableDisplay, 'table');
  assert.ok(parseFloat(look.cellFont) <= 16, `table cell text ${look.cellFont}`);
  assert.ok(parseFloat(look.headingFont) <= 28, `heading ${look.headingFont}`);
  assert.equal(look.transform, 'none');
  assert.equal(look.letterSpacing, 'normal');
  assert.notEqual(look.swapBackground, 'rgba(0, 0, 0, 0)', 'the swap button keeps its background');
  assert.notEqual(look.svgDisplay, 'none');
  assert.equal(look.listboxDisplay, 'none', 'the closed list stays hidden');
  assert.ok(look.inputWidth > 150, `input ${look.inputWidth}px wide`);
  // the theme override reached the second instance, and only it
  // (the accent as the reader sees it: the swap button's resolved background colour)
  const accents = await page.evaluate(() => ['finance', 'health'].map((id) => {
    const root = document.getElementById(id).shadowRoot;
    return getComputedStyle(root.querySelector('.cc-swap')).backgroundColor;
  }));
  assert.deepEqual(accents, ['rgb(11, 92, 173)', 'rgb(127, 224, 200)']);
  const surfaces = await page.evaluate(() => ['finance', 'health'].map((id) => getComputedStyle(
    document.getElementById(id).shadowRoot.querySelector('.career-compare'),
  ).backgroundColor));
  assert.equal(surfaces[0], 'rgb(255, 255, 255)', 'light by default');
  assert.equal(surfaces[1], 'rgb(14, 31, 28)', 'the portal surface on the dark instance');
  // theme="auto" (no attribute) follows the reader's colour scheme
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await page.evaluate(() => getComputedStyle(
    document.getElementById('finance').shadowRoot.querySelector('.career-compare'),
  ).backgroundColor);
  assert.equal(dark, 'rgb(20, 24, 29)');
  await expectClean(page, errors);
  await page.close();
});

test('hidden hides an instance, even against the page\'s [hidden] { display: block !important }', async () => {
  const { page, errors } = await open();
  await heading(page, 'finance').waitFor();
  await page.evaluate(() => { document.getElementById('finance').hidden = true; });
  assert.equal(await instance(page, 'finance').isVisible(), false);
  assert.equal(await instance(page, 'health').isVisible(), true);
  await page.evaluate(() => { document.getElementById('finance').hidden = false; });
  assert.equal(await heading(page, 'finance').isVisible(), true);
  await expectClean(page, errors);
  await page.close();
});

test('choosing in one instance changes only that one, and the page hears about it', async () => {
  const { page, errors } = await open();
  await heading(page, 'finance').waitFor();
  await heading(page, 'health').waitFor();
  const index = await readJson('index.json');
  const tellers = index.professions.find((p) => p.title === 'Tellers');

  const second = instance(page, 'finance').getByRole('combobox', { name: 'Second profession' });
  await second.click();
  await second.fill('tellers');
  await instance(page, 'finance').getByRole('option', { name: /^Tellers/ }).first().click();
  await instance(page, 'finance').getByRole('heading', { level: 2, name: 'Loan Officers vs Tellers' }).waitFor();
  assert.equal(
    await heading(page, 'health').innerText(),
    `${PORTAL_TITLE} vs Elementary School Teachers, Except Special Education`,
    'the other instance is unchanged',
  );
  let events = await page.evaluate(() => window.ccEvents);
  assert.deepEqual(events, [{
    target: 'finance',
    composed: true,
    detail: {
      a: '13-2072', b: tellers.code, aTitle: 'Loan Officers', bTitle: 'Tellers', state: 'MD', area: null, areaName: null,
    },
  }]);
  // the portal's own listener got it too
  assert.match(await page.locator('#last-change').innerText(), /finance: Loan Officers vs Tellers in MD/i);

  // by keyboard: the list and aria-activedescendant work inside the shadow root
  const first = instance(page, 'finance').getByRole('combobox', { name: 'First profession' });
  await first.focus();
  await first.fill('');
  await page.keyboard.type('registered nurses', { delay: 10 });
  await instance(page, 'finance').getByRole('listbox').first().waitFor();
  await page.keyboard.press('ArrowDown');
  const active = await first.getAttribute('aria-activedescendant');
  assert.ok(active, 'ArrowDown sets aria-activedescendant');
  assert.equal(
    await page.evaluate((id) => !!document.getElementById('finance').shadowRoot.getElementById(id), active),
    true,
    'the active option is in the same shadow root',
  );
  await page.keyboard.press('Enter');
  await instance(page, 'finance').getByRole('heading', { level: 2, name: 'Registered Nurses vs Tellers' }).waitFor();
  events = await page.evaluate(() => window.ccEvents);
  assert.equal(events.length, 2);
  assert.equal(events[1].detail.aTitle, 'Registered Nurses', 'the assets-origin dataset names it');
  await page.evaluate(() => { window.ccEvents = []; });

  // the place picker and swap in the other instance
  const place = instance(page, 'health').getByRole('combobox', { name: /Pay for/ });
  // typed and chosen in the place combobox: the exact code needs no arrowing
  await place.fill('CA');
  await instance(page, 'health').getByRole('option', { name: 'California State' }).waitFor();
  await place.press('Enter');
  await instance(page, 'health').getByRole('button', { name: 'Swap professions' }).click();
  await instance(page, 'health')
    .getByRole('heading', { level: 2, name: `Elementary School Teachers, Except Special Education vs ${PORTAL_TITLE}` })
    .waitFor();
  events = await page.evaluate(() => window.ccEvents);
  assert.equal(events.length, 2);
  assert.deepEqual(events[0], {
    target: 'health',
    composed: true,
    detail: {
      a: '29-1141', b: '25-2021', aTitle: PORTAL_TITLE,
      bTitle: 'Elementary School Teachers, Except Special Education', state: 'CA',
      area: null, areaName: null,
    },
  });
  assert.equal(events[1].detail.a, '25-2021');
  assert.equal(await heading(page, 'finance').innerText(), 'Registered Nurses vs Tellers');
  assert.equal(new URL(page.url()).search, '', 'embedded instances leave the page URL alone');
  await expectClean(page, errors);
  await page.close();
});

test('attribute changes update the instance; removing an element unmounts it cleanly', async () => {
  const { page, errors, requests } = await open();
  await heading(page, 'finance').waitFor();
  await heading(page, 'health').waitFor();
  await page.evaluate(() => {
    const el = document.getElementById('finance');
    el.setAttribute('b', '43-3071');
    el.setAttribute('state', 'ca');
  });
  await instance(page, 'finance').getByRole('heading', { level: 2, name: 'Loan Officers vs Tellers' }).waitFor();
  const place = instance(page, 'finance').getByRole('combobox', { name: /Pay for/ });
  assert.equal(await place.inputValue(), 'California');
  assert.deepEqual(await page.evaluate(() => window.ccEvents), [], 'attribute changes are not user changes');

  // a theme takes effect at once (synchronously, through the mount's data-theme)
  await page.evaluate(() => document.getElementById('finance').setAttribute('theme', 'dark'));
  const bg = await page.evaluate(() => getComputedStyle(
    document.getElementById('finance').shadowRoot.querySelector('.career-compare'),
  ).backgroundColor);
  assert.equal(bg, 'rgb(20, 24, 29)');

  // a new dataset URL starts the instance afresh on that dataset
  await page.evaluate(() => {
    const el = document.getElementById('finance');
    el.setAttribute('dataset', '/data/');
    el.setAttribute('a', '29-1141');
  });
  await instance(page, 'finance').getByRole('heading', { level: 2, name: `${PORTAL_TITLE} vs Tellers` }).waitFor();

  // remove one: its app is gone, the other keeps working
  await page.evaluate(() => {
    window.ccRemoved = document.getElementById('finance');
    window.ccRemoved.remove();
  });
  await requests.settled();
  assert.equal(await page.locator('career-compare').count(), 1);
  assert.equal(
    await page.evaluate(() => window.ccRemoved.shadowRoot.querySelector('.cc-mount').childElementCount),
    0,
    'the removed instance rendered nothing more',
  );
  await instance(page, 'health').getByRole('button', { name: 'Swap professions' }).click();
  await instance(page, 'health')
    .getByRole('heading', { level: 2, name: `Elementary School Teachers, Except Special Education vs ${PORTAL_TITLE}` })
    .waitFor();
  // and a new element added later mounts too
  await page.evaluate(() => {
    const el = document.createElement('career-compare');
    el.id = 'late';
    el.setAttribute('a', '15-1252');
    el.setAttribute('b', '13-2072');
    document.querySelector('main').append(el);
  });
  await heading(page, 'late').waitFor();
  assert.equal(await heading(page, 'late').innerText(), 'Software Developers vs Loan Officers');
  await page.evaluate(() => document.getElementById('late').remove());
  await requests.settled();
  assert.equal(
    await page.evaluate(() => window.ccRemoved.shadowRoot.querySelector('.cc-mount').childElementCount),
    0,
    'the instance removed first still rendered nothing',
  );
  await expectClean(page, errors);
  await page.close();
});

test('footnote links work inside the shadow root without touching the page URL', async () => {
  const { page, errors } = await open();
  await heading(page, 'finance').waitFor();
  const note = instance(page, 'finance').locator('sup.cc-fnref a').first();
  assert.ok((await note.count()) > 0, 'this pair has footnotes');
  const href = await note.getAttribute('href');
  await note.click();
  const focused = await page.evaluate(() => document.getElementById('finance').shadowRoot.activeElement?.id);
  assert.equal(`#${focused}`, href, 'focus moved to the note');
  assert.equal(new URL(page.url()).hash, '', 'the page URL is unchanged');
  await expectClean(page, errors);
  await page.close();
});

test('axe-core finds no violations on the page and inside the shadow roots', async () => {
  const { page, errors } = await open();
  await heading(page, 'finance').waitFor();
  await heading(page, 'health').waitFor();
  await expectClean(page, errors); // before axe, which itself adds inline styles the CSP blocks
  // evaluated through the DevTools protocol: the page's CSP forbids inline scripts
  await page.evaluate(await readFile(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document);
    return {
      // a node inside a shadow root has a target like [["career-compare#finance", "h2"]]
      checkedShadow: r.passes.some((p) => p.nodes.some((n) => n.target.some(Array.isArray))),
      list: r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5),
      })),
    };
  });
  assert.ok(violations.checkedShadow, 'axe looked inside the shadow roots');
  assert.deepEqual(violations.list, []);
  await page.close();
});

test('sync-url: an instance that opts in reads and writes the page URL', async () => {
  const { page, errors } = await open();
  await page.goto(`${portal.url}embed.html?a=15-1252&b=13-2072&state=ca`);
  await heading(page, 'finance').waitFor();
  // the others ignore the URL
  assert.equal(await heading(page, 'finance').innerText(), 'Loan Officers vs Loan Interviewers and Clerks');
  await page.evaluate(() => {
    const el = document.createElement('career-compare');
    el.id = 'synced';
    el.setAttribute('sync-url', '');
    el.setAttribute('a', '43-3071');
    document.querySelector('main').append(el);
  });
  await heading(page, 'synced').waitFor();
  assert.equal(await heading(page, 'synced').innerText(), 'Software Developers vs Loan Officers');
  await instance(page, 'synced').getByRole('button', { name: 'Swap professions' }).click();
  await instance(page, 'synced').getByRole('heading', { level: 2, name: 'Loan Officers vs Software Developers' }).waitFor();
  // the URL follows once the comparison has been painted
  await page.waitForFunction(() => new URL(location.href).searchParams.get('a') === '13-2072');
  const q = new URL(page.url()).searchParams;
  assert.deepEqual([q.get('a'), q.get('b'), q.get('state')], ['13-2072', '15-1252', 'CA']);
  await expectClean(page, errors);
  await page.close();
});
