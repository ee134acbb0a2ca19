// The re-render measure on pair change (run by measures/page.mjs).
import { PAGE_TIMING } from '../page-timing.mjs';

/**
 * Time to re-render after the pair changes (the swap button), per change, each from a settled
 * page: from the click until the page's script for it has finished with the swapped comparison
 * in the DOM (`times`; see `PAGE_TIMING`), until the next task after it (`nextTask`, which includes a
 * rendering frame when the browser renders one first), and, in swaps of their own, until the
 * frame that shows it has been rendered (`painted`).
 */
export async function pairChanges(page, n) {
  await page.evaluate(PAGE_TIMING);
  return page.evaluate(async (count) => {
    const swap = [...document.querySelectorAll('button')].find((b) => /swap/i.test(b.getAttribute('aria-label') || b.textContent));
    const yieldTask = window.__ccNextTask;
    const heading = () => [...document.querySelectorAll('h2')].find((e) => / vs /.test(e.textContent || ''))?.textContent;
    const times = [];
    const nextTask = [];
    const painted = [];
    // The first `count` swaps are timed until they are in the DOM, the next `count` until the
    // frame that shows them has been rendered: asking for that frame at the click changes when
    // the browser renders, so one swap does not measure both.
    for (let i = 0; i < 2 * count; i++) {
      const before = heading();
      const t0 = performance.now();
      if (i < count) {
        let { done: end, task: endTask } = await window.__ccSettled(() => swap.click());
        // Nearly always in when the click's script has finished; when Yew's scheduler has put
        // the render in a timer of its own (its 16 ms time slice ran out), until that task ran.
        for (let tasks = 0; heading() === before; tasks++) {
          if (tasks === 100) throw new Error('the swap was not rendered within 100 tasks');
          await yieldTask();
          end = endTask = performance.now();
        }
        times.push(end - t0);
        nextTask.push(endTask - t0);
      } else {
        const { at } = await window.__ccUntilShown(() => swap.click(), () => heading() !== before);
        painted.push(at - t0);
      }
      // settle (work Yew deferred to a timer, style, layout, paint) before the next swap
      await window.__ccSettle();
    }
    return { times, nextTask, painted };
  }, n);
}
