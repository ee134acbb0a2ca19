// The performance benchmark: builds the release, then measures the budgets of the
// performance issues in one run, in headless Debian chromium against a local static server,
// and prints numbers (it asserts nothing). Run with `tools/run bench`. It writes every result
// to tools/bench/out/results.json and the current-figures table into docs/performance.md.
//
// Environment: BENCH_LOADS (cold loads per setting, default 10), BENCH_SKIP_BUILD=1 (reuse
// dist/ and the counter's dist/), CC_DIST (measure another built dist/), BENCH_SKIP_LIGHTHOUSE=1,
// BENCH_PREVIOUS (a previous build's dist/: measures 1, 2, 4, 5, 11 and 12 of it first, and
// its cold loads (3) and repeat visits (10) interleaved with this build's, so the two builds are
// compared at the same hour on the same machine), BENCH_NO_DOCS=1
// (leave docs/performance.md as it is), BENCH_EARLIER (an earlier run's results.json: its
// figures for this build go beside these in the docs' table).
//
// Layout: browser.mjs (what the measures share: chromium, the server, the deep link),
// page-timing.mjs (the page-side probes), report.mjs (printing, results.json, the docs'
// table), and one file per measure in measures/, run here in the order of their numbers.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOADS, ROOT, serve } from './browser.mjs';
import { setBuild, writeDocsTable, writeResults } from './report.mjs';
import { wasmSize } from './measures/wasm-size.mjs';
import { bytesBefore } from './measures/bytes-before.mjs';
import { coldLoadsAgainstCounter } from './measures/cold-loads.mjs';
import { queries } from './measures/typeahead.mjs';
import { measurePage, reportInteraction, reportMemory } from './measures/page.mjs';
import { reportDecode } from './measures/decode.mjs';
import { tenfoldDataset } from './measures/tenfold.mjs';
import { lighthouseDemo } from './measures/lighthouse.mjs';
import { repeatVisits } from './measures/repeat-visit.mjs';
import { swapLongTasks } from './measures/swap-long-tasks.mjs';
import { lazyInstance, portalPage } from './measures/portal.mjs';
import { areaSwitch } from './measures/area-switch.mjs';

export { coldLoads } from './measures/cold-loads.mjs';
export { typeahead, queries } from './measures/typeahead.mjs';
export { pairChanges } from './measures/pair-changes.mjs';
export { measurePage } from './measures/page.mjs';
export { decodeSteady } from './measures/decode.mjs';

function trunkBuild(dir) {
  execFileSync('trunk', ['build', '--release'], { cwd: dir, stdio: 'inherit' });
}

const quiet = (cmd, args) => {
  try {
    return execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};

/** The run's date, machine and builds, for results.json and the docs' table. */
function runContext(dist, previous) {
  const cpu = os.cpus()[0]?.model ?? process.arch;
  const chromium = quiet('/usr/bin/chromium', ['--version']);
  const commit = quiet('git', ['log', '-1', '--format=%h %s']).slice(0, 72);
  const dirty = quiet('git', ['status', '--porcelain', '--untracked-files=no']) ? ' (with uncommitted changes)' : '';
  return {
    date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    machine: `${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${chromium || 'chromium'}, load average ${os.loadavg()[0].toFixed(1)} at the start`,
    loads: LOADS,
    thisBuild: dist === path.join(ROOT, 'dist') ? `${commit}${dirty}` : dist,
    previousBuild: previous,
  };
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
  const previous = process.env.BENCH_PREVIOUS;
  const context = runContext(dist, previous);
  console.log(`\ncareer-compare benchmark, ${context.date}, ${context.machine}`);

  if (previous) {
    console.log(`\n== the previous build (${previous}): measures 1, 2, 4, 5, 11 and 12 (3 and 10 come interleaved with this build's)`);
    setBuild('previous');
    await wasmSize(previous, path.join(counterDir, 'dist'));
    const prev = await serve(previous);
    await bytesBefore(prev.url, previous);
    const prevQs = await queries(path.join(previous, 'data'));
    reportInteraction(await measurePage(prev.url, prevQs), prevQs);
    await swapLongTasks(prev.url);
    await prev.close();
    await portalPage(previous, { lighthouse: false });
    console.log(`\n== this build (${dist})`);
    setBuild('this');
  }

  // 1. wasm size against Yew's counter.
  await wasmSize(dist, path.join(counterDir, 'dist'));
  const srv = await serve(dist);
  // 2. Bytes before a deep-linked comparison is visible.
  await bytesBefore(srv.url, dist);
  // 3. Cold loads, with their long tasks: the previous build's (if any) interleaved with these.
  const prevSrv = previous ? await serve(previous) : null;
  await coldLoadsAgainstCounter([...(prevSrv ? [{ build: 'previous', url: prevSrv.url }] : []), { build: 'this', url: srv.url }],
    path.join(counterDir, 'dist'));
  await prevSrv?.close();
  // 4–7: typeahead, re-render on pair change, decoding, memory.
  const qs = await queries(path.join(dist, 'data'));
  const real = await measurePage(srv.url, qs);
  reportInteraction(real, qs);
  // 11. Long tasks during a swap.
  await swapLongTasks(srv.url);
  await reportDecode(real, decodeDir, dist);
  reportMemory(real);
  // 14. Local pay: the area files' sizes, and the area switch.
  await areaSwitch(srv.url, dist);
  await srv.close();
  // 10. Repeat visits with a CDN's cache headers (the previous build's taking turns with these).
  await repeatVisits([...(previous ? [{ build: 'previous', dist: previous }] : []), { build: 'this', dist }],
    path.join(counterDir, 'dist'));
  // 12 and 13. The portal page with two instances, and a lazy instance below the fold.
  await portalPage(dist, { lighthouse: !process.env.BENCH_SKIP_LIGHTHOUSE });
  await lazyInstance(dist);
  // 8. Items 3 and 4 on a synthetic dataset ten times the real one.
  await tenfoldDataset(dist, qs);
  // 9. Lighthouse, mobile preset (its default), on the demo page.
  if (!process.env.BENCH_SKIP_LIGHTHOUSE) await lighthouseDemo(dist);

  await writeResults(context);
  if (!process.env.BENCH_NO_DOCS) await writeDocsTable(context);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
