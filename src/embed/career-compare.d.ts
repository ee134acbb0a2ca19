// Types for the <career-compare> element (career-compare.js). custom-elements.json describes
// the same attributes, events, CSS custom properties and parts; tests/browser/package.test.mjs
// type-checks a usage file against this with `tsc --noEmit`.

/** `career-compare:change`: a change the user made to the pair or the place. */
export interface CareerCompareChangeDetail {
  /** SOC codes and titles; null where nothing is chosen. */
  a: string | null;
  b: string | null;
  aTitle: string | null;
  bTitle: string | null;
  /** USPS code of the state pay is shown for; null for national or an area. */
  state: string | null;
  /** 7-digit OEWS code of the area pay is shown for, and its name; null otherwise. */
  area: string | null;
  areaName: string | null;
}

/** `career-compare:ready`: the first comparison (or the empty state) is on screen. */
export interface CareerCompareReadyDetail {
  /** True for a comparison, false for the empty state (suggested pairs). */
  compared: boolean;
  /** Milliseconds since the instance started loading. */
  duration: number;
}

/** `career-compare:error`: the instance shows an error. */
export interface CareerCompareErrorDetail {
  kind: 'http' | 'timeout' | 'network' | 'cut-off' | 'data' | 'load' | 'panic';
  /** The message the reader sees. */
  message: string;
  /** The file that failed, where there is one. */
  url: string | null;
}

/**
 * The `<career-compare>` element. Each property mirrors its attribute: setting it sets the
 * attribute; a value that is not valid is ignored with a console warning.
 */
export class CareerCompareElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The first profession's SOC code, e.g. "13-2072"; "" for none. */
  a: string;
  /** The second profession's SOC code. */
  b: string;
  /** USPS code of the state whose pay to show, e.g. "MD"; "" for national. */
  state: string;
  /** 7-digit OEWS code of the area whose pay to show, e.g. "0014460"; wins over `state`. */
  area: string;
  /**
   * The `dataset` attribute: URL of a dataset folder; "" for the one next to
   * career-compare.js. (Not `dataset`, which every element has for its data-* attributes.)
   */
  datasetUrl: string;
  theme: 'light' | 'dark' | 'auto';
  /** Read and write ?a=…&b=…&state=… (or &area=…) in the page URL. */
  syncUrl: boolean;
  /** "lazy": nothing is downloaded until the element nears the viewport. */
  loading: 'lazy' | 'eager';
}

declare global {
  interface HTMLElementTagNameMap {
    'career-compare': CareerCompareElement;
  }
  interface HTMLElementEventMap extends CareerCompareEventMap {}
  // the events bubble and are composed: a page can listen on the document
  interface DocumentEventMap extends CareerCompareEventMap {}
}

/** The element's events. */
export interface CareerCompareEventMap {
  'career-compare:change': CustomEvent<CareerCompareChangeDetail>;
  'career-compare:ready': CustomEvent<CareerCompareReadyDetail>;
  'career-compare:error': CustomEvent<CareerCompareErrorDetail>;
}
