// Local pay as a reader meets it: a state without a published median falls back to the
// national one, said in the cell and the summary; the place picker finds an area by its
// principal city, by keyboard; the URL holds it and reproduces it; the highest-paying metro
// area is a button; an area file held back shows its loading state, a broken one its
// message with Retry. Expected figures are OEWS May 2025's, as data/ has them from the source.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { widgetSuite, axeViolations, readJson, rowCells, fmt } from './harness.mjs';

const suite = widgetSuite(before, after);
const { compared, open } = suite;

const placeInput = (page) => page.getByRole('combobox', { name: 'Pay for' });

test('Delaware publishes no median for Survey Researchers: the national one shows, footnoted, in the table and the summary', async () => {
  const { page, errors } = await compared('?a=19-3022&b=13-2072&state=DE');
  const national = (await readJson('professions/19-3022.json')).pay.national.annual.median;
  assert.equal(fmt.annual(national), '$69,460');
  const [cell] = await rowCells(page, 'Pay', 'Median salary');
  assert.match(cell, /^\$69,460/);
  const note = page.locator('.cc-footnotes li', { hasText: 'BLS publishes no Delaware median for Survey Researchers; the national figure is shown.' });
  assert.ok((await note.count()) >= 1);
  const summary = await page.locator('.cc-summary').innerText();
  assert.match(summary, /BLS publishes no Delaware median for Survey Researchers; nationally they earn a median \$69,460 a year\./);
  assert.doesNotMatch(summary, /no median pay for Survey Researchers/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('typing "Cambridge" in the place picker and choosing Boston shows its pay; the URL holds the area and reproduces it', async () => {
  const { page, errors, requests } = await compared('?a=13-2072&b=43-4131');
  // the area list is not requested before the comparison
  assert.ok(!requests.paths.some((p) => p.endsWith('/areas.json')), requests.paths.join(' '));
  const boston = (await readJson('areas/0014460.json')).pay;
  // OEWS May 2025, Boston-Cambridge-Newton, MA-NH: Loan Interviewers and Clerks $60,250 a
  // year (annual median, item 3), Loan Officers $49.71 an hour (hourly median, item 7)
  assert.equal(boston['43-4131'][3], 60250);
  assert.equal(boston['13-2072'][7], 49.71);
  const input = placeInput(page);
  await input.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Cambridge');
  const option = page.getByRole('option', { name: /Boston-Cambridge-Newton, MA-NH/ });
  await option.waitFor();
  await page.keyboard.press('ArrowDown');
  assert.equal(await input.getAttribute('aria-activedescendant'), await option.getAttribute('id'));
  await page.keyboard.press('Enter');
  await page.waitForURL(/area=0014460/);
  await page.waitForFunction(() => !document.querySelector('.cc-place-status'));
  const check = async (p) => {
    const [, clerks] = await rowCells(p, 'Pay', 'Median salary');
    assert.match(clerks, /^\$60,250/);
    const [officers] = await rowCells(p, 'Overview', 'Hourly rate');
    assert.match(officers, /^\$49\.71/);
    assert.match(await p.locator('.cc-summary').innerText(), /^In Boston-Cambridge-Newton, MA-NH, Loan Officers earn a median \$103,400 a year/);
    assert.equal(await placeInput(p).inputValue(), 'Boston-Cambridge-Newton, MA-NH');
  };
  await check(page);
  assert.ok(!new URL(page.url()).searchParams.has('state'));
  // the same link in a new page shows the same
  const again = await compared(new URL(page.url()).search);
  await again.page.waitForFunction(() => !document.querySelector('.cc-place-status'));
  await check(again.page);
  // back: national again
  await page.goBack();
  await page.waitForFunction(() => !/area=/.test(location.search));
  await page.waitForFunction(() => document.querySelector('.cc-place input')?.value === 'National');
  assert.deepEqual(errors, []);
  assert.deepEqual(again.errors, []);
  await page.close();
  await again.page.close();
});

test('the highest-paying metro area is a button that shows pay for it', async () => {
  const { page, errors } = await compared('?a=13-2072&b=43-4131');
  const top = (await readJson('professions/13-2072.json')).pay_by_place.top_metro;
  const button = page.locator('.cc-place-link', { hasText: top.name }).first();
  await button.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`area=${top.code}`));
  await page.waitForFunction(() => !document.querySelector('.cc-place-status'));
  const [officers] = await rowCells(page, 'Pay', 'Median salary');
  assert.match(officers, new RegExp(`^\\${fmt.annual(top.annual_median)}`));
  assert.deepEqual(errors, []);
  await page.close();
});

test('an area file held back shows its loading state; a broken one its message and Retry, the rest keeps working', async () => {
  const page = await suite.newPage();
  const messages = [];
  page.on('console', (m) => m.type() === 'error' && messages.push(m.text()));
  let release;
  const held = new Promise((r) => (release = r));
  let broken = true;
  await page.route('**/data/areas/0014460.json', async (route) => {
    await held;
    if (broken) return route.fulfill({ status: 200, contentType: 'application/json', body: '{"schema_version":3,"area":' });
    return route.continue();
  });
  await page.goto(`${suite.url}?a=13-2072&b=43-4131&area=0014460`);
  const status = page.locator('.cc-place-status');
  await status.waitFor();
  assert.match(await status.innerText(), /^Loading pay for area 0014460/);
  await page.locator('.cc-compared[aria-busy="false"]').waitFor();
  release();
  const alert = page.locator('.cc-section .cc-error[role="alert"]');
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /areas\/0014460\.json/);
  assert.match(text, /Retry/);
  // the rest of the comparison keeps working
  assert.match((await rowCells(page, 'Overview', 'Growth rate'))[0], /%/);
  broken = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await page.waitForFunction(() => !document.querySelector('.cc-section .cc-error, .cc-place-status'));
  const [, clerks] = await rowCells(page, 'Pay', 'Median salary');
  assert.match(clerks, /^\$60,250/);
  assert.ok(messages.some((m) => m.includes('areas/0014460.json')), messages.join('\n'));
  await page.close();
});

