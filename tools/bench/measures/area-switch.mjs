// 14. Local pay (issue 19): the largest area file and the area list, gzip; whether the area
// list was requested before a national deep link's comparison; and the area switch: from
// choosing another area whose file has arrived in the "Pay for" picker until the frame that
// shows its pay has been rendered, p50 and p95.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEEP_LINK, fresh } from '../browser.mjs';
import { COMPLETE, settledAt } from '../page-timing.mjs';
import { budget, gzip, kb, median, ms, quantile, report } from '../report.mjs';

/** The largest `areas/*.json` and `areas.json` of a build, gzip -9. */
async function areaFiles(dist) {
  const dir = path.join(dist, 'data', 'areas');
  const names = await readdir(dir).catch(() => []);
  let largest = { name: '', size: 0 };
  for (const name of names) {
    const size = gzip(await readFile(path.join(dir, name)));
    if (size > largest.size) largest = { name, size };
  }
  const list = await readFile(path.join(dist, 'data', 'areas.json')).catch(() => null);
  return { count: names.length, largest, list: list && gzip(list) };
}

const SWITCHES = 20;
// two areas to switch between, typed into a searchable picker
const AREAS = ['Baltimore', 'Seattle'];

/**
 * The switch is skipped for a build whose "Pay for" picker is a select of states (before
 * issue 19). Each switch types an area's name, and is timed from the click on its first option
 * until the pay gauge's caption names the new area and that frame has been rendered.
 */
export async function areaSwitch(url, dist) {
  const files = await areaFiles(dist);
  if (files.count) {
    report('14. largest area file, gzip', `${kb(files.largest.size)} (${files.largest.name}, of ${files.count})`,
      budget('≤ 25 KB (issue 19)', files.largest.size <= 25 * 1024));
    report('14. areas.json, gzip', kb(files.list), budget('≤ 15 KB (issue 19)', files.list <= 15 * 1024));
  }
  const { ctx, done } = await fresh();
  try {
    const page = ctx.pages()[0] || (await ctx.newPage());
    const cdp = await ctx.newCDPSession(page);
    await page.goto(url + DEEP_LINK);
    await settledAt(cdp, COMPLETE);
    const place = page.locator('.cc-place input[role="combobox"]');
    if (!(await place.count())) {
      report('14. area switch', 'skipped: the "Pay for" picker of this build is a select of states, not a searchable picker of areas (issue 19 adds it)');
      return;
    }
    const listEarly = await page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/areas.json')));
    report('14. areas.json requested before a national deep link\'s comparison', listEarly ? 'yes' : 'no',
      budget('not requested (issue 19)', !listEarly));
    // each area once, untimed, so every timed switch is to an area whose file has arrived
    for (const area of AREAS) {
      await place.fill(area);
      await page.locator('.cc-place [role="option"]').first().click();
      await page.waitForFunction(() => !document.querySelector('.cc-place-status'), null, { timeout: 15000 });
    }
    const times = [];
    for (let i = 0; i < SWITCHES; i++) {
      await place.fill(AREAS[i % AREAS.length]);
      const option = page.locator('.cc-place [role="option"]').first();
      await option.waitFor({ timeout: 5000 });
      const caption = () => page.evaluate(() => document.querySelector('.cc-compared')?.textContent?.match(/Median yearly pay[^]{0,80}/)?.[0]);
      const before = await caption();
      const handle = await option.elementHandle();
      times.push(await page.evaluate(async ([opt, prev]) => {
        const text = () => document.querySelector('.cc-compared')?.textContent?.match(/Median yearly pay[^]{0,80}/)?.[0];
        const t0 = performance.now();
        opt.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
        opt.click();
        for (let k = 0; k < 2000 && text() === prev; k++) await new Promise((r) => setTimeout(r, 0));
        await new Promise((r) => requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = r;
          ch.port2.postMessage(0);
        }));
        return performance.now() - t0;
      }, [handle, before]));
    }
    const p95 = quantile(times, 0.95);
    report(`14. area switch (${SWITCHES}), until its frame is rendered: p50 / p95`, `${ms(median(times))} / ${ms(p95)}`,
      budget('p95 ≤ 16 ms (issue 19)', p95 <= 16));
  } catch (e) {
    report('14. area switch', `failed: ${e.message.split('\n')[0]}`);
  } finally {
    await done();
  }
}
