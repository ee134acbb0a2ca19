// career-compare.js — the stable loader for the <career-compare> element.
//
//   <script type="module" src="https://cdn.example/career-compare/career-compare.js"></script>
//   <career-compare dataset="/data/" a="13-2072" b="43-4131" area="0014460"></career-compare>
//
// It registers the custom element and adds nothing else to the page's globals. Each element
// gets an open shadow root holding a mount container and, once it starts, a <link> to the widget's stylesheet,
// and its own Yew app (one WebAssembly module, loaded once, shared by every instance). Every
// asset (the wasm-bindgen module, the wasm, the stylesheet, the default dataset) is found
// relative to this file, so the widget works from a sub-path or another origin than the page.
// No inline scripts or styles: it runs under `script-src 'self' 'wasm-unsafe-eval';
// style-src 'self'` plus the assets' origin.
//
// Attributes and properties: ATTRIBUTES below. Events (all bubble and are composed):
// `career-compare:change` detail { a, b, aTitle, bTitle, state, area, areaName } after each
// change the user makes; `career-compare:ready` detail { compared, duration } once the first comparison (or
// the empty state) is on screen; `career-compare:error` detail { kind, message, url } for each
// error the instance shows. custom-elements.json and career-compare.d.ts describe them too
// (tests/browser/package.test.mjs holds them to this file).

const BINDINGS = new URL('career-compare-app.js', import.meta.url);
const WASM = new URL('career-compare-app_bg.wasm', import.meta.url);
const STYLESHEET = new URL('career-compare.css', import.meta.url);
const DEFAULT_DATASET = new URL('data/', import.meta.url);

/**
 * The element's attributes, each declared once: its property (`property`, else the same
 * name), its value when absent (`initial`), and for a string, the check a value must pass and
 * what it should have been. A value that fails (or a property set to something other than a
 * string, or than a boolean for `boolean` ones) is ignored with one console warning naming the
 * attribute and the value, and the previous value stays. Every entry's value is passed to the
 * widget under its property name.
 */
const ATTRIBUTES = [
  { name: 'a', expected: 'a SOC code such as 13-2072', valid: (v) => !v.trim() || SOC_CODE.test(v.trim()) },
  { name: 'b', expected: 'a SOC code such as 15-1252', valid: (v) => !v.trim() || SOC_CODE.test(v.trim()) },
  { name: 'state', expected: 'a USPS state code such as MD', valid: (v) => /^\s*([A-Za-z]{2})?\s*$/.test(v) },
  // (wins over state; as career_schema::is_area_code checks it)
  { name: 'area', expected: 'a 7-digit OEWS area code such as 0014460', valid: (v) => /^\s*(\d{7})?\s*$/.test(v) },
  // (its property is not `dataset`: every element's `dataset` is its data-* attributes)
  { name: 'dataset', property: 'datasetUrl', expected: 'a URL', valid: parsesAsUrl },
  { name: 'theme', initial: 'auto', expected: 'light, dark or auto', valid: (v) => /^(light|dark|auto|)$/i.test(v) },
  { name: 'sync-url', property: 'syncUrl', boolean: true },
  { name: 'loading', initial: 'eager', expected: 'lazy or eager', valid: (v) => /^(lazy|eager|)$/i.test(v) },
];
function parsesAsUrl(value) {
  try {
    return Boolean(new URL(value.trim(), document.baseURI));
  } catch {
    return false;
  }
}
const propertyOf = (entry) => entry.property ?? entry.name;
const warn = (name, value, expected) => console.warn(
  `career-compare: ignored ${name}=${JSON.stringify(value) ?? String(value)} (expected ${expected})`,
);

let loading;
/**
 * The wasm-bindgen module, initialised once for all instances. The wasm is requested and
 * compiled while it downloads, alongside the JS glue rather than after it; if compiling
 * that way fails, the glue fetches the file itself.
 */
