// career-compare.js — the stable loader for the <career-compare> element.
//
//   <script type="module" src="https://cdn.example/career-compare/career-compare.js"></script>
//   <career-compare dataset="/data/" a="13-2072" b="43-4131" area="0014460"></career-compare>
//
// It registers the custom element. Each element gets an open shadow root holding a <link> to
// the widget's stylesheet and a mount container, and its own Yew app (one WebAssembly module,
// loaded once, shared by every instance). Every asset (the wasm-bindgen module, the wasm, the
// stylesheet, the default dataset) is found relative to this file, so the widget works from a
// sub-path or another origin than the page. No inline scripts or styles: it runs under
// `script-src 'self' 'wasm-unsafe-eval'; style-src 'self'` plus the assets' origin.
//
// Attributes: dataset, a, b, state (USPS code), area (OEWS area code; wins over state),
// theme (light | dark | auto), sync-url (boolean).
// Event: `career-compare:change` (bubbles, composed) with
// detail { a, b, aTitle, bTitle, state, area, areaName } after each change the user makes.

const BINDINGS = new URL('career-compare-app.js', import.meta.url);
const WASM = new URL('career-compare-app_bg.wasm', import.meta.url);
const STYLESHEET = new URL('career-compare.css', import.meta.url);
const DEFAULT_DATASET = new URL('data/', import.meta.url);

let loading;
/**
 * The wasm-bindgen module, initialised once for all instances. The wasm is requested and
 * compiled while it downloads, alongside the JS glue rather than after it; if compiling
 * that way fails, the glue fetches the file itself.
 */
function widget() {
  if (!loading) {
    const compiled = WebAssembly.compileStreaming(fetch(WASM)).catch(() => undefined);
    loading = import(BINDINGS.href).then(async (bindings) => {
      await bindings.default({ module_or_path: (await compiled) || WASM });
      return bindings;
    });
  }
  return loading;
}

let instances = 0;

// preload:start
// The preload protocol's page side, shared with the demo page: tools/page-preload.mjs makes
// index.html's inline script from the lines between preload:start and preload:end (inline,
// so the page's requests start while it is still being parsed). src/load/preload.rs is the
// widget's side. A well-formed SOC code, as career_schema::is_soc_code checks it
// (tests/browser/preload.test.mjs holds them to the same cases).
const SOC_CODE = /^\d{2}-\d{4}$/;
const preloaded = new Set();
/**
 * Starts the downloads an instance's first comparison needs (its dataset's index.json and
 * the pair's profession files) while the wasm loads, each once per page. They go into
 * `window.careerCompareFetched` (by absolute URL), from which the widget takes each instead
 * of making the request itself: when it starts, the bytes are in memory. A file several
 * instances need is requested once: its promise carries `takers`, how many instances will
 * take it. Returns the files counted for this instance.
 */
function preload(config) {
  window.careerCompareFetched ??= new Map();
  const mine = [];
  for (const href of firstFiles(config)) {
    const pending = window.careerCompareFetched.get(href);
    if (pending) {
      // Another instance on the same dataset (or pair) waits for this file too: one request,
      // taken by both (the widget leaves it in the map until its last taker has taken it).
      pending.takers = (pending.takers ?? 1) + 1;
      mine.push(href);
      continue;
    }
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    window.careerCompareFetched.set(href, request(href));
    mine.push(href);
  }
  return mine;
}

/**
 * `fetch(href)` with its body read: resolves (never rejects, so a request no instance takes
 * is no unhandled rejection) to the `Response`, its body in memory, or to the error the
 * request failed with. A body that broke off is a `Response` whose body fails with that
 * error when read, as the original's did.
 */
function request(href) {
  return fetch(href, { credentials: 'same-origin' }).then(
    (r) => {
      // (a status without a body, such as 204, has nothing to read)
      if (!r.ok || !r.body) return r;
      const init = { status: r.status, statusText: r.statusText };
      return r.arrayBuffer().then(
        (body) => new Response(body, init),
        (e) => new Response(new ReadableStream({ start: (c) => c.error(e) }), init),
      );
    },
    (e) => e,
  );
}

