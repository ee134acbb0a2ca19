// The benchmark's reporting: each result printed as it comes (name, value, budget verdict)
// and kept for tools/bench/out/results.json, and the units and statistics it prints in.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from './browser.mjs';

const results = [];
export const report = (name, value, budget) => {
  results.push({ name, value, budget });
  console.log(`${name}: ${value}${budget ? `   [${budget}]` : ''}`);
};

/** Writes every result reported so far to tools/bench/out/results.json. */
export async function writeResults() {
  await mkdir(path.join(ROOT, 'tools/bench/out'), { recursive: true });
  await writeFile(path.join(ROOT, 'tools/bench/out/results.json'), JSON.stringify(results, null, 2));
  console.log('\nwrote tools/bench/out/results.json');
}

export const gzip = (b) => zlib.gzipSync(b, { level: 9 }).length;
export const brotli = (b) => zlib.brotliCompressSync(b, {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
}).length;
export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
export const ms = (n) => `${n.toFixed(2)} ms`;
export const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
export const median = (xs) => quantile(xs, 0.5);
