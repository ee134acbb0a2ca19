// Trunk post-build hook (Trunk.toml): in release builds, minifies the wasm-bindgen JS glue and
// the <career-compare> loader with terser and strips comments and indentation from the
// widget's stylesheet, then updates the Subresource Integrity hashes index.html carries for
// them, and drops index.html's comments. Fewer bytes before a comparison shows (the
// performance budget); debug builds are left readable.
//
// The stylesheet is not given to a CSS minifier: Trunk's (lightningcss) rewrites light-dark()
// into variables that the embedded widget's :host colour scheme does not set.
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const require = createRequire(new URL('node/package.json', import.meta.url));
const { minify } = require('terser');
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');

const GLUE = 'career-compare-app.js';
// (the demo page's inline preload script is made from the loader's source, before the build)
const LOADER = 'career-compare.js';
const STYLESHEET = 'career-compare.css';

/** CSS without comments, indentation or blank lines (strings in it have no comment marks). */
function compactCss(css) {
  if (/content\s*:/.test(css)) throw new Error(`${STYLESHEET} has content strings; check them before stripping comments`);
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const changed = new Map();
for (const file of [GLUE, LOADER]) {
  const js = await readFile(path.join(dir, file), 'utf8');
  const { code } = await minify(js, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  changed.set(file, { before: js, after: code });
}
const css = await readFile(path.join(dir, STYLESHEET), 'utf8');
changed.set(STYLESHEET, { before: css, after: compactCss(css) });

let html = await readFile(path.join(dir, 'index.html'), 'utf8');
for (const [file, { before, after }] of changed) {
  await writeFile(path.join(dir, file), after);
  const [old, now] = [sri(before), sri(after)];
  // Trunk's hash of the file as it wrote it, wherever index.html references the file
  if (html.includes(old)) html = html.replaceAll(old, now);
  else if (new RegExp(`${file}"[^>]*integrity=`).test(html)) throw new Error(`index.html's integrity for ${file} is not Trunk's sha384 of it`);
  console.log(`minify-release: ${file} ${before.length} → ${after.length} bytes`);
}
// the page's comments are for its source (index.html), not for every visitor's download
html = html.replace(/<!--[\s\S]*?-->\s*/g, '');
await writeFile(path.join(dir, 'index.html'), html);
