/**
 * The dashboard's state lives in the URL's query string, so a view can be shared and reloaded:
 * the filters of the API (from, to, country, admin1, event_type, sub_event_type, actor, q, bbox) and the
 * view's own settings (sort, page size, timeline bucket and metric, map position). The page shown lives in
 * the hash (#/, #/event/ID, #/add) so the filters survive a visit to an event's page.
 */
export const FILTER_KEYS = ['from', 'to', 'country', 'admin1', 'event_type', 'sub_event_type', 'actor', 'q', 'bbox'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export const VIEW_KEYS = ['sort', 'limit', 'bucket', 'metric', 'map'] as const;
export type ViewKey = (typeof VIEW_KEYS)[number];
export type View = Partial<Record<ViewKey, string>>;

export interface State {
  filters: Filters;
  view: View;
}

type Listener = (state: State, changed: { filters: boolean; view: boolean }) => void;

function read(): State {
  const params = new URLSearchParams(window.location.search);
  const filters: Filters = {};
  const view: View = {};
  for (const key of FILTER_KEYS) {
    const v = params.get(key)?.trim();
    if (v) filters[key] = v;
  }
  for (const key of VIEW_KEYS) {
    const v = params.get(key)?.trim();
    if (v) view[key] = v;
  }
  return { filters, view };
}

function same(a: Record<string, string | undefined>, b: Record<string, string | undefined>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? '') !== (b[k] ?? '')) return false;
  return true;
}

class Store {
  private state: State = read();
  private listeners = new Set<Listener>();

  constructor() {
    window.addEventListener('popstate', () => {
      const next = read();
      const changed = { filters: !same(this.state.filters, next.filters), view: !same(this.state.view, next.view) };
      this.state = next;
      if (changed.filters || changed.view) this.emit(changed);
    });
  }

  get(): State {
    return { filters: { ...this.state.filters }, view: { ...this.state.view } };
  }

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Changes filters (a new history entry, so Back undoes it). Empty strings remove a filter. */
  setFilters(patch: Filters, opts: { replace?: boolean } = {}): void {
    const filters = { ...this.state.filters };
    for (const [k, v] of Object.entries(patch) as [FilterKey, string | undefined][]) {
      if (v === undefined || v === '') delete filters[k];
      else filters[k] = v;
    }
    if (same(filters, this.state.filters)) return;
    this.state = { ...this.state, filters };
    this.write(!opts.replace);
    this.emit({ filters: true, view: false });
  }

  clearFilters(): void {
    const patch: Filters = {};
    for (const k of FILTER_KEYS) patch[k] = '';
    this.setFilters(patch);
  }

  /** Changes view settings (replaces the history entry: moving the map should not fill the history). */
  setView(patch: View, opts: { silent?: boolean } = {}): void {
    const view = { ...this.state.view };
    for (const [k, v] of Object.entries(patch) as [ViewKey, string | undefined][]) {
      if (v === undefined || v === '') delete view[k];
      else view[k] = v;
    }
    if (same(view, this.state.view)) return;
    this.state = { ...this.state, view };
    this.write(false);
    if (!opts.silent) this.emit({ filters: false, view: true });
  }

  private write(push: boolean): void {
    const params = new URLSearchParams();
    for (const key of FILTER_KEYS) if (this.state.filters[key]) params.set(key, this.state.filters[key]!);
    for (const key of VIEW_KEYS) if (this.state.view[key]) params.set(key, this.state.view[key]!);
    const qs = params.toString();
    const url = `${window.location.pathname}${qs ? `?${qs}` : ''}${window.location.hash}`;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }

  private emit(changed: { filters: boolean; view: boolean }): void {
    const state = this.get();
    for (const fn of this.listeners) fn(state, changed);
  }
}

export const store = new Store();

/** The filters as API query parameters. */
export function filterParams(filters: Filters, extra: Record<string, string | number | undefined> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]!);
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== '') params.set(k, String(v));
  return params;
}
