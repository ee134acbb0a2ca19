// The widget as a person uses it, in headless Debian chromium against the built dist/:
// choosing by keyboard and by mouse, the figures shown against the dataset files, deep links,
// back/forward, swap, the state switch, failure states with Retry, and axe-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  widgetSuite, watchErrors, axeViolations, profession, readJson,
  screenshot, fmt, rowCells, requestLog,
} from './harness.mjs';
import { epProjection } from './sources.mjs';

const suite = widgetSuite(before, after);
const { open } = suite;

// the comparison's heading once every table is in (its first render has the first table only)
const heading = (page) => page.locator('.cc-compared[aria-busy="false"]').getByRole('heading', { level: 2, name: / vs / });
const first = (page) => page.getByRole('combobox', { name: 'First profession' });
const second = (page) => page.getByRole('combobox', { name: 'Second profession' });

async function expectOverviewPay(page, a, b) {
  const cells = await rowCells(page, 'Overview', 'Yearly salary');
  assert.equal(cells.length, 2, 'two cells in the Yearly salary row');
  assert.ok(cells[0].includes(fmt.annual(a.pay.national.annual.median)), `${cells[0]} shows ${a.title}'s median`);
  assert.ok(cells[1].includes(fmt.annual(b.pay.national.annual.median)), `${cells[1]} shows ${b.title}'s median`);
}

test('keyboard: "loss mitigation" finds occupations by alternate title; mouse chooses the other', async () => {
  const { page, errors } = await open();
  const titles = await readJson('titles.json');
  const index = await readJson('index.json');
  const byCode = new Map(index.professions.map((p) => [p.code, p.title]));
  // each profession's titles, and the O*NET detailed occupation of those filed under one
  const named = (t) => [
    ...[...(t.alternate ?? []), ...(t.reported ?? [])].map((s) => [s, null]),
    ...(t.detailed ?? []).flatMap((d) => [d.title, ...(d.alternate ?? []), ...(d.reported ?? [])]
      .map((s) => [s, d.title])),
  ];
  const withLossMitigation = titles.professions
    .filter((t) => named(t).some(([s]) => /loss mitigation/i.test(s)))
    .map((t) => byCode.get(t.code));
  assert.ok(withLossMitigation.length > 0, 'the dataset has a "loss mitigation" alternate title');
  // O*NET files 33-9099's Loss Mitigation Specialist under Retail Loss Prevention Specialists
  const detailOf = new Map(titles.professions.flatMap((t) => named(t)
    .filter(([s, d]) => d && /loss mitigation/i.test(s)).map(([, d]) => [byCode.get(t.code), d])));
  assert.ok(detailOf.size > 0, 'a "loss mitigation" title belongs to an O*NET detailed occupation');

  const a = first(page);
  await a.focus();
  await page.keyboard.type('loss mitigation', { delay: 20 });
  const listbox = page.getByRole('listbox').first();
  await listbox.waitFor();
  assert.equal(await a.getAttribute('aria-expanded'), 'true');
  // once the alternate titles are searched: first the professions that have such a title,
  // each once and each showing the title that matched (and the O*NET detailed occupation it
  // belongs to), then those with some of the words, each saying which
  await listbox.getByRole('option', { name: /loss mitigation/i }).first().waitFor();
  const all = await listbox.getByRole('option').allInnerTexts();
  const options = all.slice(0, withLossMitigation.length);
  assert.deepEqual(options.map((o) => o.split('\n')[0]).sort(), [...withLossMitigation].sort(),
    `the options are ${withLossMitigation.join(', ')}`);
  for (const o of options) {
    assert.match(o, /matched “[^”]*loss mitigation/i, `"${o}" shows which title matched`);
    const detail = detailOf.get(o.split('\n')[0]);
    if (detail) assert.ok(o.includes(`(O*NET: ${detail})`), `"${o}" names ${detail}`);
  }
  for (const o of all.slice(withLossMitigation.length)) {
    assert.match(o, /words matched: (loss|mitigation)$/m, `"${o}" says which words matched`);
  }

  await page.keyboard.press('ArrowDown');
  const active = await a.getAttribute('aria-activedescendant');
  assert.ok(active, 'ArrowDown sets aria-activedescendant');
  await page.keyboard.press('Enter');
  assert.equal(await a.getAttribute('aria-expanded'), 'false', 'Enter closes the list');
  const chosenA = options[0];

  const b = second(page);
  await b.click();
  await b.fill('loan interviewers');
  const option = page.getByRole('option', { name: /Loan Interviewers/ }).first();
  await option.click();
  await heading(page).waitFor();
  const h = await heading(page).innerText();
  assert.match(h, /Loan Interviewers/);
  // the URL follows once the comparison has been painted
  await page.waitForFunction(() => new URL(location.href).searchParams.has('b'));
  const codeA = new URL(page.url()).searchParams.get('a');
  const codeB = new URL(page.url()).searchParams.get('b');
  assert.equal(codeB, '43-4131');
  assert.ok(chosenA.includes(byCode.get(codeA)), 'URL a= is the chosen profession');
  await expectOverviewPay(page, await profession(codeA), await profession(codeB));
  assert.deepEqual(errors, []);
  await page.close();
});

