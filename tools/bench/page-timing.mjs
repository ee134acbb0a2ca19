// The page-side timing the measures share: when the comparison (or Yew's counter) is first on
// screen, and when the page's script for an act has finished.

// Installed before any page script: records when the comparison (its heading and its first
// table: a build may render the heading a task before the table) is first in the DOM
// (window.__ccVisible), then when the frame that shows it has been rendered: the next
// animation frame's style, layout and paint, then a message task after it. Resolves
// window.__ccVisiblePromise with { dom, painted }; "painted" is the figure the budget counts,
// since a comparison in the DOM is not yet on screen.
// With it, where the time went: when the wasm had downloaded (resource timing) and when the
// app had started (Trunk's TrunkApplicationStarted, dispatched once `main` has run).
// With `target` 'counter', the same for Yew's counter (its "+1" button), the yardstick below.
export const VISIBLE_PROBE = (target) => {
  let resolve;
  window.__ccVisiblePromise = new Promise((r) => { resolve = r; });
  addEventListener('TrunkApplicationStarted', () => { window.__ccStarted = performance.now(); });
  const shown = target === 'counter'
    ? () => [...document.querySelectorAll('button')].some((e) => e.textContent === '+1')
    : () => !!document.querySelector('.cc-compared table') && [...document.querySelectorAll('h2')].some((e) => / vs /.test(e.textContent || ''));
  const check = () => {
    if (shown() && window.__ccVisible === undefined) {
      const dom = performance.now();
      window.__ccVisible = dom;
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve({
          dom,
          painted: performance.now(),
          started: window.__ccStarted,
          wasm: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.responseEnd,
        });
        ch.port2.postMessage(0);
      });
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
};

// Installed before any page script: every main-thread task over 50 ms (a `longtask`
// PerformanceObserver, buffered) in window.__ccLongTasks as { start, duration }.
export const LONGTASK_PROBE = () => {
  window.__ccLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__ccLongTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
};

/**
 * A page expression resolving once `done()` (a page-side test) holds, then the page has
 * rendered a frame, had an idle period and 250 ms more: with the long tasks observed by then.
 */
export const settledExpression = (done) => `(async () => {
  const t0 = performance.now();
  while (!(${done})() && performance.now() - t0 < 30000) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => requestAnimationFrame(() => requestIdleCallback(r, { timeout: 3000 })));
  await new Promise((r) => setTimeout(r, 250));
  return { at: performance.now(), longTasks: window.__ccLongTasks || [] };
})()`;
// the comparison is complete: every table is in (it is aria-busy until then)
export const COMPLETE = `() => !!document.querySelector('.cc-compared[aria-busy="false"]')`;

/** Waits over the DevTools protocol (see `visibleAt`) for `settledExpression(done)`. */
export async function settledAt(cdp, done = COMPLETE) {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: settledExpression(done), awaitPromise: true, returnByValue: true, timeout: 60000,
  });
  if (exceptionDetails) throw new Error(`the page never settled: ${exceptionDetails.text}`);
  return result.value;
}

/**
 * Waits for the probe over the DevTools protocol. Not Playwright's waitForFunction or
 * evaluate: those first inject Playwright's own helper script into the page, a 30-50 ms
 * main-thread task that, landing mid-load, delayed the comparison it was waiting for.
 */
export async function visibleAt(cdp) {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: 'window.__ccVisiblePromise', awaitPromise: true, returnByValue: true, timeout: 60000,
  });
  if (exceptionDetails) throw new Error(`the comparison never showed: ${exceptionDetails.text}`);
  return result.value;
}

/**
 * Timing helpers installed in the page once (by `evaluate(PAGE_TIMING)`) and shared by the
 * typeahead and swap measures:
 * - `__ccNextTask()`: resolves when a message task posted now runs.
 * - `__ccAfterFrame()`: resolves with the time a message task posted from the next animation
 *   frame callback runs, i.e. once that frame has been rendered.
 * - `__ccSettled(act)` runs `act` (a keystroke, a click) and resolves with `{ done, task }`:
 *   when the page's script for it had finished with its result in the DOM (`done`), and when
 *   the next task started (`task`). When no frame is rendered in between, `done` is `task`.
 *   When the browser renders a frame first, that frame's style and layout (and in this
 *   Chromium they come before its animation frame callbacks) are not the script's: `done` is
 *   then when the last DOM change of that task was observed (a MutationObserver's callback,
 *   which runs once the render's microtask is over) or, for an act that changed nothing, when
 *   a microtask queued after `act` ran.
 * - `__ccSettle()`: two frames and 20 ms, so the next act starts from a settled page (work
 *   deferred to a timer, style, layout, paint done).
 * - `__ccUntilShown(act, shown)` runs `act` and resolves with `{ at, inFirstFrame }`: when the
 *   frame that shows its result (`shown()` turns true) had been rendered. The frame is asked
 *   for before `act`, so when the result is in the DOM at the end of act's task, the first frame
 *   after it shows it; a result that came in a later task shows in the first frame after that.
 */
export const PAGE_TIMING = `if (!window.__ccSettled) {
  const nextTask = () => new Promise((r) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => r(performance.now());
    ch.port2.postMessage(0);
  });
  window.__ccNextTask = nextTask;
  window.__ccAfterFrame = () => new Promise((r) => requestAnimationFrame(() => r(nextTask())));
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  window.__ccSettle = async () => {
    await frame();
    await frame();
    await new Promise((r) => setTimeout(r, 20));
  };
  window.__ccUntilShown = async (act, shown) => {
    const nextFrame = window.__ccAfterFrame();
    act();
    await nextTask();
    let tasks = 0;
    for (; !shown(); tasks++) {
      if (tasks === 2000) throw new Error('not rendered within 2000 tasks');
      await nextTask();
    }
    const at = tasks === 0 ? await nextFrame : (await nextFrame, await window.__ccAfterFrame());
    return { at, inFirstFrame: tasks === 0 };
  };
  let lastChange = 0;
  new MutationObserver(() => { lastChange = performance.now(); })
    .observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  window.__ccSettled = (act) => {
    let taskRan = false;
    let frameFirst = false;
    let micro = 0;
    requestAnimationFrame(() => { frameFirst = !taskRan; });
    const next = nextTask().then((task) => {
      taskRan = true;
      return { done: frameFirst ? Math.max(lastChange, micro) : task, task };
    });
    lastChange = 0;
    act();
    queueMicrotask(() => { micro = performance.now(); });
    return next;
  };
}`;
