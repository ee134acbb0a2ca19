// The npm package (dist/ after `trunk build --release`, see docs/embedding.md): `npm pack`
// makes a tarball; installed into a scratch folder it serves a plain page that imports the
// element by package name through an import map; its types check a portal's TypeScript with
// `tsc --noEmit`; its Custom Elements Manifest agrees with the loader, the stylesheet and the
// parts in the markup.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT, DIST, serveStatic, launch, watchErrors } from './harness.mjs';

const run = promisify(execFile);
const NODE_BIN = path.join(ROOT, 'tools/node/node_modules/.bin');
let scratch; // the portal's folder, with the package installed
let tarball;
let server;
let browser;

before(async () => {
  const out = await mkdtemp(path.join(tmpdir(), 'cc-pack-'));
  const { stdout } = await run('npm', ['pack', DIST, '--pack-destination', out, '--json']);
  const [packed] = JSON.parse(stdout);
  tarball = { path: path.join(out, packed.filename), files: packed.files.map((f) => f.path) };
  scratch = await mkdtemp(path.join(tmpdir(), 'cc-portal-'));
  await writeFile(path.join(scratch, 'package.json'), JSON.stringify({ name: 'portal', private: true, type: 'module' }));
  // a local tarball without dependencies: nothing is fetched from the registry
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball.path], { cwd: scratch });
  await writeFile(path.join(scratch, 'index.html'), `<!doctype html><html lang="en"><head>
    <meta charset="utf-8"><title>Portal</title><link rel="icon" href="data:,">
    <script type="importmap">{ "imports": { "career-compare": "./node_modules/career-compare/career-compare.js" } }</script>
    <script type="module" src="main.js"></script></head>
    <body><main><h1>Compare</h1>
    <career-compare a="13-2072" b="43-4131"></career-compare></main></body></html>`);
  await writeFile(path.join(scratch, 'main.js'), "import { CareerCompareElement } from 'career-compare';\nwindow.ccClass = CareerCompareElement;\n");
  server = await serveStatic(scratch);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('npm pack makes a package of the widget with its types and manifest', async () => {
  const pkg = JSON.parse(await readFile(path.join(scratch, 'node_modules/career-compare/package.json'), 'utf8'));
  assert.equal(pkg.name, 'career-compare');
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.types, './career-compare.d.ts');
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.deepEqual(pkg.exports['.'], { types: './career-compare.d.ts', default: './career-compare.js' });
  const cargo = await readFile(path.join(ROOT, 'Cargo.toml'), 'utf8');
  assert.equal(pkg.version, cargo.match(/^\[package\][\s\S]*?^version = "([^"]+)"/m)[1], 'the crate version');
  for (const file of ['career-compare.js', 'career-compare-app.js', 'career-compare-app_bg.wasm', 'career-compare.css',
    'career-compare.d.ts', 'custom-elements.json', 'data/index.json', 'data/professions/13-2072.json']) {
    assert.ok(tarball.files.includes(file), `${file} is packed`);
  }
  // the demo page is not part of it
  assert.ok(!tarball.files.includes('index.html'));
  const installed = await readdir(path.join(scratch, 'node_modules/career-compare'));
  assert.ok(installed.includes('career-compare-app_bg.wasm'));
});

test('a plain page importing the package by name shows the comparison', async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(server.url);
  const heading = page.locator('career-compare .cc-compared[aria-busy="false"] h2');
  await heading.waitFor();
  assert.equal(await heading.innerText(), 'Loan Officers vs Loan Interviewers and Clerks');
  assert.equal(await page.evaluate(() => customElements.get('career-compare') === window.ccClass), true);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the types check a portal\'s TypeScript (tsc --noEmit)', async () => {
  await cp(path.join(ROOT, 'tests/types'), path.join(scratch, 'types'), { recursive: true });
  // @ts-expect-error lines in usage.ts: tsc fails if the types accepted a bad value
  const tsc = await run(path.join(NODE_BIN, 'tsc'), ['-p', path.join(scratch, 'types/tsconfig.json')], { cwd: scratch })
    .catch((e) => e);
  assert.equal(tsc.code ?? 0, 0, `${tsc.stdout}${tsc.stderr}`);
});