test('options that match some of the words say which; words no title has show a message with a hint; axe-core', async () => {
  const { page, errors } = await open();
  const a = first(page);
  await a.focus();
  // no title has "senior accountant": the ones with "accountant" (rarer than "senior")
  await page.keyboard.type('senior accountant', { delay: 10 });
  const listbox = page.getByRole('listbox').first();
  const accountants = listbox.getByRole('option', { name: /^Accountants and Auditors/ });
  await accountants.waitFor();
  assert.match(await accountants.innerText(), /words matched: accountant$/m);
  const live = page.locator('.cc-picker').first().locator('[aria-live="polite"]');
  await page.waitForFunction((el) => /professions? match some of the words/.test(el.textContent),
    await live.elementHandle());
  assert.equal(await a.getAttribute('aria-expanded'), 'true');
  assert.deepEqual(await axeViolations(page), [], 'axe-core finds nothing with partial matches listed');

  // words no title has: no list, a message saying so with a hint, announced
  await a.fill('qzxv wwqy');
  const none = page.locator('.cc-no-match').first();
  await none.waitFor();
  assert.match(await none.innerText(), /No job title has these words\. Try one word of the title, such as “nurse”/);
  assert.equal(await a.getAttribute('aria-expanded'), 'false');
  assert.equal(await listbox.isHidden(), true);
  assert.match(await live.textContent(), /No job title has these words/);
  assert.deepEqual(await axeViolations(page), [], 'axe-core finds nothing with the no-match message');
  // a known word again: the message goes, the list comes back
  await a.fill('nurse');
  await listbox.getByRole('option').first().waitFor();
  assert.equal(await page.locator('.cc-no-match').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a deep link shows the dataset figures for both professions', async () => {
  const { page, errors } = await open('?a=13-2072&b=43-4131');
  await heading(page).waitFor();
  const a = await profession('13-2072');
  const b = await profession('43-4131');
  assert.equal(await heading(page).innerText(), `${a.title} vs ${b.title}`);
  await expectOverviewPay(page, a, b);

  const hourly = await rowCells(page, 'Overview', 'Hourly rate');
  assert.ok(hourly[0].includes(fmt.hourly(a.pay.national.hourly.median)));
  const jobs = await rowCells(page, 'Overview', 'Number of jobs');
  assert.ok(jobs[0].includes(fmt.count(a.jobs.employment)), `${jobs[0]} has ${a.jobs.employment}`);
  assert.ok(jobs[1].includes(fmt.count(b.jobs.employment)));
  const openings = await rowCells(page, 'Overview', 'Job openings per year');
  assert.ok(openings[0].includes(fmt.count(a.jobs.openings_per_year)), openings[0]);
  const zone = await rowCells(page, 'Education', 'Preparation (O*NET Job Zone)');
  assert.ok(zone[0].includes(`Job Zone ${a.job_zone.zone} of 5`), zone[0]);
  // the projected change as BLS Employment Projections publish it, sign included (B's is a decline)
  const growth = await rowCells(page, 'Overview', 'Growth rate');
  const [epA, epB] = [await epProjection('13-2072'), await epProjection('43-4131')];
  assert.ok(epA.changePct > 0 && epB.changePct < 0, 'EP projects growth for A and a decline for B');
  assert.ok(growth[0].includes(fmt.change(epA.changePct)), `${growth[0]} shows EP's ${epA.changePct}%`);
  assert.ok(growth[1].includes(fmt.change(epB.changePct)), `${growth[1]} shows EP's ${epB.changePct}%`);
  const mean = await rowCells(page, 'Pay', 'Mean salary');
  assert.ok(mean[1].includes(fmt.annual(b.pay.national.annual.mean)));
  const entry = await rowCells(page, 'Education', 'Typical entry-level education');
  assert.ok(entry[0].includes(a.entry.education));
  const women = await rowCells(page, 'Demographics', 'Gender ratio');
  assert.ok(women[0].includes(fmt.pct(a.demographics.women_pct)), women[0]);
  const major = await rowCells(page, 'Education', 'Most common college major');
  assert.ok(major.every((c) => c.includes('—')), 'college major shows — (no public source)');
  const satisfaction = await rowCells(page, 'Overview', 'Job satisfaction');
  assert.ok(satisfaction.every((c) => c.includes('—')), 'job satisfaction shows — (no public source)');

  // Gauges expose values: at least one meter with a dollar valuetext equal to A's median.
  const meters = await page.locator('[role="meter"], meter').evaluateAll((els) =>
    els.map((e) => e.getAttribute('aria-valuetext') || e.textContent));
  assert.ok(meters.some((t) => t && t.includes(fmt.annual(a.pay.national.annual.median))),
    `a meter reads ${fmt.annual(a.pay.national.annual.median)}`);

  assert.deepEqual(await axeViolations(page), [], 'axe-core: compared state');
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, 'compared-1280.png');
  await page.setViewportSize({ width: 360, height: 800 });
  await screenshot(page, 'compared-360.png');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a deep link downloads only what the comparison needs; the alternate titles come when a picker gets focus', async () => {
  const { page, errors, requests } = await open('?a=13-2072&b=43-4131');
  await heading(page).waitFor();
  // nothing more in flight or asked for once the page has nothing left to do
  await requests.settled();
  const data = requests.paths.filter((p) => p.includes('/data/')).sort();
  assert.deepEqual(data, ['/data/index.json', '/data/professions/13-2072.json', '/data/professions/43-4131.json'],
    'index.json and the two profession files only');
  const titles = page.waitForRequest((r) => r.url().endsWith('/data/titles.json'));
  await first(page).focus();
  await titles;
  // once they are in, typing an alternate title finds its occupation
  await first(page).fill('loss mitigation');
  await page.getByRole('option', { name: /loss mitigation/i }).first().waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test('a slow profession file: the pickers and a loading placeholder show meanwhile, then the comparison', async () => {
  const page = await suite.newPage();
  const errors = watchErrors(page);
  let release;
  const released = new Promise((r) => { release = r; });
  await page.route('**/data/professions/43-4131.json', async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(suite.url + '?a=13-2072&b=43-4131');
  // the widget does not wait blank for the file: the pickers and the placeholder come first
  await page.getByRole('status').filter({ hasText: 'Loading the comparison' }).waitFor({ state: 'attached' });
  const index = await readJson('index.json');
  const title = index.professions.find((p) => p.code === '13-2072').title;
  assert.equal(await first(page).inputValue(), title, 'the first picker shows the linked profession');
  assert.equal(await heading(page).count(), 0, 'no comparison before its files are in');
  release();
  await heading(page).waitFor();
  assert.equal(await page.getByText('Loading the comparison').count(), 0, 'the placeholder is gone');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the tables after the first arrive without rebuilding what is already shown', async () => {
  // A reader who reaches the "Pay for" box (or any part of the comparison) before the other
  // tables have come keeps their place: the nodes already shown are the same nodes afterwards.
  const page = await suite.newPage();
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const select = document.querySelector('.cc-compared .cc-place input');
      if (!select) return;
      observer.disconnect();
      select.focus();
      window.firstNodes = [select, document.querySelector('.cc-compared h2'), document.querySelector('.cc-summary p'),
        document.querySelector('.cc-section')];
      window.sectionsAtFocus = document.querySelectorAll('.cc-section').length;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(suite.url + '?a=13-2072&b=43-4131');
  await heading(page).waitFor();
  const after = await page.evaluate(() => ({
    sectionsAtFocus: window.sectionsAtFocus,
    sections: document.querySelectorAll('.cc-section').length,
    focused: document.activeElement?.getAttribute('aria-label') || document.activeElement?.id,
    stillShown: window.firstNodes.map((n) => n.isConnected),
  }));
  assert.ok(after.sectionsAtFocus < after.sections, `focus was placed before every table was in (${after.sectionsAtFocus} of ${after.sections})`);
  assert.equal(after.focused, 'career-compare-place', 'the select keeps focus while the other tables arrive');
  assert.deepEqual(after.stillShown, [true, true, true, true], 'select, heading, summary and first table are the same nodes');
  assert.deepEqual(errors, []);
  await page.close();
});

test('back and forward restore the pair; swap exchanges it', async () => {
  const { page } = await open('?a=13-2072&b=43-4131');
  await heading(page).waitFor();
  await page.getByRole('button', { name: 'Swap professions' }).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('a') === '43-4131');
  const a = await profession('13-2072');
  const b = await profession('43-4131');
  assert.equal(await heading(page).innerText(), `${b.title} vs ${a.title}`);
  await expectOverviewPay(page, b, a);

  await page.goBack();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('a') === '13-2072');
  await page.getByRole('heading', { level: 2, name: `${a.title} vs ${b.title}` }).waitFor();
  await expectOverviewPay(page, a, b);
  await page.goForward();
  await page.getByRole('heading', { level: 2, name: `${b.title} vs ${a.title}` }).waitFor();
  await page.close();
});

test('typing in a picker leaves the comparison below it untouched', async () => {
  const { page, errors } = await open('?a=13-2072&b=43-4131');
  await heading(page).waitFor();
  await page.evaluate(() => {
    window.ccComparisonChanges = 0;
    new MutationObserver((records) => { window.ccComparisonChanges += records.length; })
      .observe(document.querySelector('.cc-body'), { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await first(page).click();
  await first(page).fill('');
  await first(page).pressSequentially('nurse');
  await page.getByRole('option', { name: /Registered Nurses/ }).first().waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => window.ccComparisonChanges), 0, 'no change to the comparison while typing');
  assert.deepEqual(errors, []);
  await page.close();
});

test('choosing a state shows that state\'s pay and puts it in the URL', async () => {
  const { page } = await open('?a=13-2072&b=43-4131');
  await heading(page).waitFor();
  const a = await profession('13-2072');
  const b = await profession('43-4131');
  const state = ['MD', 'NY', 'CA', 'TX'].find(
    (s) => a.pay_by_place?.states?.[s]?.annual?.median && b.pay_by_place?.states?.[s]?.annual?.median,
  );
  assert.ok(state, 'both have a state median');
  const { name } = (await readJson('index.json')).states.find((s) => s.code === state);
  const place = page.getByRole('combobox', { name: 'Pay for' });
  await place.fill(state);
  // (the state's option: its areas, once the area list is in, may start with its name too)
  await page.getByRole('option', { name: `${name} State` }).waitFor();
  await place.press('Enter');
  await page.waitForFunction((s) => new URL(location.href).searchParams.get('state') === s, state);
  const cells = await rowCells(page, 'Pay', 'Median salary');
  assert.ok(cells[0].includes(fmt.annual(a.pay_by_place.states[state].annual.median)), cells[0]);
  assert.ok(cells[1].includes(fmt.annual(b.pay_by_place.states[state].annual.median)), cells[1]);

  // The same state restored from a deep link.
  await page.goto(`${suite.url}?a=13-2072&b=43-4131&state=${state}`);
  await heading(page).waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'Pay for' }).inputValue(), name);
  await page.close();
});

