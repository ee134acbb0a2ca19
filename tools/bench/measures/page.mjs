// 4, 5 and 7: one page of the widget, loaded from a deep link, typed into and swapped, then
// its memory; the widget's own decode measures are read there too (reported by measures/decode.mjs).
import { DEEP_LINK, fresh } from '../browser.mjs';
import { VISIBLE_PROBE } from '../page-timing.mjs';
import { kb, median, ms, quantile, report } from '../report.mjs';
import { pairChanges } from './pair-changes.mjs';
import { PAINTED_QUERIES, typeahead } from './typeahead.mjs';

export async function measurePage(url, qs) {
  const { ctx, done } = await fresh();
  const page = ctx.pages()[0] || (await ctx.newPage());
  await page.addInitScript(VISIBLE_PROBE);
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => { window.__ccWasm = e.detail && e.detail.wasm; });
  });
  await page.goto(url + DEEP_LINK);
  await page.waitForFunction(() => window.__ccVisible !== undefined, null, { timeout: 60000 });
  await page.waitForLoadState('networkidle');
  const { times: keys, nextTask: keysNextTask, painted: keysPainted } = await typeahead(page, qs);
  const { times: swaps, nextTask: swapsNextTask, painted: swapsPainted } = await pairChanges(page, 60);
  const memory = await page.evaluate(() => ({
    wasm: window.__ccWasm?.memory?.buffer?.byteLength ?? null,
    heap: performance.memory ? performance.memory.usedJSHeapSize : null,
  }));
  const cdp = await ctx.newCDPSession(page);
  const heap = await cdp.send('Runtime.getHeapUsage');
  const decode = await page.evaluate(() => performance.getEntriesByType('measure')
    .filter((m) => m.name.startsWith('career-compare:decode'))
    .map((m) => ({ name: m.name, duration: m.duration })));
  const parse = await page.evaluate(async (names) => {
    const out = {};
    for (const n of names) {
      const file = n.replace('career-compare:decode ', '');
      const text = await (await fetch(`data/${file}`)).text();
      const runs = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        JSON.parse(text);
        runs.push(performance.now() - t0);
      }
      runs.sort((a, b) => a - b);
      out[file] = runs[2];
    }
    return out;
  }, decode.map((d) => d.name));
  await done();
  return { keys, keysNextTask, keysPainted, swaps, swapsNextTask, swapsPainted, memory: { ...memory, heap: heap.usedSize }, decode, parse };
}

/** Reports 4 (typeahead) and 5 (re-render on pair change) from `real`, measurePage's result for `qs`. */
export function reportInteraction(real, qs) {
  const p95 = quantile(real.keys, 0.95);
  report(`4. typeahead per keystroke (${qs.length} queries, ${real.keys.length} keystrokes): p50 / p95`,
    `${ms(median(real.keys))} / ${ms(p95)}`, `budget p95 ≤ 4 ms: ${p95 <= 4 ? 'met' : 'NOT met'}`);
  report('   (until the next task, with a rendering frame when one fell first: p50 / p95)',
    `${ms(median(real.keysNextTask))} / ${ms(quantile(real.keysNextTask, 0.95))}`);
  report(`   (until the frame that shows it is rendered, first ${PAINTED_QUERIES} queries, ${real.keysPainted.length} keystrokes: p50 / p95)`,
    `${ms(median(real.keysPainted))} / ${ms(quantile(real.keysPainted, 0.95))}`);
  const s95 = quantile(real.swaps, 0.95);
  report('5. re-render on pair change: p50 / p95', `${ms(median(real.swaps))} / ${ms(s95)}`,
    `budget p95 ≤ 8 ms: ${s95 <= 8 ? 'met' : 'NOT met'}`);
  report('   (until the next task, with a rendering frame when one fell first: p50 / p95)',
    `${ms(median(real.swapsNextTask))} / ${ms(quantile(real.swapsNextTask, 0.95))}`);
  report('   (until the frame that shows it is rendered: p50 / p95)',
    `${ms(median(real.swapsPainted))} / ${ms(quantile(real.swapsPainted, 0.95))}`);
}

/** Reports 7 (memory after load) from `real`, measurePage's result. */
export function reportMemory(real) {
  report('7. wasm linear memory / JS heap after load',
    `${real.memory.wasm == null ? 'n/a' : kb(real.memory.wasm)} / ${kb(real.memory.heap)}`);
}