function widget() {
  if (!loading) {
    const compiled = WebAssembly.compileStreaming(fetch(WASM)).catch(() => undefined);
    // a failure names the file it came from, for the error event
    const failed = (url) => (error) => Promise.reject(Object.assign(new Error(String(error?.message ?? error)), { url }));
    loading = import(BINDINGS.href).catch(failed(BINDINGS.href)).then(async (bindings) => {
      await bindings.default({ module_or_path: (await compiled) || WASM }).catch(failed(WASM.href));
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
// a registered symbol rather than a named global (src/load/preload.rs reads the same key)
const FETCHED = Symbol.for('career-compare.fetched');
const preloaded = new Set();
/**
 * Starts the downloads an instance's first comparison needs (its dataset's index.json and
 * the pair's profession files) while the wasm loads, each once per page. They go into
 * a Map at `window[FETCHED]` (by absolute URL), from which the widget takes each instead
 * of making the request itself: when it starts, the bytes are in memory. A file several
 * instances need is requested once: its promise carries `takers`, how many instances will
 * take it. Returns the files counted for this instance.
 */
function preload(config) {
  window[FETCHED] ??= new Map();
  const mine = [];
  for (const href of firstFiles(config)) {
    const pending = window[FETCHED].get(href);
    if (pending) {
      // Another instance on the same dataset (or pair) waits for this file too: one request,
      // taken by both (the widget leaves it in the map until its last taker has taken it).
      pending.takers = (pending.takers ?? 1) + 1;
      mine.push(href);
      continue;
    }
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    window[FETCHED].set(href, request(href));
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
    const pending = window[FETCHED]?.get(href);
    if (!pending) continue;
    if ((pending.takers ?? 1) > 1) pending.takers -= 1;
    else window[FETCHED].delete(href);
  }
}

export class CareerCompareElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES.map((entry) => entry.name);

  #handle = null;
  #container = null;
  /** The files preload() requested or shared for this instance, until it has started. */
  #preloaded = null;
  #id = `career-compare-${++instances}`;
  #pending = false;
  /** Each attribute's last valid value, by attribute name. */
  #values = Object.fromEntries(ATTRIBUTES.map((e) => [e.name, e.boolean ? false : (e.initial ?? '')]));
  /** Waiting until a lazy instance nears the viewport. */
  #observer = null;
  /** When this instance started loading (performance.now()), for the ready event. */
  #started = 0;
  /** Waiting for the widget to load. */
  #starting = false;

  constructor() {
    super();
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    this.#container = document.createElement('div');
    this.#container.className = 'cc-mount';
    // the widget's words are English whatever the page's language (screen readers, hyphenation)
    this.#container.lang = 'en';
    root.replaceChildren(this.#container);
  }

  /** The stylesheet, once the instance starts: a lazy one far down the page asks for nothing. */
  #style() {
    const root = this.shadowRoot;
    if (root.querySelector('link')) return;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = STYLESHEET.href;
    root.prepend(link);
  }

  /** The configuration `mount` and `update` read: every attribute's valid value. */
  #config() {
    const config = { id: this.id || this.#id };
    for (const entry of ATTRIBUTES) config[propertyOf(entry)] = this.#values[entry.name];
    const dataset = this.#values.dataset.trim();
    // relative dataset URLs are relative to the page, like any URL in an attribute
    config.dataset = dataset ? new URL(dataset, document.baseURI).href : DEFAULT_DATASET.href;
    const event = (type, detail) => this.dispatchEvent(new CustomEvent(`career-compare:${type}`, { bubbles: true, composed: true, detail }));
    config.onChange = (detail) => event('change', detail);
    config.onReady = (compared) => event('ready', { compared, duration: performance.now() - this.#started });
    config.onError = (detail) => event('error', detail);
    return config;
  }

  connectedCallback() {
    // properties set before the element was defined: through the setters now
    for (const entry of ATTRIBUTES) {
      const property = propertyOf(entry);
      if (Object.hasOwn(this, property)) {
        const value = this[property];
        delete this[property];
        this[property] = value;
      }
    }
    if (this.#handle) return;
    if (this.#values.loading === 'lazy' && 'IntersectionObserver' in window) this.#observe();
    else this.#start();
  }

  /** Starts the instance once it is within about one viewport of being visible. */
  #observe() {
    if (this.#observer) return;
    this.#observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) this.#start();
    }, { rootMargin: '100%' });
    this.#observer.observe(this);
  }

  #start() {
    this.#observer?.disconnect();
    this.#observer = null;
    // (moved while the widget loads: it is already on its way)
    if (this.#starting) return;
    this.#starting = true;
    this.#style();
    this.#started = performance.now();
    this.setAttribute('aria-busy', 'true');
    // once per instance, also when it is moved before the widget has started
    this.#preloaded ??= preload(this.#config());
    widget().then(
      (bindings) => {
        this.#starting = false;
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
        this.#starting = false;
        this.removeAttribute('aria-busy');
        console.error('career-compare: the widget could not be loaded', error);
        const p = document.createElement('p');
        p.className = 'cc-load-error';
        p.setAttribute('role', 'alert');
        p.textContent = 'The comparison could not be loaded.';
        this.#container.replaceChildren(p);
        this.dispatchEvent(new CustomEvent('career-compare:error', {
          bubbles: true, composed: true, detail: { kind: 'load', message: error.message, url: error.url ?? null },
        }));
      },
    );
  }

  disconnectedCallback() {
    // not started yet: it waits again when it is connected again
    this.#observer?.disconnect();
    this.#observer = null;
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

  attributeChangedCallback(name, _old, value) {
    const entry = ATTRIBUTES.find((e) => e.name === name);
    if (entry.boolean) {
      this.#values[name] = value !== null && value !== 'false';
    } else if (value === null) {
      this.#values[name] = entry.initial ?? '';
    } else if (entry.valid(value)) {
      // an enumerated one (with an `initial`) in lower case, empty being its initial value
      this.#values[name] = entry.initial ? value.toLowerCase() || entry.initial : value;
    } else {
      warn(name, value, entry.expected);
      return;
    }
    if (name === 'theme') {
      const { theme } = this.#values;
      if (theme === 'auto') delete this.#container.dataset.theme;
      else this.#container.dataset.theme = theme;
      return;
    }
    if (name === 'loading') {
      if (this.#observer && this.#values.loading !== 'lazy') this.#start();
      return;
    }
    if (!this.#handle || this.#pending) return;
    // one update for several attributes set in the same task
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      this.#handle?.update(this.#config());
    });
  }

  // A property for each attribute: reading gives its current valid value; writing sets the
  // attribute (null removes it), or is ignored with a warning if the value is not valid.
  static {
    for (const entry of ATTRIBUTES) {
      Object.defineProperty(this.prototype, propertyOf(entry), {
        configurable: true,
        enumerable: true,
        get() {
          return this.#values[entry.name];
        },
        set(value) {
          if (entry.boolean) {
            if (typeof value !== 'boolean') warn(entry.name, value, 'true or false');
            else if (value) this.setAttribute(entry.name, '');
            else this.removeAttribute(entry.name);
          } else if (value === null || value === undefined) {
            this.removeAttribute(entry.name);
          } else if (typeof value !== 'string' || !entry.valid(value)) {
            warn(entry.name, value, entry.expected);
          } else {
            this.setAttribute(entry.name, value);
          }
        },
      });
    }
  }
}

if (!customElements.get('career-compare')) {
  customElements.define('career-compare', CareerCompareElement);
}
