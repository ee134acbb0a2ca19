// A Rust panic never leaves a blank page: the panel with the message and "Reload" replaces
// the instance the reader was using, and the other instances keep working. Runs against a
// release build with the test-only cargo feature `panic-trigger` (tools/run builds it into
// target/dist-panic), which exports panic_for_test(); no shipped build has it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, serveStatic, launch } from './harness.mjs';

const DIST = process.env.CC_PANIC_DIST || path.join(ROOT, 'target', 'dist-panic');
let server;
let browser;

before(async () => {
  await stat(path.join(DIST, 'career-compare.js')).catch(() => {
    throw new Error(`${DIST} is missing: build it with trunk build --release --features panic-trigger --dist ${DIST}`);
  });
  await writeFile(path.join(DIST, 'two-instances.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Two instances</title>
<script type="module" src="career-compare.js"></script></head>
<body><main><h1>Two instances</h1>
<career-compare id="one" a="13-2072" b="43-4131"></career-compare>
<career-compare id="two" a="29-1141" b="29-2061"></career-compare>
</main></body></html>`);
  server = await serveStatic(DIST);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function panic(page, message) {
  return page.evaluate(async (m) => {
    const app = await import('/career-compare-app.js');
    try {
      app.panic_for_test(m);
      return 'returned';
    } catch (e) {
      return String(e);
    }
  }, message);
}

test('a panic on the demo page shows the panel with its message and Reload', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}?a=13-2072&b=43-4131`);
  await page.getByRole('heading', { level: 2, name: / vs / }).waitFor();
  assert.match(await panic(page, 'test panic one'), /unreachable|RuntimeError/);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /The comparison stopped working/);
  assert.match(await alert.innerText(), /test panic one/);
  assert.equal(await page.getByRole('button', { name: 'Reload' }).count(), 1);
  await page.close();
});

test('a panic in one instance replaces that one only; the other keeps working', async () => {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.ccErrors = [];
    document.addEventListener('career-compare:error', (e) => window.ccErrors.push({ id: e.target.id, detail: e.detail }));
  });
  await page.goto(`${server.url}two-instances.html`);
  const one = page.locator('#one');
  const two = page.locator('#two');
  await one.getByRole('heading', { level: 2, name: / vs / }).waitFor();
  await two.getByRole('heading', { level: 2, name: / vs / }).waitFor();

  await one.getByRole('combobox', { name: 'First profession' }).focus();
  await panic(page, 'test panic two');
  await one.getByRole('alert').waitFor();
  assert.match(await one.getByRole('alert').innerText(), /test panic two/);
  assert.equal(await one.getByRole('heading', { level: 2, name: / vs / }).count(), 0);
  // the page hears of it: the error event, from the instance that shows the panel
  const [told] = await page.evaluate(() => window.ccErrors);
  assert.deepEqual([told.id, told.detail.kind, told.detail.url], ['one', 'panic', null]);
  assert.match(told.detail.message, /test panic two/);

  assert.equal(await two.getByRole('alert').count(), 0, 'the other instance shows no panel');
  const before = await two.getByRole('heading', { level: 2, name: / vs / }).innerText();
  await two.getByRole('button', { name: 'Swap professions' }).click();
  const [x, y] = before.split(' vs ');
  await two.getByRole('heading', { level: 2, name: `${y} vs ${x}` }).waitFor();
  await page.close();
});