/** The manifest's declaration of the element. */
async function declaration() {
  const manifest = JSON.parse(await readFile(path.join(scratch, 'node_modules/career-compare/custom-elements.json'), 'utf8'));
  assert.match(manifest.schemaVersion, /^2\./);
  const [module] = manifest.modules;
  assert.equal(module.path, 'career-compare.js');
  const [decl] = module.declarations;
  assert.equal(decl.tagName, 'career-compare');
  for (const list of ['attributes', 'members', 'events', 'cssProperties', 'cssParts']) {
    for (const item of decl[list]) assert.ok(item.description?.length > 10, `${list} ${item.name} has a description`);
  }
  return decl;
}

test('the manifest lists the loader\'s attributes and properties and the declared events', async () => {
  const decl = await declaration();
  const page = await browser.newPage();
  await page.goto(server.url);
  const loader = await page.evaluate(() => {
    const cls = customElements.get('career-compare');
    const own = Object.getOwnPropertyDescriptors(cls.prototype);
    return {
      attributes: [...cls.observedAttributes],
      properties: Object.keys(own).filter((k) => own[k].get && own[k].set),
    };
  });
  await page.close();
  assert.deepEqual(decl.attributes.map((a) => a.name).sort(), [...loader.attributes].sort());
  assert.deepEqual(decl.members.map((m) => m.name).sort(), [...loader.properties].sort());
  for (const a of decl.attributes) {
    assert.ok(loader.properties.includes(a.fieldName), `${a.name}'s property ${a.fieldName}`);
  }
  const types = await readFile(path.join(DIST, 'career-compare.d.ts'), 'utf8');
  const typed = [...types.matchAll(/^\s+'(career-compare:[a-z]+)': CustomEvent</gm)].map((m) => m[1]);
  assert.deepEqual(decl.events.map((e) => e.name).sort(), typed.sort());
  assert.deepEqual(typed.sort(), ['career-compare:change', 'career-compare:error', 'career-compare:ready']);
  for (const p of decl.members) assert.match(types, new RegExp(`^  ${p.name}: `, 'm'), `${p.name} is typed`);
});

test('the manifest lists the stylesheet\'s custom properties', async () => {
  const decl = await declaration();
  const css = await readFile(path.join(ROOT, 'styles/career-compare.css'), 'utf8');
  // the custom properties a page sets on the element: those declared for :host
  const hostBlocks = [...css.matchAll(/(^|\n)([^{}]*?:host)\s*\{([^}]*)\}/g)].map((m) => m[3]);
  const declared = new Set(hostBlocks.flatMap((b) => [...b.matchAll(/(--cc-[\w-]+)\s*:/g)].map((m) => m[1])));
  assert.ok(declared.size > 20);
  assert.deepEqual(decl.cssProperties.map((p) => p.name).sort(), [...declared].sort());
});

test('the manifest lists every part in the markup', async () => {
  const decl = await declaration();
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.locator('career-compare .cc-compared[aria-busy="false"]').waitFor();
  // and an instance whose dataset is missing shows the error panel
  await page.evaluate(() => document.querySelector('main').insertAdjacentHTML('beforeend',
    '<career-compare id="broken" dataset="/nowhere/"></career-compare>'));
  await page.locator('#broken [part~="error"]').waitFor();
  const parts = await page.evaluate(() => [...new Set([...document.querySelectorAll('career-compare')]
    .flatMap((el) => [...el.shadowRoot.querySelectorAll('[part]')].flatMap((n) => [...n.part])))]);
  await page.close();
  assert.deepEqual(decl.cssParts.map((p) => p.name).sort(), parts.sort());
});
