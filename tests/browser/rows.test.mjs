// The comparison's rows as a reader meets them: each caveat footnoted on the row it explains,
// the rows no public source fills after those with figures, and the salary range's middle half.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { widgetSuite, profession, fmt } from './harness.mjs';

const { compared } = widgetSuite(before, after);

/** For each cell of the row `label` in the table `caption`: the texts of the notes it links to. */
async function cellNotes(page, caption, label) {
  const table = page.locator('section.cc-section', {
    has: page.locator('caption', { hasText: caption }),
  });
  return table.evaluate((section, label) => {
    const row = [...section.querySelectorAll('tbody tr')]
      .find((tr) => tr.querySelector('th[scope="row"]').textContent === label);
    return [...row.querySelectorAll('td')].map((td) =>
      [...td.querySelectorAll('sup.cc-fnref a')].map((a) => {
        const note = section.querySelector(a.getAttribute('href'));
        // the note's text without its "↩" back link
        return note.firstChild.textContent.trim();
      }));
  }, label);
}

test('the Time to become estimate is footnoted with its basis on its own row, nowhere else', async () => {
  const { page, errors } = await compared('?a=13-2072&b=43-4131');
  const [a, b] = await Promise.all([profession('13-2072'), profession('43-4131')]);
  const bases = [a, b].map((p) => p.time_to_become.basis);
  assert.match(bases[0], /labelled by the midpoint/);

  const notes = await cellNotes(page, 'Overview', 'Time to become');
  assert.deepEqual(notes, [[bases[0]], [bases[1]]]);
  for (const label of ['Work experience', 'Median age', 'Most common degree', 'Job openings per year']) {
    const other = (await cellNotes(page, 'Overview', label)).flat();
    for (const basis of bases) assert.ok(!other.includes(basis), `${label} has no Time to become note`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('each table leads with its figures: Job satisfaction, which no public source gives, comes last', async () => {
  const { page, errors } = await compared('?a=13-2072&b=43-4131');
  const overview = page.locator('table', { has: page.locator('caption', { hasText: 'Overview' }) });
  const labels = await overview.locator('th[scope="row"]').allInnerTexts();
  assert.equal(labels.at(-1), 'Job satisfaction');
  assert.equal(labels[0], 'Yearly salary');
  const last = overview.locator('tbody tr').last().locator('td');
  assert.deepEqual((await last.allInnerTexts()).map((t) => t.startsWith('—')), [true, true]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the salary range shows the 25th to 75th percentile as a darker inner bar', async () => {
  const { page, errors } = await compared('?a=13-2072&b=43-4131');
  const a = await profession('13-2072');
  const w = a.pay.national.annual;
  const gauge = page.locator('figure.cc-gauge', { hasText: 'Salary range' });
  const bar = gauge.getByRole('img', { name: /^Loan Officers:/ });
  const name = await bar.getAttribute('aria-label');
  // OEWS May 2025, Loan Officers: p10 $39,430, p25 $52,730, median $76,690, p75 $104,080, p90 $153,180
  assert.equal(fmt.annual(w.p25), '$52,730');
  assert.equal(
    name,
    `Loan Officers: ${fmt.annual(w.p10)} to ${fmt.annual(w.p90)}; middle half ${fmt.annual(w.p25)} to ${fmt.annual(w.p75)}; median ${fmt.annual(w.median)}`,
  );
  const boxes = await bar.evaluate((svg) => {
    const box = (sel) => svg.querySelector(sel).getBoundingClientRect();
    const [outer, middle, median] = [box('rect.cc-fill-a'), box('rect.cc-range-middle'), box('rect.cc-median')];
    return { outer: [outer.left, outer.right], middle: [middle.left, middle.right], median: median.left + median.width / 2 };
  });
  assert.ok(boxes.outer[0] < boxes.middle[0] && boxes.middle[1] < boxes.outer[1], 'the middle half is inside the range');
  assert.ok(boxes.middle[0] < boxes.median && boxes.median < boxes.middle[1], 'the median is inside the middle half');
  assert.deepEqual(errors, []);
  await page.close();
});
