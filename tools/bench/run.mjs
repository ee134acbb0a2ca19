// The performance benchmark: builds the release, then measures the budgets of the
// performance issue in one run, in headless Debian chromium against a local static server,
// and prints numbers (it asserts nothing). Run with `tools/run bench`.
//
// Environment: BENCH_LOADS (cold loads per setting, default 10), BENCH_SKIP_BUILD=1 (reuse
// dist/ and the counter's dist/), CC_DIST (measure another built dist/), BENCH_SKIP_LIGHTHOUSE=1,
// BENCH_PREVIOUS (a previous build's dist/: measures 1-5 of it first, in the same run, so the
// two builds are compared at the same hour on the same machine).
//
// Layout: browser.mjs (what the measures share: chromium, the server, the deep link),
// page-timing.mjs (the page-side probes), report.mjs (printing and results.json), and one
// file per measure in measures/, run here in the order of their numbers.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, serve } from './browser.mjs';
import { writeResults } from './report.mjs';
import { wasmSize } from './measures/wasm-size.mjs';
import { bytesBefore } from './measures/bytes-before.mjs';
import { coldLoadsAgainstCounter } from './measures/cold-loads.mjs';
import { queries } from './measures/typeahead.mjs';
import { measurePage, reportInteraction, reportMemory } from './measures/page.mjs';
import { reportDecode } from './measures/decode.mjs';
import { tenfoldDataset } from './measures/tenfold.mjs';
import { lighthouse } from './measures/lighthouse.mjs';

// as before the split (tools/bench/decoders.mjs imports CHROMIUM_ARGS and serve from here)
export { CHROMIUM_ARGS, serve } from './browser.mjs';
export { coldLoads } from './measures/cold-loads.mjs';
export { typeahead, queries } from './measures/typeahead.mjs';
export { pairChanges } from './measures/pair-changes.mjs';
export { measurePage } from './measures/page.mjs';
export { decodeSteady } from './measures/decode.mjs';

function trunkBuild(dir) {
  execFileSync('trunk', ['build', '--release'], { cwd: dir, stdio: 'inherit' });
}

async function main() {
  const counterDir = path.join(ROOT, 'tools/bench/counter');
  const decodeDir = path.join(ROOT, 'tools/bench/decode');
  if (!process.env.BENCH_SKIP_BUILD) {
    trunkBuild(ROOT);
    trunkBuild(counterDir);
    trunkBuild(decodeDir);
  }
  const dist = process.env.CC_DIST || path.join(ROOT, 'dist');
  console.log(`\ncareer-compare benchmark, ${new Date().toISOString().slice(0, 10)}, ${process.arch}, ` +
    `${os.cpus().length} cores, ${os.cpus()[0].model}`);

  const previous = process.env.BENCH_PREVIOUS;
  if (previous) {
    console.log(`\n== the previous build (${previous}): measures 1-5`);
    await wasmSize(previous, path.join(counterDir, 'dist'));
    const prev = await serve(previous);
    await bytesBefore(prev.url, previous);
    await coldLoadsAgainstCounter(prev.url, path.join(counterDir, 'dist'));
    const prevQs = await queries(path.join(previous, 'data'));
    reportInteraction(await measurePage(prev.url, prevQs), prevQs);
    await prev.close();
    console.log(`\n== this build (${dist})`);
  }

  // 1. wasm size against Yew's counter.
  await wasmSize(dist, path.join(counterDir, 'dist'));
  const srv = await serve(dist);
  // 2. Bytes before a deep-linked comparison is visible.
  await bytesBefore(srv.url, dist);
  // 3. Cold loads.
  await coldLoadsAgainstCounter(srv.url, path.join(counterDir, 'dist'));
  // 4–7: typeahead, re-render on pair change, decoding, memory.
  const qs = await queries(path.join(dist, 'data'));
  const real = await measurePage(srv.url, qs);
  reportInteraction(real, qs);
  await reportDecode(real, decodeDir, dist);
  reportMemory(real);
  await srv.close();
  // 8. Items 3 and 4 on a synthetic dataset ten times the real one.
  await tenfoldDataset(dist, qs);
  // 9. Lighthouse, mobile preset (its default), on the demo page.
  if (!process.env.BENCH_SKIP_LIGHTHOUSE) await lighthouse(dist);

  await writeResults();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