test('an unknown area code shows a notice and national pay', async () => {
  const { page } = await compared('?a=13-2072&b=43-4131&area=0099999');
  await page.locator('.cc-notice', { hasText: 'No area with code 0099999' }).waitFor();
  await page.waitForFunction(() => !/area=/.test(location.search));
  assert.equal(await placeInput(page).inputValue(), 'National');
  await page.close();
});

test('the place picker by keyboard: a state by its code, then national again; axe-core finds nothing', async () => {
  const { page, errors } = await compared('?a=13-2072&b=43-4131');
  const input = placeInput(page);
  await input.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('MA');
  // the area list arrives while typing: the state first, then its areas
  await page.getByRole('option', { name: /Boston-Cambridge-Newton, MA-NH/ }).waitFor();
  const names = await page.locator('.cc-place [role="option"] .cc-option-title').allInnerTexts();
  assert.equal(names[0], 'Massachusetts');
  assert.ok(names.includes('Boston-Cambridge-Newton, MA-NH'), names.join(' | '));
  assert.deepEqual(await axeViolations(page), []);
  await page.keyboard.press('Enter'); // the exact code needs no arrowing
  await page.waitForURL(/state=MA/);
  // Escape twice clears the box: national
  await input.focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !/state=/.test(location.search));
  assert.deepEqual(errors, []);
  await page.close();
});

test('a dataset without areas (schema version 2) offers only its states and never asks for areas.json', async () => {
  const page = await suite.newPage();
  const paths = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  await page.route('**/data/index.json', async (route) => {
    const ix = await (await route.fetch()).json();
    delete ix.areas;
    ix.schema_version = 2;
    return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(ix) });
  });
  await page.goto(`${suite.url}?a=13-2072&b=43-4131`);
  await page.locator('.cc-compared[aria-busy="false"]').waitFor();
  const input = placeInput(page);
  await input.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Mass');
  await page.getByRole('option', { name: /^Massachusetts/ }).waitFor();
  assert.equal(await page.locator('.cc-place [role="option"]').count(), 1);
  assert.ok(!paths.some((p) => p.includes('/areas')), paths.join(' '));
  await page.close();
});
