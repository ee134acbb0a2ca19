// The portal's own script: listens for the widget's change event (it bubbles out of the
// shadow root) and shows a deep link the portal could share.
const out = document.getElementById('last-change');
document.addEventListener('career-compare:change', (event) => {
  const { a, b, aTitle, bTitle, state } = event.detail;
  const link = new URL(location.href);
  link.search = new URLSearchParams({ compare: event.target.id, a: a ?? '', b: b ?? '', state: state ?? '' });
  out.textContent = `${event.target.id}: ${aTitle ?? '—'} vs ${bTitle ?? '—'}${state ? ` in ${state}` : ''} (${link.search})`;
});
