// 6. Decoding the dataset files: the widget's own measures, and the same decoders in a
// module of their own, both against JSON.parse.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fresh, serve } from '../browser.mjs';
import { ms, report } from '../report.mjs';

/**
 * The widget's decoders (tools/bench/decode: career-schema's decode_* in a module of their own,
 * same profile and wasm-opt) timed over the same bytes many times, against JSON.parse of the
 * same text: first call and median of the rest, both in one fresh page.
 */
export async function decodeSteady(decodeDir, dist) {
  const dir = await mkdtemp(path.join(tmpdir(), 'cc-bench-decode-'));
  await cp(path.join(decodeDir, 'dist'), dir, { recursive: true });
  await cp(path.join(dist, 'data'), path.join(dir, 'data'), { recursive: true });
  const srv = await serve(dir);
  const { ctx, done } = await fresh();
  const page = ctx.pages()[0] || (await ctx.newPage());
  await page.goto(srv.url);
  await page.waitForFunction(() => window.wasmBindings !== undefined, null, { timeout: 60000 });
  const out = await page.evaluate(async () => {
    // one cold (first) call, then RUNS - 1 warm samples; performance.now() has a 0.1 ms
    // resolution here, so each warm sample is a batch: the same call repeated until at
    // least BATCH_MS have passed, divided by the count (the same for both).
    const RUNS = 21;
    const BATCH_MS = 20;
    const get = async (f) => new Uint8Array(await (await fetch(`data/${f}`)).arrayBuffer());
    const bind = window.wasmBindings;
    const files = [
      ['index.json', (b) => bind.decode_index(b)],
      ['professions/13-2072.json', (b) => bind.decode_profession('13-2072', b)],
      ['professions/43-4131.json', (b) => bind.decode_profession('43-4131', b)],
      ['titles.json', (b) => bind.decode_titles(b)],
    ];
    const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const batch = (f) => {
      const t0 = performance.now();
      let n = 0;
      let t;
      do {
        f();
        n += 1;
        t = performance.now() - t0;
      } while (t < BATCH_MS);
      return t / n;
    };
    const rows = [];
    for (const [file, decode] of files) {
      // titles.json is checked against the index: kept beforehand, not timed
      if (file === 'titles.json' && !bind.keep_index(await get('index.json'))) throw new Error('index.json did not decode');
      const bytes = await get(file);
      const text = new TextDecoder().decode(bytes);
      const parse = [];
      const wasm = [];
      let t0 = performance.now();
      JSON.parse(text);
      parse.push(performance.now() - t0);
      t0 = performance.now();
      if (!decode(bytes)) throw new Error(`${file} did not decode`);
      wasm.push(performance.now() - t0);
      for (let i = 1; i < RUNS; i++) {
        parse.push(batch(() => JSON.parse(text)));
        wasm.push(batch(() => {
          if (!decode(bytes)) throw new Error(`${file} did not decode`);
        }));
      }
      rows.push({
        file, runs: RUNS, parseFirst: parse[0], parse: med(parse.slice(1)), wasmFirst: wasm[0], wasm: med(wasm.slice(1)),
        parseMin: Math.min(...parse.slice(1)), wasmMin: Math.min(...wasm.slice(1)),
      });
    }
    return rows;
  });
  await done();
  await srv.close();
  await rm(dir, { recursive: true, force: true });
  return out;
}

/** Reports 6 from `real` (measurePage's result) and from decodeSteady over `decodeDir`'s build and `dist`'s data. */
export async function reportDecode(real, decodeDir, dist) {
  for (const d of real.decode) {
    const file = d.name.replace('career-compare:decode ', '');
    const r = d.duration / real.parse[file];
    report(`6. decode ${file}: widget / JSON.parse`, `${ms(d.duration)} / ${ms(real.parse[file])} = ${r.toFixed(2)}x`,
      `budget ≤ 1.0x: ${r <= 1 ? 'met' : 'NOT met'}`);
  }
  if (!real.decode.length) report('6. decode', 'no career-compare:decode measures recorded by the widget');
  for (const r of await decodeSteady(decodeDir, dist)) {
    report(`6. decode ${r.file}, same decoder in its own module: first call / median of ${r.runs - 1} warm batches vs JSON.parse first / median`,
      `${ms(r.wasmFirst)} / ${ms(r.wasm)} vs ${ms(r.parseFirst)} / ${ms(r.parse)} = ${(r.wasm / r.parse).toFixed(2)}x`,
      `budget ≤ 1.0x: ${r.wasm <= r.parse ? 'met' : 'NOT met'}`);
  }
}
