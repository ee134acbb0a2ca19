// Trunk pre_build hook (Trunk.toml): writes target/generated/page-preload.js, the demo page's
// inline script (index.html inlines it), from the preload protocol's one copy in the
// `<career-compare>` loader (src/embed/career-compare.js, between `// preload:start` and
// `// preload:end`). Inline rather than a module: the page's requests start while it is still
// being parsed, before the stylesheets. tests/browser/preload.test.mjs checks that the built
// index.html carries exactly this script.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const LOADER = path.join(ROOT, 'src/embed/career-compare.js');
export const OUTPUT = path.join(ROOT, 'target/generated/page-preload.js');

/** The loader's lines between `// preload:start` and `// preload:end`. */
export function protocol(loader) {
  const m = loader.match(/^\/\/ preload:start\n([\s\S]*?)^\/\/ preload:end$/m);
  if (!m) throw new Error('src/embed/career-compare.js has no // preload:start ... // preload:end part');
  return m[1];
}

/**
 * `js` without its whole-line comments (`//` lines and `/** … *\/` blocks), indentation or
 * blank lines: the demo page's HTML is on the path to the first comparison (the bytes budget),
 * and these comments were half the inline script's bytes. Comments after code are kept.
 */
export function compact(js) {
  let inBlock = false;
  return js.split('\n').map((line) => line.trim()).filter((line) => {
    if (inBlock) {
      inBlock = !line.endsWith('*/');
      return false;
    }
    if (line.startsWith('/*')) {
      inBlock = !line.endsWith('*/');
      return false;
    }
    return line !== '' && !line.startsWith('//');
  }).join('\n');
}

/** The demo page's inline script, made from the loader's source. */
export function pageScript(loader) {
  return `${compact(fullScript(loader))}\n`;
}

/** The inline script with its comments, as written. */
function fullScript(loader) {
  const indented = protocol(loader).replace(/^(?=.)/gm, '  ');
  return `{
  // The wasm, compiled while it downloads; the loader Trunk puts below (Trunk.toml
  // pattern_script) instantiates this module, or fetches the file itself if it failed.
  window.careerCompareWasm = WebAssembly.compileStreaming(fetch('career-compare-app_bg.wasm'))
    .catch(() => undefined);
${indented}
  // The page's own widget (#career-compare): data/ and the pair in the page URL.
  preload({ dataset: 'data/', a: '', b: '', syncUrl: true });
}
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const script = pageScript(await readFile(LOADER, 'utf8'));
  const old = await readFile(OUTPUT, 'utf8').catch(() => null);
  // written only when it changes, so `trunk serve` does not see a change on every build
  if (old !== script) {
    await mkdir(path.dirname(OUTPUT), { recursive: true });
    await writeFile(OUTPUT, script);
  }
}
