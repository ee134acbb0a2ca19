// Where a cold load's (or a swap's) main-thread time goes: traces loads of the deep link at a
// CPU setting and prints every task over a threshold with what it spent its time on (the
// evidence docs/performance.md cites for a long task). Not part of `tools/run bench`.
//
//   node tools/bench/trace.mjs [--throttle 4] [--loads 3] [--min 30] [--swaps 0] [--dist dist]
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEEP_LINK, ROOT, fresh, probedPage, serve } from './browser.mjs';
import { LONGTASK_PROBE, VISIBLE_PROBE, settledAt, visibleAt } from './page-timing.mjs';

const { values: opt } = parseArgs({
  options: {
    throttle: { type: 'string', default: '4' }, loads: { type: 'string', default: '3' },
    min: { type: 'string', default: '30' }, swaps: { type: 'string', default: '0' },
    dist: { type: 'string', default: path.join(ROOT, 'dist') }, save: { type: 'string' },
  },
});
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm',
  'disabled-by-default-v8.compile', 'blink.user_timing', 'loading', 'toplevel'];

async function trace(cdp, act) {
  const chunks = [];
  cdp.on('Tracing.dataCollected', (e) => chunks.push(...e.value));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: CATEGORIES.join(','), transferMode: 'ReportEvents' });
  const out = await act();
  await cdp.send('Tracing.end');
  await complete;
  return { events: chunks, out };
}

/** Each top-level task on the renderer's main thread over `min` ms, with its costliest parts. */
function tasks(events, min) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' &&
    events.some((x) => x.pid === e.pid && x.name === 'TracingStartedInBrowser' || x.pid === e.pid && x.cat?.includes('devtools.timeline') && x.name === 'EventDispatch'));
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'));
  const out = [];
  for (const m of main ? [main] : mains) {
    const on = events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X');
    // the outermost task events (a RunTask may sit inside a ThreadControllerImpl::RunTask)
    const all = on.filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur >= min * 1000);
    const top = all.filter((t) => !all.some((o) => o !== t && o.ts <= t.ts && o.ts + o.dur >= t.ts + t.dur && (o.dur > t.dur || o.name === 'ThreadControllerImpl::RunTask')));
    for (const t of top) {
      const inside = on.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
      const by = new Map();
      for (const e of inside) {
        if (['RunTask', 'ThreadControllerImpl::RunTask', 'RunMicrotasks'].includes(e.name)) continue;
        const k = e.name === 'FunctionCall' ? `FunctionCall ${e.args?.data?.functionName || e.args?.data?.url?.split('/').pop() || ''}` : e.name;
        by.set(k, (by.get(k) || 0) + e.dur);
      }
      const parts = [...by].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, d]) => `${k} ${(d / 1000).toFixed(1)}`);
      const wasmCompiles = inside.filter((e) => e.name === 'wasm.CompileLazy').length;
      out.push({ at: nav ? (t.ts - nav.ts) / 1000 : t.ts / 1000, ms: t.dur / 1000, wasmCompiles, parts });
    }
  }
  return out;
}

const srv = await serve(opt.dist);
const throttle = Number(opt.throttle);
for (let i = 0; i < Number(opt.loads); i++) {
  const { ctx, done } = await fresh();
  const { page, cdp } = await probedPage(ctx, [[LONGTASK_PROBE], [VISIBLE_PROBE]], throttle);
  const { events, out } = await trace(cdp, async () => {
    await page.goto(srv.url + DEEP_LINK, { waitUntil: 'commit' });
    const shown = await visibleAt(cdp);
    const settled = await settledAt(cdp);
    let swaps = [];
    if (Number(opt.swaps)) {
      swaps = await page.evaluate(async (n) => {
        const swap = document.querySelector('button[aria-label="Swap professions"]');
        const lt = [];
        for (let k = 0; k < n; k++) {
          swap.click();
          await new Promise((r) => requestAnimationFrame(() => requestIdleCallback(r, { timeout: 2000 })));
          await new Promise((r) => setTimeout(r, 100));
        }
        return lt;
      }, Number(opt.swaps));
    }
    return { shown, longTasks: settled.longTasks, swaps };
  });
  if (opt.save) await writeFile(`${opt.save}-${i}.json`, JSON.stringify(events));
  console.log(`load ${i + 1} at ${throttle}x: in the DOM ${out.shown.dom.toFixed(0)} ms, on screen ${out.shown.painted.toFixed(0)} ms; long tasks (observer): ${out.longTasks.map((t) => `${t.duration.toFixed(0)} ms at ${t.start.toFixed(0)}`).join(', ') || 'none'}`);
  for (const t of tasks(events, Number(opt.min))) {
    console.log(`  task at ~${t.at.toFixed(0)} ms: ${t.ms.toFixed(1)} ms (wasm lazy compiles: ${t.wasmCompiles}): ${t.parts.join(', ')}`);
  }
  await done();
}
await srv.close();
