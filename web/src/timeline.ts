/**
 * The timeline: events (or fatalities) per day or week, stacked by event type, from /api/stats/timeline
 * (aggregated by the server). Dragging across the chart selects a period, which becomes the from/to filters
 * and so filters the map and the table too.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { api, isAbort, type TimelineBucket } from './api';
import { EVENT_TYPE_ORDER, typeColor } from './colors';
import { formatNumber, h, plural } from './dom';
import { filterParams, store } from './state';

const DAY = 86_400;
const MAX_BUCKETS = 4000;
const CHART_HEIGHT = 230;

function toSec(date: string): number {
  return Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 1000;
}
function toDate(sec: number): string {
  return new Date(sec * 1000).toISOString().slice(0, 10);
}

export interface Series {
  xs: number[];
  types: string[];
  raw: number[][];
}

/** Dense buckets (every day or week of the range, zeros included) and one row of values per event type. */
export function buildSeries(
  buckets: TimelineBucket[],
  metric: 'events' | 'fatalities',
  step: number,
  range: { from?: string; to?: string },
): Series {
  if (buckets.length === 0) return { xs: [], types: [], raw: [] };
  const starts = buckets.map((b) => toSec(b.date)).filter(Number.isFinite);
  let min = Math.min(...starts);
  let max = Math.max(...starts);
  // Show the whole selected period, stepping from an actual bucket so the grid stays aligned.
  if (range.from) {
    const f = toSec(range.from);
    while (Number.isFinite(f) && min - step >= f && (max - min) / step < MAX_BUCKETS) min -= step;
  }
  if (range.to) {
    const t = toSec(range.to);
    while (Number.isFinite(t) && max + step <= t && (max - min) / step < MAX_BUCKETS) max += step;
  }
  const xs: number[] = [];
  for (let x = min; x <= max && xs.length < MAX_BUCKETS; x += step) xs.push(x);
  const index = new Map(xs.map((x, i) => [x, i]));
  const present = new Set(buckets.map((b) => b.event_type));
  const types = [...EVENT_TYPE_ORDER.filter((t) => present.has(t)), ...[...present].filter((t) => !EVENT_TYPE_ORDER.includes(t)).sort()];
  const raw = types.map(() => new Array<number>(xs.length).fill(0));
  for (const b of buckets) {
    const i = index.get(toSec(b.date)) ?? nearest(xs, toSec(b.date));
    const k = types.indexOf(b.event_type);
    if (i >= 0 && k >= 0) raw[k][i] += b[metric] ?? 0;
  }
  return { xs, types, raw };
}

function nearest(xs: number[], x: number): number {
  let best = -1;
  for (let i = 0; i < xs.length; i++) if (xs[i] <= x) best = i;
  return best;
}

export interface TimelineView {
  element: HTMLElement;
  refresh(): void;
}

