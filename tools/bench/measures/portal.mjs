// 12 and 13. The portal page (examples/embed.html, two <career-compare> instances, the widget's
// files from another origin as from a CDN), a lazy instance below the fold.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LOADS, ROOT, fresh, probedPage, serve } from '../browser.mjs';
import { LONGTASK_PROBE, settledAt } from '../page-timing.mjs';
import { blocking, budget, kb, longestText, median, ms, report } from '../report.mjs';
import { lighthouse } from './lighthouse.mjs';

const PLACEHOLDER = 'http://127.0.0.1:8081/';
const INSTANCES = ['finance', 'health'];

// Installed before any page script: for each <career-compare> (by id), when its comparison
// (heading and first table) is first in its shadow root (`dom`), when the frame showing it has been rendered
// (`painted`, as VISIBLE_PROBE) and when every table is in (`complete`).
const INSTANCE_PROBE = () => {
  window.__ccInstances = {};
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attachShadow(init) {
    const root = attach.call(this, init);
    const host = this;
    const rec = {};
    const check = () => {
      window.__ccInstances[host.id || 'unnamed'] = rec;
      if (rec.dom === undefined && root.querySelector('.cc-compared table') && [...root.querySelectorAll('h2')].some((e) => / vs /.test(e.textContent || ''))) {
        rec.dom = performance.now();
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => { rec.painted = performance.now(); };
          ch.port2.postMessage(0);
        });
      }
      if (rec.complete === undefined && root.querySelector('.cc-compared[aria-busy="false"]')) rec.complete = performance.now();
    };
    new MutationObserver(check).observe(root, {
      subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-busy'],
    });
    return root;
  };
};
const allPainted = (ids) => `() => ${JSON.stringify(ids)}.every((id) => window.__ccInstances[id]?.painted !== undefined && window.__ccInstances[id]?.complete !== undefined)`;

/**
 * The portal's two servers, as a portal embeds the widget: the assets (`dist`) with CORS, and
 * the page's folder (examples/, or `pagesDir`) with dist's dataset at /data/ (the second
 * instance's own dataset) and the loader's placeholder URL pointing at the assets.
 */
async function servePortal(dist, pagesDir = path.join(ROOT, 'examples')) {
  const assets = await serve(dist, { headers: { 'access-control-allow-origin': '*' } });
  const pages = await serve(pagesDir, {
    mounts: { '/data/': path.join(dist, 'data'), '/examples/': path.join(ROOT, 'examples') },
    transform: (file, body) => (file.endsWith('.html') ? Buffer.from(body.toString().replaceAll(PLACEHOLDER, assets.url)) : body),
  });
  return { assets, pages, close: async () => { await pages.close(); await assets.close(); } };
}

/** Cold loads of examples/embed.html: each instance's first comparison on screen, and the long tasks. */
export async function portalPage(dist, { lighthouse: withLighthouse = true } = {}) {
  const srv = await servePortal(dist);
  for (const throttle of [1, 4]) {
    const first = Object.fromEntries(INSTANCES.map((id) => [id, []]));
    const longest = [];
    const tbt = [];
    for (let i = 0; i < LOADS; i++) {
      const { ctx, done } = await fresh();
      const { page, cdp } = await probedPage(ctx, [[LONGTASK_PROBE], [INSTANCE_PROBE]], throttle);
      await page.goto(`${srv.pages.url}embed.html`, { waitUntil: 'commit' });
      const { longTasks } = await settledAt(cdp, allPainted(INSTANCES));
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__ccInstances', returnByValue: true });
      for (const id of INSTANCES) first[id].push(result.value[id]?.painted ?? NaN);
      const b = blocking(longTasks);
      longest.push(b.longest);
      tbt.push(b.tbt);
      await done();
    }
    report(`12. portal page (examples/embed.html), ${LOADS} cold loads, CPU ${throttle}x: first comparison on screen, median: ${INSTANCES.join(' / ')}`,
      INSTANCES.map((id) => ms(median(first[id]))).join(' / '));
    report(`   (portal page, CPU ${throttle}x: longest main-thread task median / max; total blocking time median)`,
      `${longestText(median(longest))} / ${longestText(Math.max(...longest))}; ${ms(median(tbt))}`,
      throttle === 4 ? budget('no task over 50 ms at 4x (median load)', median(longest) === 0) : '');
  }
  if (withLighthouse) await lighthouse(`${srv.pages.url}embed.html`, '12. portal page: Lighthouse');
  await srv.close();
}

/**
 * Whether the <career-compare> loader in `dist` supports `loading="lazy"`: it names the
 * attribute (the loader of issue 20's time has no string 'loading').
 */
async function supportsLazy(dist) {
  const loader = await readFile(path.join(dist, 'career-compare.js'), 'utf8');
  return /['"]loading['"]/.test(loader);
}

/**
 * 13. A lazy instance below the fold: the bytes requested before scrolling (with one instance
 * above the fold), and from scrolling it into view to its comparison on screen.
 */
export async function lazyInstance(dist) {
  if (!(await supportsLazy(dist))) {
    report('13. lazy instance below the fold', 'skipped: this build\'s <career-compare> does not read a loading="lazy" attribute (issue 20 adds it)');
    return;
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'cc-bench-lazy-'));
  await writeFile(path.join(dir, 'lazy.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <title>A lazy instance</title><script type="module" src="${PLACEHOLDER}career-compare.js"></script></head>
    <body><main><h1>Above the fold</h1>
    <career-compare id="top" a="13-2072" b="43-4131"></career-compare>
    <div style="height: 4000px"></div>
    <career-compare id="lazy" loading="lazy" a="29-1141" b="25-2021"></career-compare>
    </main></body></html>`);
  const srv = await servePortal(dist, dir);
  const { ctx, done } = await fresh();
  const { page, cdp } = await probedPage(ctx, [[INSTANCE_PROBE]]);
  await page.goto(`${srv.pages.url}lazy.html`, { waitUntil: 'commit' });
  await settledAt(cdp, allPainted(['top']));
  const bytes = [...srv.assets.served, ...srv.pages.served].reduce((s, f) => s + (f.gz ?? f.raw), 0);
  const lazyFiles = srv.assets.served.filter((f) => /29-1141|25-2021/.test(f.file)).length;
  const shown = await page.evaluate(async () => {
    const t0 = performance.now();
    document.getElementById('lazy').scrollIntoView();
    for (let i = 0; i < 3000 && window.__ccInstances.lazy?.painted === undefined; i++) await new Promise((r) => setTimeout(r, 5));
    return (window.__ccInstances.lazy?.painted ?? NaN) - t0;
  });
  report('13. lazy instance below the fold: bytes requested before scrolling (gzip); scrolled into view to its comparison on screen',
    `${kb(bytes)} (its profession files requested before scrolling: ${lazyFiles}); ${ms(shown)}`);
  await done();
  await srv.close();
  await rm(dir, { recursive: true, force: true });
}
