// What the work is and whom it suits, as a reader meets it on 13-2072 vs 43-4131: O*NET's
// Core tasks with "Show all", related occupations whose Compare button puts one into the
// comparison, interests with their high points, all by keyboard, and axe-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { widgetSuite, axeViolations, readJson } from './harness.mjs';

const { compared } = widgetSuite(before, after);

const section = (page, caption) =>
  page.locator('section.cc-section', { has: page.locator('caption', { hasText: caption }) });
const row = (page, caption, label) =>
  section(page, caption).locator('tbody tr', { has: page.locator('th[scope="row"]', { hasText: label }) });

// O*NET 29.2 Task Statements, the first Core task of each (file order).
const FIRST_TASK = {
  '13-2072': 'Meet with applicants to obtain information for loan applications and to answer questions about the process.',
  '43-4131': 'Verify and examine information and accuracy of loan application and closing documents.',
};

test('What they do lists each side\'s Core tasks, six at first, the rest behind "Show all", by keyboard', async () => {
  const { page, errors } = await compared('?a=13-2072&b=43-4131');
  const cells = row(page, 'What they do', 'Core tasks').locator('td');
  for (const [i, code] of ['13-2072', '43-4131'].entries()) {
    const first = cells.nth(i).locator('ul.cc-detail > li').first();
    assert.equal(await first.innerText(), FIRST_TASK[code]);
    assert.equal(await cells.nth(i).locator(':scope > ul.cc-detail > li').count(), 6);
  }
  const more = cells.nth(0).locator('details.cc-more');
  const summary = more.locator('summary');
  assert.match(await summary.innerText(), /^Show all \d+ tasks$/);
  assert.equal(await more.getAttribute('open'), null);
  // keyboard: focus the disclosure and open it with Enter
  await summary.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((d) => d.open, await more.elementHandle());
  const all = Number((await summary.innerText()).match(/\d+/)[0]);
  assert.equal(6 + (await more.locator('li').count()), all);
  // Supplemental tasks wait behind their own disclosure
  const sup = row(page, 'What they do', 'Supplemental tasks').locator('td').first();
  assert.match(await sup.locator('summary').innerText(), /^Show \d+ supplemental tasks?$/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Credit Analysts is among Loan Officers\' related occupations; its button compares 13-2072 with 13-2041', async () => {
  const { page, errors } = await compared('?a=13-2072&b=43-4131');
  const button = page.getByRole('button', { name: 'Compare Loan Officers with Credit Analysts' });
  await button.waitFor();
  const entry = row(page, 'Related occupations', 'Related occupations').locator('td').first()
    .locator('li', { has: button });
  // its national median and projected growth beside the title
  assert.match(await entry.innerText(), /^Credit Analysts \(median \$[\d,]+ a year, [+−]\d+\.\d% projected\)/);
  // by keyboard
  await button.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/a=13-2072&b=13-2041/);
  const heading = page.locator('.cc-compared[aria-busy="false"]').getByRole('heading', { level: 2 });
  await page.waitForFunction(() => /Loan Officers vs Credit Analysts/.test(document.querySelector('h2.cc-heading')?.textContent));
  assert.equal(await heading.innerText(), 'Loan Officers vs Credit Analysts');
  // the button went with the old pair: the new pair's heading has the focus
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('cc-heading')), true);
  // history: back restores the pair before
  await page.goBack();
  await page.waitForURL(/a=13-2072&b=43-4131/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the other side of the comparison, among the related occupations, is marked and has no Compare button', async () => {
  const { page, errors } = await compared('?a=13-2072&b=43-4131');
  const cell = row(page, 'Related occupations', 'Related occupations').locator('td').first();
  // O*NET 29.2 Related Occupations: 43-4131.00 is among 13-2072.00's
  const entry = cell.locator('li', { hasText: 'Loan Interviewers and Clerks' });
  await entry.waitFor();
  assert.equal(await entry.locator('.cc-tag').innerText(), 'In this comparison');
  assert.equal(await entry.getByRole('button').count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Compare Loan Officers with Loan Interviewers and Clerks' }).count(), 0);
  // every mark stays inside its entry on a narrow phone, not clipped at the column's edge
  const marks = row(page, 'Related occupations', 'Related occupations').locator('.cc-tag');
  assert.equal(await marks.count(), 2, 'each side is among the other\'s related occupations');
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const overflows = await marks.evaluateAll((ms) => ms.map((m) => {
      const right = Math.max(...[...m.getClientRects()].map((r) => r.right));
      return right - m.closest('li').getBoundingClientRect().right;
    }));
    for (const o of overflows) assert.ok(o <= 0.5, `at ${width} px a mark runs ${o} px past its entry`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('O*NET\'s attribution is said once, under the tables', async () => {
  const { page, errors } = await compared('?a=13-2072&b=43-4131');
  const { attribution } = await readJson('index.json');
  assert.ok(attribution.length > 0);
  const paragraphs = page.locator('.cc-compared p', { hasText: attribution[0] });
  assert.equal(await paragraphs.count(), 1);
  // after the last table
  assert.equal(await paragraphs.evaluate((p) => !!p.closest('section.cc-section')), false);
  assert.deepEqual(errors, []);
  await page.close();
});

test('interests show Conventional as Loan Officers\' first high point, as meters on the 1-7 scale', async () => {
  const { page, errors } = await compared('?a=13-2072&b=43-4131');
  const code = row(page, 'Interests and work values', 'Interest code').locator('td').first();
  assert.match(await code.innerText(), /^Conventional – /);
  const meter = page.getByRole('meter', { name: /^Conventional, Loan Officers/ });
  assert.equal(await meter.getAttribute('aria-valuemin'), '1');
  assert.equal(await meter.getAttribute('aria-valuemax'), '7');
  // O*NET 29.2 Interests, 13-2072.00 Conventional (OI): 6.02
  assert.equal(await meter.getAttribute('aria-valuetext'), '6.02 of 7');
  const offers = row(page, 'Overview', 'What it offers most').locator('td').first();
  assert.ok((await offers.innerText()).length > 1);
  assert.equal(await row(page, 'Overview', 'Job satisfaction').locator('td').first().innerText().then((t) => t.startsWith('—')), true);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the compared state with the new sections open passes axe-core', async () => {
  const { page, errors } = await compared('?a=13-2072&b=43-4131');
  for (const d of await page.locator('details.cc-more').all()) await d.evaluate((el) => { el.open = true; });
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});
