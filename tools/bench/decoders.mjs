// The decoder experiment behind docs/performance.md's "serde_json, not a leaner decoder" decision:
// index.json and titles.json decoded (no validation) into the same mirror types by serde_json,
// nanoserde and miniserde (tools/bench/decode/src/alternatives.rs), timed in headless chromium
// against JSON.parse, plus each decoder's own .wasm size. Prints numbers; asserts nothing.
// Run: node tools/bench/decoders.mjs (builds with trunk; needs the tools `tools/run setup` installs)
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromium } from '../chromium.mjs';
import { serve } from './browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIR = path.join(ROOT, 'tools/bench/decode');
const DECODERS = ['serde_json', 'nanoserde', 'miniserde'];
const tmp = await mkdtemp(path.join(tmpdir(), 'cc-decoders-'));
const build = (dist, args) => execFileSync('trunk', ['build', '--release', '--dist', dist, ...args], { cwd: DIR, stdio: 'inherit' });
const wasmSize = async (dist) => {
  const b = await readFile(path.join(dist, (await readdir(dist)).find((f) => f.endsWith('.wasm'))));
  return `${(b.length / 1024).toFixed(1)} KB raw, ${(zlib.gzipSync(b, { level: 9 }).length / 1024).toFixed(1)} KB gzip`;
};

for (const d of DECODERS) {
  build(path.join(tmp, d), ['--no-default-features', '--features', `alt-${d}`]);
  console.log(`${d}: .wasm decoding index.json and titles.json alone: ${await wasmSize(path.join(tmp, d))}`);
}
const all = path.join(tmp, 'all');
build(all, ['--no-default-features', '--features', 'alternatives']);
await cp(path.join(ROOT, 'data'), path.join(all, 'data'), { recursive: true });
const srv = await serve(all);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS,
});
for (const dec of [...DECODERS, 'JSON.parse']) {
  // a fresh page per decoder: each one's first call is cold
  const page = await browser.newPage();
  await page.goto(srv.url);
  await page.waitForFunction(() => window.wasmBindings !== undefined, null, { timeout: 60000 });
  const r = await page.evaluate(async (dec) => {
    const out = [];
    for (const [file, fn] of [['index.json', 'alt_index'], ['titles.json', 'alt_titles']]) {
      const b = new Uint8Array(await (await fetch(`data/${file}`)).arrayBuffer());
      const text = new TextDecoder().decode(b);
      const t = [];
      for (let i = 0; i < 21; i++) {
        const t0 = performance.now();
        const n = dec === 'JSON.parse' ? JSON.parse(text).professions.length : window.wasmBindings[fn](dec, b);
        t.push(performance.now() - t0);
        if (!n) throw new Error(`${dec} could not decode ${file}`);
      }
      const rest = t.slice(1).sort((x, y) => x - y);
      out.push(`${file} first ${t[0].toFixed(1)} ms, median ${rest[10].toFixed(2)} ms`);
    }
    return out.join('; ');
  }, dec);
  console.log(`${dec}: ${r}`);
  await page.close();
}
await browser.close();
await srv.close();
await rm(tmp, { recursive: true, force: true });
