// The benchmark's reporting: each result printed as it comes (name, value, budget verdict)
// and kept for tools/bench/out/results.json and for the table of docs/performance.md, and the
// units and statistics it prints in.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from './browser.mjs';

const results = [];
// which build the results reported now belong to: 'this' or 'previous' (BENCH_PREVIOUS)
let build = 'this';
export const setBuild = (b) => { build = b; };

/**
 * Prints and keeps one result. `budget`, when the figure has one: `budget(label, ok)`'s
 * verdict, or a plain note.
 */
export const report = (name, value, budget) => {
  results.push({ build, name, value, budget });
  console.log(`${build === 'previous' ? '[previous build] ' : ''}${name}: ${value}${budget ? `   [${budget}]` : ''}`);
};

/** A budget's verdict as printed: "budget <label>: met" or "budget <label>: NOT met". */
export const budget = (label, ok) => `budget ${label}: ${ok ? 'met' : 'NOT met'}`;

/** Writes every result reported so far to tools/bench/out/results.json, with the run's context. */
export async function writeResults(context) {
  await mkdir(path.join(ROOT, 'tools/bench/out'), { recursive: true });
  await writeFile(path.join(ROOT, 'tools/bench/out/results.json'), JSON.stringify({ ...context, results }, null, 2));
  console.log('\nwrote tools/bench/out/results.json');
}

export const DOCS = path.join(ROOT, 'docs/performance.md');
const BEGIN = '<!-- bench:current-figures:begin (written by tools/bench/run.mjs; do not edit) -->';
const END = '<!-- bench:current-figures:end -->';
const cell = (s) => String(s ?? '').replaceAll('|', '\\|');

/**
 * Writes the current figures into docs/performance.md between its markers: the date, the
 * machine and how the run was made, then one row per measure with this build's and the
 * previous build's figures side by side and this build's budget verdict.
 */
export async function writeDocsTable(context) {
  const text = await readFile(DOCS, 'utf8');
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) {
    console.log(`\n${path.relative(ROOT, DOCS)} has no current-figures markers: table not written`);
    return;
  }
  // a result's key: its name and which time that name came in its build (the sub-rows of the
  // 1x and 4x cold loads share their names)
  const keyed = (list, build) => {
    const seen = new Map();
    return list.filter((r) => r.build === build).map((r) => {
      seen.set(r.name, (seen.get(r.name) ?? 0) + 1);
      return [`${r.name}#${seen.get(r.name)}`, r];
    });
  };
  const previous = new Map(keyed(results, 'previous'));
  // BENCH_EARLIER=<an earlier run's results.json>: that run's figures for this build beside these
  const earlierRun = process.env.BENCH_EARLIER ? JSON.parse(await readFile(process.env.BENCH_EARLIER, 'utf8')) : null;
  const earlier = new Map(keyed(earlierRun?.results ?? [], 'this'));
  const rows = keyed(results, 'this').map(([key, r]) => {
    const name = r.name.trim();
    const sub = r.name.startsWith(' ');
    const again = earlierRun ? ` ${cell(earlier.get(key)?.value ?? '')} |` : '';
    return `| ${sub ? '↳ ' : ''}${cell(name)} | ${cell(r.value)} |${again} ${cell(previous.get(key)?.value ?? '')} | ${cell(r.budget)} |`;
  });
  const lines = [
    BEGIN,
    '',
    `Measured ${context.date} on ${context.machine}; ${context.loads} cold loads per setting. ` +
      `This build: ${context.thisBuild}. Previous build: ${context.previousBuild ?? 'not measured in this run'}.` +
      (earlierRun ? ` "Earlier run": this build's figures from a run started ${earlierRun.date}.` : ''),
    '',
    `| measure | this build |${earlierRun ? ' earlier run |' : ''} previous build | budget (this build) |`,
    `|---|---|${earlierRun ? '---|' : ''}---|---|`,
    ...rows,
    '',
    END,
  ];
  await writeFile(DOCS, text.slice(0, start) + lines.join('\n') + text.slice(end + END.length));
  console.log(`wrote the current figures into ${path.relative(ROOT, DOCS)}`);
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

/**
 * Long tasks (`{ start, duration }` from a `longtask` PerformanceObserver) as printed: the
 * longest, and the total blocking time (the part of each over 50 ms, summed).
 */
export const blocking = (tasks) => ({
  longest: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
  tbt: tasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0),
});
/** A longest task as printed: "none over 50 ms" when the observer saw none. */
export const longestText = (ms_) => (ms_ > 0 ? ms(ms_) : 'none over 50 ms');
