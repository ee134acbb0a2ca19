// 10. Repeat visits: the same profile loads the deep link again, from a server sending the
// cache headers a CDN sends, so the HTTP cache and V8's wasm code cache apply: in a new tab,
// and in the same tab (back to the page from another one).
import { DEEP_LINK, fresh, probedPage, serve } from '../browser.mjs';
import { VISIBLE_PROBE, settledAt, visibleAt } from '../page-timing.mjs';
import { budget, kb, median, ms, report, setBuild } from '../report.mjs';

const VISITS = 10;
// V8 writes a wasm module's compiled code to the cache a while after it was compiled; the
// first visit's page stays open this long before the repeat visits begin.
const CODE_CACHE_MS = 3000;

/** One visit of the deep link in a new tab of `ctx`: the first comparison on screen, and the bytes that came over the network. */
async function visit(ctx, url, throttle) {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(url + DEEP_LINK, { waitUntil: 'commit' });
  const { painted } = await visibleAt(cdp);
  await settledAt(cdp);
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: 'performance.getEntriesByType("resource").reduce((s, r) => s + r.transferSize, 0)', returnByValue: true,
  });
  return { page, painted, transferred: result.value };
}

/**
 * In one tab of a fresh profile, `url` visited once, then `VISIBLE_PROBE`'s `target` on screen
 * in `VISITS` navigations back to it (two URLs of the page in turn, so that each is a
 * navigation, not a reload): ms from navigation start, each.
 */
async function sameTab(url, target, throttle) {
  const { ctx, done } = await fresh();
  const { page, cdp } = await probedPage(ctx, [[VISIBLE_PROBE, target]], throttle);
  const times = [];
  for (let i = 0; i <= VISITS; i++) {
    await page.goto(url + (i % 2 ? '' : '&from=portal'), { waitUntil: 'commit' });
    const { painted } = await visibleAt(cdp);
    // the counter has no tables to wait for
    if (target === 'comparison') await settledAt(cdp);
    if (i === 0) await page.waitForTimeout(CODE_CACHE_MS);
    else times.push(painted);
  }
  await done();
  return times;
}

/**
 * For each CPU setting and each of `builds` (`[{ build, dist }]`), a fresh profile visits the
 * deep link once, then `VISITS` more times, each in a new tab, the builds' visits taking
 * turns: ms from navigation start to the comparison on screen, and the bytes that came over
 * the network for them (0 once everything comes from the cache).
 */
export async function repeatVisits(builds, counterDist) {
  const servers = await Promise.all(builds.map(({ dist }) => serve(dist, { cache: { maxAge: 3600 } })));
  const counterSrv = await serve(counterDist, { cache: { maxAge: 3600 } });
  for (const throttle of [1, 4]) {
    const runs = [];
    for (const srv of servers) {
      const { ctx, done } = await fresh();
      await ctx.addInitScript(VISIBLE_PROBE);
      for (const p of ctx.pages()) await p.close();
      const first = await visit(ctx, srv.url, throttle);
      await first.page.waitForTimeout(CODE_CACHE_MS);
      await first.page.close();
      runs.push({ ctx, done, url: srv.url, first: first.painted, times: [], transferred: [] });
    }
    for (let i = 0; i < VISITS; i++) {
      // every other round in the opposite order (as the cold loads)
      for (const run of i % 2 ? [...runs].reverse() : runs) {
        const v = await visit(run.ctx, run.url, throttle);
        run.times.push(v.painted);
        run.transferred.push(v.transferred);
        await v.page.close();
      }
    }
    for (const [j, run] of runs.entries()) {
      setBuild(builds[j].build);
      const m = median(run.times);
      report(`10. repeat visit (cache headers; ${VISITS} visits after a first), CPU ${throttle}x: first comparison on screen median / max`,
        `${ms(m)} / ${ms(Math.max(...run.times))} (first visit ${ms(run.first)}; over the network per repeat visit, median ${kb(median(run.transferred))})`,
        throttle === 4 ? budget('≤ 200 ms at 4x', m <= 200) : '');
      await run.done();
    }
    // The same in one tab: a visitor coming back to the page from another page of the portal.
    // The tab's renderer keeps the compiled wasm module, which a new tab does not have.
    for (const [j, srv] of servers.entries()) {
      const times = await sameTab(srv.url + DEEP_LINK, 'comparison', throttle);
      setBuild(builds[j].build);
      const m = median(times);
      report(`10. repeat visit in the same tab (${VISITS} navigations back to the page after a first), CPU ${throttle}x: first comparison on screen median / max`,
        `${ms(m)} / ${ms(Math.max(...times))}`, throttle === 4 ? budget('≤ 200 ms at 4x', m <= 200) : '');
    }
    // The yardstick: Yew's counter, the same navigations in one tab.
    const times = await sameTab(`${counterSrv.url}?visit=1`, 'counter', throttle);
    setBuild('this');
    report(`   (Yew's counter, the same ${VISITS} navigations in one tab, CPU ${throttle}x: on screen median / max)`,
      `${ms(median(times))} / ${ms(Math.max(...times))}`);
  }
  for (const srv of [...servers, counterSrv]) await srv.close();
}
