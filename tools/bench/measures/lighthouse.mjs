// 9. Lighthouse, mobile preset (its default), on the demo page (and, from measures/portal.mjs,
// on the portal page).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEEP_LINK, ROOT, serve } from '../browser.mjs';
import { budget, report } from '../report.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../chromium.mjs';

/** Reports Lighthouse's performance and accessibility scores for the deep link on `dist`. */
export async function lighthouseDemo(dist) {
  const srvL = await serve(dist);
  await lighthouse(srvL.url + DEEP_LINK, '9. Lighthouse');
  await srvL.close();
}

/** Reports Lighthouse's performance and accessibility scores (mobile preset) for `url`, as `label`. */
export async function lighthouse(url, label) {
  const out = path.join(await mkdtemp(path.join(tmpdir(), 'cc-lh-')), 'lh.json');
  const profile = await mkdtemp(path.join(tmpdir(), 'cc-lh-profile-'));
  // Asynchronous: the static server answering lighthouse runs in this same process.
  const status = await new Promise((resolve) => spawn(path.join(ROOT, 'tools/bench/node_modules/.bin/lighthouse'), [
    url, '--only-categories=performance,accessibility', '--output=json',
    `--output-path=${out}`, '--quiet',
    // (lighthouse's own launcher needs the new headless mode; plain --headless closes the target)
    `--chrome-flags=${[...CHROMIUM_ARGS.map((a) => (a === '--headless' ? '--headless=new' : a)), `--user-data-dir=${profile}`].join(' ')}`,
  ], { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, stdio: 'inherit' }).on('exit', resolve));
  if (status === 0) {
    const lh = JSON.parse(await readFile(out, 'utf8'));
    const perf = Math.round(lh.categories.performance.score * 100);
    const a11y = Math.round(lh.categories.accessibility.score * 100);
    const audit = (id) => lh.audits[id]?.displayValue ?? 'n/a';
    report(`${label} mobile performance`, `${perf} (TBT ${audit('total-blocking-time')}, LCP ${audit('largest-contentful-paint')}, CLS ${audit('cumulative-layout-shift')})`,
      budget('≥ 95', perf >= 95));
    report(`${label} accessibility`, String(a11y), budget('100', a11y === 100));
  } else {
    report(label, `failed (exit ${status})`);
  }
}
