// 11. The main thread's long tasks during a swap, at 1x and 4x CPU.
import { DEEP_LINK, fresh } from '../browser.mjs';
import { LONGTASK_PROBE, settledAt } from '../page-timing.mjs';
import { blocking, budget, longestText, median, ms, report } from '../report.mjs';

const SWAPS = 20;

/**
 * Loads the deep link, waits until every table is in and the page is idle, then swaps the pair
 * `SWAPS` times at each CPU setting, each from a settled page: the long tasks from the click
 * until the swapped comparison's frame has been rendered and the page has been idle.
 */
export async function swapLongTasks(url) {
  const { ctx, done } = await fresh();
  const page = ctx.pages()[0] || (await ctx.newPage());
  await page.addInitScript(LONGTASK_PROBE);
  const cdp = await ctx.newCDPSession(page);
  await page.goto(url + DEEP_LINK);
  await settledAt(cdp);
  for (const throttle of [1, 4]) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const perSwap = await page.evaluate(async (n) => {
      const swap = [...document.querySelectorAll('button')].find((b) => /swap/i.test(b.getAttribute('aria-label') || ''));
      const heading = () => [...document.querySelectorAll('h2')].find((e) => / vs /.test(e.textContent || ''))?.textContent;
      const out = [];
      for (let i = 0; i < n; i++) {
        const before = heading();
        const t0 = performance.now();
        swap.click();
        while (heading() === before) await new Promise((r) => setTimeout(r, 0));
        await new Promise((r) => requestAnimationFrame(() => requestIdleCallback(r, { timeout: 2000 })));
        await new Promise((r) => setTimeout(r, 100));
        out.push(window.__ccLongTasks.filter((t) => t.start + t.duration >= t0));
      }
      return out;
    }, SWAPS);
    const each = perSwap.map(blocking);
    const longest = each.map((b) => b.longest);
    const m = median(longest);
    report(`11. swap (${SWAPS}), CPU ${throttle}x: longest main-thread task median / max; total blocking time per swap median / max`,
      `${longestText(m)} / ${longestText(Math.max(...longest))}; ${ms(median(each.map((b) => b.tbt)))} / ${ms(Math.max(...each.map((b) => b.tbt)))}`,
      throttle === 4 ? budget('no task over 50 ms at 4x (median swap)', m === 0) : '');
  }
  await done();
}