test('an unknown code in the URL shows a notice and leaves that picker empty', async () => {
  const { page, errors, requests } = await open('?a=99-9999&b=43-4131');
  await page.getByText(/99-9999/).first().waitFor();
  assert.equal(await first(page).inputValue(), '');
  assert.equal(await heading(page).count(), 0);
  // its file was requested alongside the index (before the index could say the code is
  // unknown): the browser reports the 404, the widget does not report it as a failure, also
  // once the page has settled with that answer in
  await requests.settled();
  assert.ok(requests.paths.includes('/data/professions/99-9999.json'), 'the unknown code\'s file was requested');
  assert.deepEqual(errors.filter((e) => /career-compare/.test(e)), []);
  assert.equal(await page.getByRole('alert').count(), 0);
  await page.close();
});

test('the empty state offers suggested pairs and passes axe-core', async () => {
  const { page, errors } = await open();
  await first(page).waitFor();
  const suggestions = page.getByRole('button', { name: / vs /i });
  await suggestions.first().waitFor();
  // each offer names two of the dataset's professions
  const index = await readJson('index.json');
  const titles = new Set(index.professions.map((p) => p.title));
  const offered = await suggestions.allInnerTexts();
  for (const label of offered) {
    const [x, y] = label.split(' vs ');
    assert.ok(titles.has(x) && titles.has(y), `"${label}" pairs two professions of the dataset`);
  }
  assert.deepEqual(await axeViolations(page), [], 'axe-core: empty state');
  // and choosing one compares that pair
  await suggestions.first().click();
  await heading(page).waitFor();
  assert.equal(await heading(page).innerText(), offered[0]);
  assert.deepEqual(errors, []);
  await page.close();
});

const FAILURES = [
  ['HTTP 404', (route) => route.fulfill({ status: 404, body: 'gone' }), /404/],
  ['invalid JSON', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"schema_version": 1, "name": ' }), /JSON/],
  ['a schema error', (route) => route.fulfill({
    status: 200,
    contentType: 'application/json',
    body: JSON.stringify({ schema_version: 1, name: 'bad', sources: [], professions: [{ code: '13-2072', title: 5, slug: 'x' }] }),
  }), /professions\[0\]\.title/],
];

for (const [what, fulfil, message] of FAILURES) {
  test(`a dataset with ${what} shows its message, and Retry recovers`, async () => {
    const page = await suite.newPage();
    let broken = true;
    await page.route('**/data/index.json', (route) => (broken ? fulfil(route) : route.continue()));
    await page.goto(`${suite.url}?a=13-2072&b=43-4131`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), message);
    if (what === 'HTTP 404') {
      assert.deepEqual(await axeViolations(page), [], 'axe-core: error state');
    }
    broken = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await heading(page).waitFor();
    await page.close();
  });
}