/** The absolute URLs of the files an instance's first comparison needs (see `preload`). */
function firstFiles(config) {
  let { a, b, area = '' } = config;
  if (config.syncUrl) {
    // as in the widget: a pair or place in the page URL wins over the attributes
    const q = new URLSearchParams(location.search);
    if (q.get('a') || q.get('b') || q.get('state') || q.get('area')) {
      [a, b, area] = [q.get('a') ?? '', q.get('b') ?? '', q.get('area') ?? ''];
    }
  }
  const base = new URL(config.dataset.endsWith('/') ? config.dataset : `${config.dataset}/`, location.href);
  const files = ['index.json', ...[a, b].map((c) => c.trim()).filter((c) => SOC_CODE.test(c)).map((c) => `professions/${c}.json`)];
  // a linked area's pay (a 7-digit OEWS area code, as career_schema::is_area_code checks it)
  if (/^\d{7}$/.test(area.trim())) files.push(`areas/${area.trim()}.json`);
  return [...new Set(files)].map((file) => new URL(file, base).href);
}
// preload:end

/** Gives up an instance's share of requests `preload` made for it that it will not take
 * (removed before it started, or its pair or dataset changed before then), so a request is
 * not left for a taker that never comes. */
function release(hrefs) {
  for (const href of hrefs) {
    const pending = window.careerCompareFetched?.get(href);
    if (!pending) continue;
    if ((pending.takers ?? 1) > 1) pending.takers -= 1;
    else window.careerCompareFetched.delete(href);
  }
}

export class CareerCompareElement extends HTMLElement {
  static observedAttributes = ['dataset', 'a', 'b', 'state', 'area', 'sync-url'];

  #handle = null;
  #container = null;
  /** The files preload() requested or shared for this instance, until it has started. */
  #preloaded = null;
  #id = `career-compare-${++instances}`;
  #pending = false;

  constructor() {
    super();
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = STYLESHEET.href;
    this.#container = document.createElement('div');
    this.#container.className = 'cc-mount';
    // the widget's words are English whatever the page's language (screen readers, hyphenation)
    this.#container.lang = 'en';
    root.replaceChildren(link, this.#container);
  }

  /** The configuration `mount` and `update` read, from the attributes. */
  #config() {
    const dataset = this.getAttribute('dataset')?.trim();
    return {
      id: this.id || this.#id,
      // relative dataset URLs are relative to the page, like any URL in an attribute
      dataset: dataset ? new URL(dataset, document.baseURI).href : DEFAULT_DATASET.href,
      a: this.getAttribute('a') ?? '',
      b: this.getAttribute('b') ?? '',
      state: this.getAttribute('state') ?? '',
      area: this.getAttribute('area') ?? '',
      syncUrl: this.hasAttribute('sync-url') && this.getAttribute('sync-url') !== 'false',
      onChange: (detail) => {
        this.dispatchEvent(
          new CustomEvent('career-compare:change', { bubbles: true, composed: true, detail }),
        );
      },
    };
  }

  connectedCallback() {
    if (this.#handle) return;
    this.setAttribute('aria-busy', 'true');
    // once per instance, also when it is moved before the widget has started
    this.#preloaded ??= preload(this.#config());
    widget().then(
      (bindings) => {
        this.removeAttribute('aria-busy');
        if (this.isConnected && !this.#handle) {
          const config = this.#config();
          // The widget takes its share of the files its first comparison needs as it starts;
          // those its attributes no longer ask for (changed since) are given back.
          const needed = new Set(firstFiles(config));
          release((this.#preloaded ?? []).filter((href) => !needed.has(href)));
          this.#preloaded = null;
          this.#handle = bindings.mount(this.#container, config);
        }
      },
      (error) => {
        this.removeAttribute('aria-busy');
        console.error('career-compare: the widget could not be loaded', error);
        const p = document.createElement('p');
        p.className = 'cc-load-error';
        p.setAttribute('role', 'alert');
        p.textContent = 'The comparison could not be loaded.';
        this.#container.replaceChildren(p);
      },
    );
  }

  disconnectedCallback() {
    // Moving the element (disconnect then connect in one task) keeps the instance.
    queueMicrotask(() => {
      if (!this.isConnected && this.#handle) {
        const handle = this.#handle;
        this.#handle = null;
        handle.unmount(); // also frees the handle
      } else if (!this.isConnected && this.#preloaded) {
        // removed before the widget started: it will not take its files
        release(this.#preloaded);
        this.#preloaded = null;
      }
    });
  }

  attributeChangedCallback() {
    if (!this.#handle || this.#pending) return;
    // one update for several attributes set in the same task
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      this.#handle?.update(this.#config());
    });
  }
}

if (!customElements.get('career-compare')) {
  customElements.define('career-compare', CareerCompareElement);
}
