// 3. Cold loads: the first comparison on screen, at 1x and 4x CPU, against Yew's counter.
import { DEEP_LINK, LOADS, fresh, serve } from '../browser.mjs';
import { VISIBLE_PROBE, visibleAt } from '../page-timing.mjs';
import { median, ms, report } from '../report.mjs';

/**
 * Cold loads with a fresh profile each: ms from navigation start to the comparison on screen
 * (`painted`), and to it being in the DOM (`dom`); with `target` 'counter', to Yew's counter
 * (served at `url`) on screen.
 */
export async function coldLoads(url, throttle, target = 'comparison') {
  const times = { painted: [], dom: [], started: [], wasm: [] };
  for (let i = 0; i < LOADS; i++) {
    const { ctx, done } = await fresh();
    const page = ctx.pages()[0] || (await ctx.newPage());
    await page.addInitScript(VISIBLE_PROBE, target);
    const cdp = await ctx.newCDPSession(page);
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(target === 'counter' ? url : url + DEEP_LINK, { waitUntil: 'commit' });
    const { dom, painted, started, wasm } = await visibleAt(cdp);
    times.dom.push(dom);
    times.painted.push(painted);
    if (started !== undefined) times.started.push(started);
    if (wasm !== undefined) times.wasm.push(wasm);
    await done();
  }
  return times;
}

/** Reports cold loads of the deep link from `url`, each setting followed by Yew's counter (in `counterDist`). */
export async function coldLoadsAgainstCounter(url, counterDist) {
  const counterSrv = await serve(counterDist);
  for (const throttle of [1, 4]) {
    const { painted: t, dom, started, wasm } = await coldLoads(url, throttle);
    const m = median(t);
    report(`3. first comparison on screen, ${LOADS} cold loads, CPU ${throttle}x: median / max`, `${ms(m)} / ${ms(Math.max(...t))}`);
    report(`   (in the DOM, a frame earlier: median / max)`, `${ms(median(dom))} / ${ms(Math.max(...dom))}`);
    if (started.length === t.length && wasm.length === t.length) {
      report('   (where the time went, medians: wasm downloaded / app started / in the DOM / on screen)',
        `${ms(median(wasm))} / ${ms(median(started))} / ${ms(median(dom))} / ${ms(m)}`);
    }
    // The yardstick: Yew's counter (same profile, wasm-opt and server), loaded the same way
    // right after, shows how much of that time a Yew app with nothing in it takes on this
    // machine at this hour.
    const counter = await coldLoads(counterSrv.url, throttle, 'counter');
    const c = median(counter.painted);
    report(`   (Yew's counter, the same ${LOADS} cold loads: on screen median / max)`,
      `${ms(c)} / ${ms(Math.max(...counter.painted))}`,
      throttle === 1 ? `budget first comparison ≤ counter + 100 ms: ${m - c <= 100 ? 'met' : 'NOT met'} (+${ms(m - c)})` : '');
  }
  await counterSrv.close();
}
