// 1. The widget's .wasm size against Yew's counter's.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotli, gzip, kb, report } from '../report.mjs';

async function wasmIn(dist) {
  const f = (await readdir(dist)).find((n) => n.endsWith('.wasm'));
  return readFile(path.join(dist, f));
}

/** Reports the widget's (in `dist`) and the counter's (in `counterDist`) .wasm sizes and their ratio. */
export async function wasmSize(dist, counterDist) {
  const w = await wasmIn(dist);
  const c = await wasmIn(counterDist);
  report('1. widget .wasm raw / gzip / brotli', `${kb(w.length)} / ${kb(gzip(w))} / ${kb(brotli(w))}`);
  report('1. counter .wasm raw / gzip / brotli', `${kb(c.length)} / ${kb(gzip(c))} / ${kb(brotli(c))}`);
  const ratio = gzip(w) / gzip(c);
  // a figure, not a budget since issue 21 (2.0x is out of reach of a Yew widget doing this much)
  report('1. wasm gzip ratio widget/counter', `${ratio.toFixed(2)}x`);
}
