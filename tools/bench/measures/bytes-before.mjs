// 2. Bytes before a deep-linked comparison is visible.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEEP_LINK, fresh } from '../browser.mjs';
import { VISIBLE_PROBE } from '../page-timing.mjs';
import { brotli, budget, gzip, kb, report } from '../report.mjs';

/** Loads the deep link from `url` (serving `dist`) and reports the gzip bytes of the files in before the comparison. */
export async function bytesBefore(url, dist) {
  const { ctx, done } = await fresh();
  const page = ctx.pages()[0] || (await ctx.newPage());
  await page.addInitScript(VISIBLE_PROBE);
  await page.goto(url + DEEP_LINK);
  await page.waitForFunction(() => window.__ccVisible !== undefined, null, { timeout: 60000 });
  const before = await page.evaluate(() => {
    const t = window.__ccVisible;
    return performance.getEntriesByType('resource').filter((r) => r.responseEnd <= t).map((r) => new URL(r.name).pathname);
  });
  await done();
  const files = ['index.html', ...before.map((p) => decodeURIComponent(p).replace(/^\//, ''))];
  let total = 0;
  let br = 0;
  for (const f of new Set(files)) {
    const b = await readFile(path.join(dist, f));
    total += gzip(b);
    br += brotli(b);
    console.log(`   ${f}: ${kb(b.length)} raw, ${kb(gzip(b))} gzip`);
  }
  // the budget counts gzip (what a static host sends); brotli (what many CDNs send) beside it
  report('2. bytes before first comparison (gzip)', `${kb(total)} (brotli 11: ${kb(br)})`,
    `${budget('≤ 220 KB (issue 21)', total <= 220 * 1024)}; ${budget('≤ 212 KB (issue 16)', total <= 212 * 1024)}`);
}
