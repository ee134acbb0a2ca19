// A portal's TypeScript using the <career-compare> element through the package's types:
// tests/browser/package.test.mjs type-checks it with `tsc --noEmit` (and expects the errors
// marked below).
import { CareerCompareElement } from 'career-compare';
import type { CareerCompareChangeDetail, CareerCompareErrorDetail } from 'career-compare';

const el = document.createElement('career-compare');
const same: CareerCompareElement = el;
el.a = '13-2072';
el.b = '15-1252';
el.state = 'MD';
el.datasetUrl = '/career-data/';
el.theme = 'dark';
el.syncUrl = true;
el.loading = 'lazy';
document.body.append(same);

el.addEventListener('career-compare:change', (e) => {
  const detail: CareerCompareChangeDetail = e.detail;
  const title: string | null = e.detail.aTitle;
  console.log(detail.a, detail.state, title);
});
el.addEventListener('career-compare:ready', (e) => {
  const ms: number = e.detail.duration;
  const compared: boolean = e.detail.compared;
  console.log(ms, compared);
});
document.addEventListener('career-compare:error', (e) => {
  const detail: CareerCompareErrorDetail = e.detail;
  if (detail.kind === 'timeout') console.log(detail.url, detail.message);
});
const found = document.querySelector('career-compare');
if (found) found.b = '43-4131';

// @ts-expect-error: a theme the element does not have
el.theme = 'purple';
// @ts-expect-error: a number where a string belongs
el.a = 151252;
// @ts-expect-error: loading is lazy or eager
el.loading = 'soon';
