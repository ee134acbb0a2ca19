// The preload protocol has one copy, in the embed loader (src/embed/career-compare.js); the
// demo page's inline script is made from it at build time (tools/page-preload.mjs). These
// check that the built page carries exactly that script, and that the loader's SOC-code check
// agrees with the widget's (career_schema::is_soc_code) on the same cases (tests/soc-codes.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DIST, ROOT } from './harness.mjs';
import { LOADER, pageScript, protocol } from '../../tools/page-preload.mjs';

const loader = await readFile(LOADER, 'utf8');
const cases = JSON.parse(await readFile(path.join(ROOT, 'tests/soc-codes.json'), 'utf8'));

/** The loader's protocol part, evaluated with `location` standing in for the page's. */
function evaluate(location) {
  // eslint-disable-next-line no-new-func
  return new Function('location', `${protocol(loader)}; return { SOC_CODE, firstFiles };`)(location);
}

test('the built demo page inlines the preload script made from the embed loader', async () => {
  const html = await readFile(path.join(DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  assert.equal(scripts.length, 1, 'one classic inline script');
  assert.equal(scripts[0], pageScript(loader));
  // and it comes first: before the stylesheets and the widget's own loader
  assert.ok(html.indexOf('<script>') < html.indexOf('<link rel="stylesheet"'), 'before the stylesheets');
  assert.ok(html.indexOf('<script>') < html.indexOf('<script type="module">'), 'before the widget loader');
});

test("the loader's SOC-code check gives career_schema::is_soc_code's answers", () => {
  const { SOC_CODE } = evaluate({ search: '', href: 'https://portal.test/' });
  for (const code of cases.valid) assert.ok(SOC_CODE.test(code), JSON.stringify(code));
  for (const code of cases.invalid) assert.ok(!SOC_CODE.test(code), JSON.stringify(code));
});

test('the files preloaded for a pair: the index and the well-formed codes, the URL first with URL sync', () => {
  const page = { search: '?a=15-1252&b=nope', href: 'https://portal.test/jobs/?a=15-1252&b=nope' };
  const { firstFiles } = evaluate(page);
  assert.deepEqual(firstFiles({ dataset: 'https://cdn.test/data', a: ' 13-2072 ', b: '13-2072', syncUrl: false }), [
    'https://cdn.test/data/index.json',
    'https://cdn.test/data/professions/13-2072.json',
  ]);
  // the demo page's call: data/ next to the page, the pair in its URL
  assert.deepEqual(firstFiles({ dataset: 'data/', a: '', b: '', syncUrl: true }), [
    'https://portal.test/jobs/data/index.json',
    'https://portal.test/jobs/data/professions/15-1252.json',
  ]);
});
