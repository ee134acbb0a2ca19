// The typeahead measure (run by measures/page.mjs), and the queries it types.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PAGE_TIMING } from '../page-timing.mjs';

/**
 * Typeahead: per keystroke, from the input event until the page's script for it (the search and
 * the listbox's re-render) has finished (`times`), until the next task (`nextTask`, which
 * includes a rendering frame when the browser renders one first) and, over the first
 * `PAINTED_QUERIES` queries typed again, until the frame that shows it has been rendered
 * (`painted`).
 */
export const PAINTED_QUERIES = 25;
export async function typeahead(page, queries) {
  await page.evaluate(PAGE_TIMING);
  return page.evaluate(async ([qs, PAINTED_QUERIES]) => {
    const input = document.querySelector('input[role="combobox"]');
    // Focus loads the alternate titles; measure against the full index once they are in.
    input.focus();
    for (let i = 0; i < 600 && !performance.getEntriesByName('career-compare:titles-searchable').length; i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    if (!performance.getEntriesByName('career-compare:titles-searchable').length) throw new Error('titles never became searchable');
    const yieldTask = window.__ccNextTask;
    const clear = () => {
      input.value = '';
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    };
    // the i-th keystroke of q, as typing it fires
    const keystroke = (q, i) => {
      input.value = q.slice(0, i);
      input.dispatchEvent(new InputEvent('input', { bubbles: true, data: q[i - 1], inputType: 'insertText' }));
    };
    const times = [];
    const nextTask = [];
    for (const q of qs) {
      input.focus();
      clear();
      await yieldTask();
      for (let i = 1; i <= q.length; i++) {
        const t0 = performance.now();
        const { done, task } = await window.__ccSettled(() => keystroke(q, i));
        times.push(done - t0);
        nextTask.push(task - t0);
      }
    }
    // Then the first PAINTED_QUERIES queries again, each keystroke until the frame that shows
    // it has been rendered (a message task posted from that frame's animation frame callback):
    // the latency a person typing sees.
    const painted = [];
    const afterFrame = window.__ccAfterFrame;
    for (const q of qs.slice(0, PAINTED_QUERIES)) {
      clear();
      await afterFrame();
      for (let i = 1; i <= q.length; i++) {
        const t0 = performance.now();
        const shown = afterFrame();
        keystroke(q, i);
        painted.push((await shown) - t0);
        // as between swaps: the next keystroke from a settled page, at another point of a frame
        await afterFrame();
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    clear();
    return { times, nextTask, painted };
  }, [queries, PAINTED_QUERIES]);
}

/** Realistic queries: the start of titles and alternate titles people type, fixed by the data. */
export async function queries(dataDir) {
  const index = JSON.parse(await readFile(path.join(dataDir, 'index.json'), 'utf8'));
  const titles = JSON.parse(await readFile(path.join(dataDir, 'titles.json'), 'utf8'));
  const out = new Set(['loss mitigation', 'nurse', 'software', 'teacher', 'truck driver', 'accountant',
    'electrician', 'plumber', 'cashier', 'lawyer', 'pharmacist', 'welder', 'chef', 'dental', 'marketing']);
  index.professions.forEach((p, i) => {
    if (i % 6 === 0) out.add(p.title.toLowerCase().split(/[ ,]+/).slice(0, 2).join(' '));
  });
  titles.professions.forEach((t, i) => {
    if (i % 7 === 0 && t.alternate[0]) out.add(t.alternate[0].toLowerCase());
  });
  return [...out].slice(0, 260);
}
