// 8. Items 3 and 4 on a synthetic dataset ten times the real one.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from '../browser.mjs';
import { median, ms, quantile, report } from '../report.mjs';
import { coldLoads } from './cold-loads.mjs';
import { measurePage } from './page.mjs';

/** A dataset ten times the real one, made from it: every profession and title ten times. */
async function tenfold(dist) {
  const dir = await mkdtemp(path.join(tmpdir(), 'cc-bench-10x-'));
  await cp(dist, dir, { recursive: true });
  const data = path.join(dir, 'data');
  const index = JSON.parse(await readFile(path.join(data, 'index.json'), 'utf8'));
  const titles = JSON.parse(await readFile(path.join(data, 'titles.json'), 'utf8'));
  const profs = [];
  const tps = [];
  const byCode = new Map(titles.professions.map((t) => [t.code, t]));
  let n = 0;
  for (let k = 0; k < 10; k++) {
    for (const p of index.professions) {
      // Copy 0 keeps the real codes (so the deep link works); copies 1–9 get codes 10-0000…
      const code = k === 0 ? p.code : `${String(10 + Math.floor(n / 10000)).padStart(2, '0')}-${String(n % 10000).padStart(4, '0')}`;
      if (k > 0) n++;
      const suffix = k === 0 ? '' : ` ${['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][k]}`;
      profs.push({ ...p, code, title: p.title + suffix });
      const t = byCode.get(p.code);
      if (t) tps.push({ ...t, code, alternate: t.alternate.map((s) => s + suffix), reported: t.reported.map((s) => s + suffix) });
    }
  }
  const usedCodes = new Set(index.professions.map((p) => p.code));
  profs.sort((a, b) => a.code.localeCompare(b.code));
  tps.sort((a, b) => a.code.localeCompare(b.code));
  // The synthetic codes 10-xxxx must not collide with real ones.
  if (profs.some((p, i) => i > 0 && p.code === profs[i - 1].code)) throw new Error('code collision');
  await writeFile(path.join(data, 'index.json'), JSON.stringify({ ...index, professions: profs }));
  await writeFile(path.join(data, 'titles.json'), JSON.stringify({ ...titles, professions: tps }));
  return { dir, count: profs.length, realCodes: usedCodes.size };
}

/** Reports cold loads and typeahead (over `qs`) on a tenfold copy of `dist`'s dataset. */
export async function tenfoldDataset(dist, qs) {
  const big = await tenfold(dist);
  const srv10 = await serve(big.dir);
  const { painted: t10 } = await coldLoads(srv10.url, 1);
  report(`8. 10x dataset (${big.count} professions): first comparison on screen median / max`, `${ms(median(t10))} / ${ms(Math.max(...t10))}`);
  const big10 = await measurePage(srv10.url, qs);
  const p95x = quantile(big10.keys, 0.95);
  report('8. 10x dataset: typeahead p50 / p95', `${ms(median(big10.keys))} / ${ms(p95x)}`,
    `budget p95 ≤ 16 ms: ${p95x <= 16 ? 'met' : 'NOT met'}`);
  await srv10.close();
  await rm(big.dir, { recursive: true, force: true });
}
