// 3. Cold loads: the first comparison on screen, at 1x and 4x CPU, against Yew's counter; and
// the main thread's long tasks during each load.
import { DEEP_LINK, LOADS, fresh, probedPage, serve } from '../browser.mjs';
import { LONGTASK_PROBE, VISIBLE_PROBE, settledAt, visibleAt } from '../page-timing.mjs';
import { blocking, budget, longestText, median, ms, report, setBuild } from '../report.mjs';

const samples = () => ({ painted: [], dom: [], started: [], wasm: [], longest: [], tbt: [] });

/**
 * One cold load with a fresh profile, added to `times`: ms from navigation start to the
 * comparison on screen (`painted`), and to it being in the DOM (`dom`); with `target`
 * 'counter', to Yew's counter (served at `url`) on screen. For the comparison, also the long
 * tasks of the load, from navigation until every table is in and the page has been idle
 * (`longest`, `tbt`).
 */
async function coldLoad(times, url, throttle, target, link) {
  const { ctx, done } = await fresh();
  const { page, cdp } = await probedPage(ctx, [[LONGTASK_PROBE], [VISIBLE_PROBE, target]], throttle);
  await page.goto(target === 'counter' ? url : url + link, { waitUntil: 'commit' });
  const { dom, painted, started, wasm } = await visibleAt(cdp);
  times.dom.push(dom);
  times.painted.push(painted);
  if (started !== undefined) times.started.push(started);
  if (wasm !== undefined) times.wasm.push(wasm);
  if (target !== 'counter') {
    const { longest, tbt } = blocking((await settledAt(cdp)).longTasks);
    times.longest.push(longest);
    times.tbt.push(tbt);
  }
  await done();
}

/** `LOADS` cold loads of `url` (see coldLoad). */
export async function coldLoads(url, throttle, target = 'comparison', link = DEEP_LINK) {
  const times = samples();
  for (let i = 0; i < LOADS; i++) await coldLoad(times, url, throttle, target, link);
  return times;
}

/** Reports the long tasks of cold loads (`times` from coldLoads) at `throttle`. */
export function reportLongTasks(label, times, throttle) {
  const m = median(times.longest);
  report(`${label}, CPU ${throttle}x: longest main-thread task median / max; total blocking time median / max`,
    `${longestText(m)} / ${longestText(Math.max(...times.longest))}; ${ms(median(times.tbt))} / ${ms(Math.max(...times.tbt))}`,
    throttle === 4 ? budget('no task over 50 ms at 4x (median load)', m === 0) : '');
}

/**
 * Reports cold loads of the deep link for each of `builds` (`[{ build, url }]`, 'previous'
 * and/or 'this'), interleaved load by load with each other and with Yew's counter (in
 * `counterDist`), so every build and the yardstick face the machine at the same moments.
 */
export async function coldLoadsAgainstCounter(builds, counterDist) {
  const counterSrv = await serve(counterDist);
  for (const throttle of [1, 4]) {
    const each = builds.map(samples);
    const counter = samples();
    for (let i = 0; i < LOADS; i++) {
      // every other round in the opposite order: a load right after another one (its browser
      // still exiting) is slower, and must not always be the same build's
      const order = builds.map((_, j) => j);
      if (i % 2) order.reverse();
      for (const j of order) await coldLoad(each[j], builds[j].url, throttle, 'comparison', DEEP_LINK);
      // The yardstick: Yew's counter (same profile, wasm-opt and server), loaded the same
      // way, shows how much of that time a Yew app with nothing in it takes on this machine.
      await coldLoad(counter, counterSrv.url, throttle, 'counter');
    }
    const c = median(counter.painted);
    for (const [j, { build }] of builds.entries()) {
      setBuild(build);
      const { painted: t, dom, started, wasm } = each[j];
      const m = median(t);
      report(`3. first comparison on screen, ${LOADS} cold loads, CPU ${throttle}x: median / max`, `${ms(m)} / ${ms(Math.max(...t))}`,
        throttle === 4 ? budget('≤ 600 ms at 4x', m <= 600) : '');
      report(`   (in the DOM, a frame earlier: median / max)`, `${ms(median(dom))} / ${ms(Math.max(...dom))}`);
      if (started.length === t.length && wasm.length === t.length) {
        report('   (where the time went, medians: wasm downloaded / app started / in the DOM / on screen)',
          `${ms(median(wasm))} / ${ms(median(started))} / ${ms(median(dom))} / ${ms(m)}`);
      }
      reportLongTasks('   cold load until every table is in and the page is idle', each[j], throttle);
      report(`   (Yew's counter, the same ${LOADS} cold loads, interleaved: on screen median / max)`,
        `${ms(c)} / ${ms(Math.max(...counter.painted))}`,
        throttle === 1 ? `${budget('first comparison ≤ counter + 100 ms at 1x', m - c <= 100)} (+${ms(m - c)})` : '');
    }
    setBuild('this');
  }
  await counterSrv.close();
}