export function createTimeline(): TimelineView {
  const chartEl = h('div', { class: 'chart', role: 'img', 'aria-label': 'Timeline of events' });
  const metricSel = h(
    'select',
    { id: 'tl-metric' },
    h('option', { value: 'events' }, 'Events'),
    h('option', { value: 'fatalities' }, 'Fatalities'),
  ) as HTMLSelectElement;
  const bucketSel = h(
    'select',
    { id: 'tl-bucket' },
    h('option', { value: '' }, 'Auto'),
    h('option', { value: 'day' }, 'Day'),
    h('option', { value: 'week' }, 'Week'),
  ) as HTMLSelectElement;
  const clearBtn = h('button', { type: 'button', class: 'link-button', id: 'tl-clear' }, 'Clear period') as HTMLButtonElement;
  const summary = h('p', { class: 'chart-summary', 'aria-live': 'polite' });
  const element = h(
    'section',
    { class: 'panel timeline-panel', 'aria-labelledby': 'tl-title' },
    h(
      'div',
      { class: 'panel-head' },
      h('h2', { id: 'tl-title' }, 'Timeline'),
      h('label', { for: 'tl-metric', class: 'inline' }, 'Show ', metricSel),
      h('label', { for: 'tl-bucket', class: 'inline' }, 'per ', bucketSel),
      clearBtn,
    ),
    h('p', { class: 'hint' }, 'Drag across the chart to select a period.'),
    chartEl,
    summary,
  );

  let plot: uPlot | null = null;
  let current: Series & { step: number } = { xs: [], types: [], raw: [], step: DAY };
  let controller: AbortController | null = null;

  metricSel.addEventListener('change', () => store.setView({ metric: metricSel.value === 'events' ? '' : metricSel.value }));
  bucketSel.addEventListener('change', () => store.setView({ bucket: bucketSel.value }));
  clearBtn.addEventListener('click', () => store.setFilters({ from: '', to: '' }));

  function select(u: uPlot): void {
    const { left, width } = u.select;
    if (width < 3 || current.xs.length === 0) return;
    const i0 = u.posToIdx(left);
    const i1 = u.posToIdx(left + width);
    u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
    const a = current.xs[Math.max(0, Math.min(i0, i1))];
    const b = current.xs[Math.min(current.xs.length - 1, Math.max(i0, i1))];
    if (a === undefined || b === undefined) return;
    store.setFilters({ from: toDate(a), to: toDate(b + current.step - DAY) });
  }

  function render(series: Series, metric: 'events' | 'fatalities', step: number): void {
    current = { ...series, step };
    plot?.destroy();
    plot = null;
    if (series.xs.length === 0) {
      chartEl.replaceChildren(h('p', { class: 'empty' }, 'No events for these filters.'));
      summary.textContent = '';
      return;
    }
    chartEl.replaceChildren();
    // Stack: series k holds the sum of types 0..k; drawn from the top of the stack down so each bar shows.
    const cum: number[][] = [];
    series.raw.forEach((row, k) => cum.push(row.map((v, i) => v + (k > 0 ? cum[k - 1][i] : 0))));
    const order = series.types.map((_, k) => k).reverse();
    const data: uPlot.AlignedData = [series.xs, ...order.map((k) => cum[k])];
    const bars = uPlot.paths.bars!({ size: [0.85, 48], gap: 1 });
    const width = Math.max(280, chartEl.clientWidth || element.clientWidth - 24);
    const opts: uPlot.Options = {
      width,
      height: CHART_HEIGHT,
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
      select: { show: true, left: 0, top: 0, width: 0, height: 0 },
      legend: { show: true, live: true },
      scales: { x: { time: true, range: (_u, lo, hi) => [lo - step / 2, hi + step / 2] }, y: { range: (_u, _lo, hi) => [0, Math.max(1, hi) * 1.08] } },
      axes: [
        { stroke: '#444', grid: { show: false }, ticks: { stroke: '#ccc' } },
        {
          stroke: '#444',
          grid: { stroke: '#eee' },
          ticks: { stroke: '#ccc' },
          size: 44,
          // Counts: whole numbers only.
          incrs: [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000, 1e6],
          values: (_u, ticks) => ticks.map((v) => formatNumber(v)),
        },
      ],
      series: [
        { label: step === DAY ? 'Day' : 'Week of', value: (_u, v) => (v == null ? '' : toDate(v)) },
        ...order.map((k) => ({
          label: series.types[k],
          stroke: typeColor(series.types[k]),
          fill: typeColor(series.types[k]),
          width: 0,
          paths: bars,
          points: { show: false },
          value: (_u: uPlot, _v: number | null, _si: number, idx: number | null) =>
            idx == null ? formatNumber(series.raw[k].reduce((a, b) => a + b, 0)) : formatNumber(series.raw[k][idx]),
        })),
      ],
      hooks: { setSelect: [select] },
    };
    plot = new uPlot(opts, data, chartEl);
    const total = series.raw.flat().reduce((a, b) => a + b, 0);
    const label = `${metric === 'events' ? plural(total, 'event') : plural(total, 'fatality', 'fatalities')} from ${toDate(series.xs[0])} to ${toDate(series.xs[series.xs.length - 1] + step - DAY)}, per ${step === DAY ? 'day' : 'week'}`;
    summary.textContent = label;
    chartEl.setAttribute('aria-label', `Timeline: ${label}`);
  }

  async function load(): Promise<void> {
    controller?.abort();
    controller = new AbortController();
    lastKey = key();
    const { filters, view } = store.get();
    const metric = view.metric === 'fatalities' ? 'fatalities' : 'events';
    metricSel.value = metric;
    bucketSel.value = view.bucket === 'day' || view.bucket === 'week' ? view.bucket : '';
    clearBtn.hidden = !filters.from && !filters.to;
    let bucket: 'day' | 'week' = view.bucket === 'day' ? 'day' : 'week';
    if (!view.bucket && filters.from && filters.to && (toSec(filters.to) - toSec(filters.from)) / DAY <= 120) bucket = 'day';
    try {
      let { buckets } = await api.timeline(filterParams(filters, { bucket }), controller.signal);
      // Auto: a short span reads better per day.
      if (!view.bucket && bucket === 'week' && new Set(buckets.map((b) => b.date)).size < 10) {
        const days = await api.timeline(filterParams(filters, { bucket: 'day' }), controller.signal);
        const span = days.buckets.length ? (Math.max(...days.buckets.map((b) => toSec(b.date))) - Math.min(...days.buckets.map((b) => toSec(b.date)))) / DAY : 0;
        if (span <= 120) {
          buckets = days.buckets;
          bucket = 'day';
        }
      }
      const step = bucket === 'day' ? DAY : 7 * DAY;
      render(buildSeries(buckets, metric, step, filters), metric, step);
    } catch (err) {
      if (!isAbort(err)) chartEl.replaceChildren(h('p', { class: 'error' }, `Timeline: ${(err as Error).message}`));
    }
  }

  new ResizeObserver(() => {
    if (plot && chartEl.clientWidth > 0 && Math.abs(plot.width - chartEl.clientWidth) > 4) {
      plot.setSize({ width: chartEl.clientWidth, height: CHART_HEIGHT });
    }
  }).observe(chartEl);

  let lastKey = '';
  const key = () => {
    const { filters, view } = store.get();
    return JSON.stringify([filters, view.metric ?? '', view.bucket ?? '']);
  };
  store.subscribe(() => {
    if (key() !== lastKey) void load();
  });
  void load();
  return { element, refresh: () => void load() };
}
