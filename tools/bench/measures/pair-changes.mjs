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
    const { __ccNextTask: yieldTask, __ccAfterFrame: afterFrame } = window;
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const heading = () => [...document.querySelectorAll('h2')].find((e) => / vs /.test(e.textContent || ''))?.textContent;
    const times = [];
    const nextTask = [];
    const painted = [];
    // The first `count` swaps are timed until they are in the DOM, the next `count` until the
    // frame that shows them has been rendered: asking for that frame at the click changes when
    // the browser renders, so one swap does not measure both.
    for (let i = 0; i < 2 * count; i++) {
      const toScreen = i >= count;
      const before = heading();
      const t0 = performance.now();
      let end;
      let endTask;
      let nextFrame;
      if (!toScreen) {
        ({ done: end, task: endTask } = await window.__ccSettled(() => swap.click()));
      } else {
        nextFrame = afterFrame();
        swap.click();
        await yieldTask();
      }
      // Nearly always in when the click's script has finished; when Yew's scheduler has put the
      // render in a timer of its own (its 16 ms time slice ran out), until that task has run.
      let tasks = 0;
      for (; heading() === before; tasks++) {
        if (tasks === 100) throw new Error('the swap was not rendered within 100 tasks');
        await yieldTask();
        end = endTask = performance.now();
      }
      if (!toScreen) {
        times.push(end - t0);
        nextTask.push(endTask - t0);
      } else {
        // the first frame after the click shows it when the swap was rendered in the click's
        // task; a swap Yew deferred to a later task shows in the first frame after that
        const shown = tasks === 0 ? await nextFrame : (await nextFrame, await afterFrame());
        painted.push(shown - t0);
      }
      // settle (work Yew deferred to a timer, style, layout, paint) before the next swap
      await frame();
      await frame();
      await new Promise((r) => setTimeout(r, 20));
    }
    return { times, nextTask, painted };
  }, n);
}
