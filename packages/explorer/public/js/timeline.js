// The time histogram of the drawn claims (by when said, else when first reported) with a two-handle slider.
// The slider writes the From/To date inputs, which stay the one place the date range lives.
import { el, clear } from './dom.js';

const DAY = 86_400_000;
const MAX_BINS = 24;

const dayOf = (iso) => Math.floor(Date.parse(`${String(iso).slice(0, 10)}T00:00:00Z`) / DAY);
const isoOf = (day) => new Date(day * DAY).toISOString().slice(0, 10);

/** Bins for `dates` (ISO strings): equal spans of whole days from the first to the last date. */
export function histogram(dates) {
  const days = dates.map(dayOf).filter(Number.isFinite).sort((a, b) => a - b);
  if (!days.length) return null;
  const first = days[0];
  const last = days[days.length - 1];
  const span = last - first + 1;
  const width = Math.ceil(span / Math.min(MAX_BINS, span));
  const count = Math.ceil(span / width);
  const bins = Array.from({ length: count }, (_, i) => ({ from: first + i * width, to: Math.min(last, first + (i + 1) * width - 1), n: 0 }));
  for (const d of days) bins[Math.floor((d - first) / width)].n += 1;
  return { first, last, bins };
}

export function createTimeline({ box, fromInput, toInput, onChange }) {
  let hist = null;
  const lo = el('input', { type: 'range', id: 'time-from', 'aria-label': 'Earliest claim date', min: '0', max: '0', step: '1' });
  const hi = el('input', { type: 'range', id: 'time-to', 'aria-label': 'Latest claim date', min: '0', max: '0', step: '1' });
  const bars = el('div', { class: 'bars', 'aria-hidden': 'true' });
  const ends = el('div', { class: 'ends small muted' });
  const note = el('div', { class: 'small muted', id: 'time-note' });

  /** Slider positions → date inputs (an end at the edge of the data means no bound). */
  function fromSliders() {
    if (!hist) return;
    let a = Number(lo.value);
    let b = Number(hi.value);
    if (a > b) [a, b] = [b, a];
    fromInput.value = a > 0 ? isoOf(hist.first + a) : '';
    toInput.value = b < hist.last - hist.first ? isoOf(hist.first + b) : '';
    paint();
    onChange();
  }

  /** Date inputs → slider positions and highlighted bars. */
  function paint() {
    if (!hist) return;
    const max = hist.last - hist.first;
    const clamp = (v) => Math.max(0, Math.min(max, v));
    lo.value = String(fromInput.value ? clamp(dayOf(fromInput.value) - hist.first) : 0);
    hi.value = String(toInput.value ? clamp(dayOf(toInput.value) - hist.first) : max);
    const a = hist.first + Number(lo.value);
    const b = hist.first + Number(hi.value);
    [...bars.children].forEach((bar, i) => bar.classList.toggle('in', hist.bins[i].to >= a && hist.bins[i].from <= b));
    ends.replaceChildren(el('span', { text: isoOf(a) }), el('span', { text: isoOf(b) }));
  }

  /** Redraws the histogram for the claims' dates (`undated` counts the rest). */
  function refresh(dates, undated) {
    hist = histogram(dates);
    clear(box);
    if (!hist) {
      box.append(el('p', { class: 'muted small', text: undated ? `${undated} drawn claim${undated === 1 ? '' : 's'}, none dated.` : 'Claims appear here by date.' }));
      return;
    }
    const top = Math.max(...hist.bins.map((b) => b.n));
    clear(bars);
    for (const b of hist.bins) {
      const title = b.from === b.to ? isoOf(b.from) : `${isoOf(b.from)} – ${isoOf(b.to)}`;
      bars.append(el('div', { class: 'bar', title: `${title}: ${b.n} claim${b.n === 1 ? '' : 's'}`, 'data-count': String(b.n), style: { height: `${b.n ? 8 + (92 * b.n) / top : 0}%` } }));
    }
    const max = String(hist.last - hist.first);
    lo.max = max;
    hi.max = max;
    note.textContent = `${dates.length} dated claim${dates.length === 1 ? '' : 's'}${undated ? `, ${undated} undated (always shown)` : ''}`;
    box.append(bars, el('div', { class: 'sliders' }, [lo, hi]), ends, note);
    paint();
  }

  lo.addEventListener('input', fromSliders);
  hi.addEventListener('input', fromSliders);
  for (const input of [fromInput, toInput]) input.addEventListener('change', paint);
  return { refresh, paint };
}
