/**
 * The events table: one bounded page at a time from /api/events (cursor pagination), sortable by date and
 * fatalities. Each row opens the event's page (the date is a link, so it is reachable by keyboard).
 */
import { api, ApiError, isAbort, type EventSort, type StoredEvent } from './api';
import { typeColor } from './colors';
import { formatNumber, h } from './dom';
import { filterParams, store } from './state';

const SORTABLE: Record<string, string> = { date: 'Date', fatalities: 'Fatalities' };
const SORTS: readonly EventSort[] = ['-date', 'date', '-fatalities', 'fatalities'];

/** The 400 of a server that has no `sort` parameter ("Unrecognized key: \"sort\"", "sort: ..."). */
function rejectsSort(err: unknown): boolean {
  return err instanceof ApiError && err.status === 400 && /\bsort\b/.test(err.message);
}
const PAGE_SIZES = [25, 50, 100];

export function place(e: Pick<StoredEvent, 'location' | 'admin1' | 'country'>): string {
  return [e.location, e.admin1 !== e.location ? e.admin1 : null, e.country].filter(Boolean).join(', ');
}

export function actors(e: Pick<StoredEvent, 'actor1' | 'actor2'>): string {
  return e.actor2 ? `${e.actor1} vs ${e.actor2}` : e.actor1;
}

export interface TableView {
  element: HTMLElement;
  refresh(): void;
}

export function createTable(): TableView {
  const tbody = h('tbody');
  const headRow = h('tr');
  const caption = h('caption', { class: 'visually-hidden' }, 'Events matching the filters');
  const table = h('table', { class: 'events', id: 'events-table' }, caption, h('thead', null, headRow), tbody);
  const prev = h('button', { type: 'button', id: 'page-prev' }, '← Previous') as HTMLButtonElement;
  const next = h('button', { type: 'button', id: 'page-next' }, 'Next →') as HTMLButtonElement;
  const pageInfo = h('span', { class: 'page-info', 'aria-live': 'polite' });
  const sizeSel = h('select', { id: 'page-size' }, PAGE_SIZES.map((n) => h('option', { value: String(n) }, String(n)))) as HTMLSelectElement;
  const element = h(
    'section',
    { class: 'panel table-panel', 'aria-labelledby': 'table-title' },
    h('div', { class: 'panel-head' }, h('h2', { id: 'table-title' }, 'Events'), pageInfo),
    h('div', { class: 'table-scroll' }, table),
    h(
      'nav',
      { class: 'pager', 'aria-label': 'Pages of events' },
      prev,
      next,
      h('label', { for: 'page-size', class: 'inline' }, 'Rows per page ', sizeSel),
    ),
  );

  // Cursor of each page seen so far: cursors[0] is the first page (no cursor).
  let cursors: (string | null)[] = [null];
  let page = 0;
  let nextCursor: string | null = null;
  let controller: AbortController | null = null;
  let sortSupported = true;
  const sortNote = h('p', { class: 'hint', id: 'sort-note', hidden: true }, 'This server lists events newest first only.');
  element.insertBefore(sortNote, element.querySelector('.table-scroll'));

  function sortState(): { key: string; desc: boolean } {
    const sort = (sortSupported && SORTS.find((s) => s === store.get().view.sort)) || '-date';
    return { key: sort.replace(/^-/, ''), desc: sort.startsWith('-') };
  }

  function renderHead(): void {
    const { key, desc } = sortState();
    sortNote.hidden = sortSupported;
    const th = (label: string, sortKey?: string, cls?: string) => {
      if (!sortKey || !sortSupported) return h('th', { scope: 'col', class: cls }, label);
      const active = key === sortKey;
      const btn = h(
        'button',
        {
          type: 'button',
          class: 'sort',
          'data-sort': sortKey,
          'aria-label': `Sort by ${label.toLowerCase()}${active ? (desc ? ', currently descending' : ', currently ascending') : ''}`,
          onclick: () => {
            const sort = `${active && desc ? '' : '-'}${sortKey}`;
            store.setView({ sort: sort === '-date' ? '' : sort }); // -date is the default: keep the URL short
          },
        },
        label,
        h('span', { class: 'sort-arrow', 'aria-hidden': 'true' }, active ? (desc ? ' ▼' : ' ▲') : ' ↕'),
      );
      return h('th', { scope: 'col', class: cls, 'aria-sort': active ? (desc ? 'descending' : 'ascending') : 'none' }, btn);
    };
    headRow.replaceChildren(
      th(SORTABLE.date, 'date'),
      th('Place'),
      th('Type'),
      th('Actors'),
      th(SORTABLE.fatalities, 'fatalities', 'num'),
      th('Sources'),
    );
  }

  function row(e: StoredEvent): HTMLTableRowElement {
    const href = `#/event/${encodeURIComponent(String(e.id))}`;
    const tr = h(
      'tr',
      { 'data-id': String(e.id), class: 'event-row' },
      h('td', { class: 'nowrap' }, h('a', { href, class: 'event-link' }, e.event_date ?? 'date unknown')),
      h('td', null, place(e) || '—', e.geo_precision === 3 ? h('span', { class: 'badge', title: 'Located to a region only' }, 'region') : null),
      h(
        'td',
        null,
        h('span', { class: 'type-dot', style: `background:${typeColor(e.event_type)}`, 'aria-hidden': 'true' }),
        e.event_type,
        h('div', { class: 'sub' }, e.sub_event_type),
      ),
      h('td', null, actors(e)),
      h(
        'td',
        { class: 'num' },
        formatNumber(e.fatalities),
        e.fatalities_low != null && e.fatalities_high != null && e.fatalities_low !== e.fatalities_high
          ? h('div', { class: 'sub' }, `${e.fatalities_low}–${e.fatalities_high}`)
          : null,
      ),
      h('td', null, e.source ?? '', e.mention_count > 1 ? h('div', { class: 'sub' }, `${e.mention_count} reports`) : null),
    );
    tr.addEventListener('click', (ev) => {
      if ((ev.target as HTMLElement).closest('a')) return;
      if (window.getSelection()?.toString()) return;
      window.location.hash = href;
    });
    return tr;
  }

  async function load(): Promise<void> {
    controller?.abort();
    controller = new AbortController();
    const { filters, view } = store.get();
    const limit = PAGE_SIZES.includes(Number(view.limit)) ? Number(view.limit) : 25;
    sizeSel.value = String(limit);
    renderHead();
    // The newest first is the server's default order: `sort` is only sent for another order (one the
    // server knows: a hand-edited URL's other value falls back to the default).
    const wanted = SORTS.find((s) => s === view.sort);
    const sort = wanted && wanted !== '-date' && sortSupported ? wanted : undefined;
    const params = filterParams(filters, { limit, sort, cursor: cursors[page] ?? undefined });
    element.setAttribute('aria-busy', 'true');
    try {
      let result;
      try {
        result = await api.events(params, controller.signal);
      } catch (err) {
        // Vigil's server sorts (`sort`: date or fatalities, either way, paged by cursor). A server from
        // before it rejects the parameter by name: then, and only then, fall back to its own order and say
        // so. Any other 400 (a bad filter, a stale cursor) is shown as an error, and sorting stays on.
        if (!sort || !rejectsSort(err)) throw err;
        sortSupported = false;
        params.delete('sort');
        renderHead();
        result = await api.events(params, controller.signal);
      }
      const { events, next_cursor } = result;
      nextCursor = next_cursor;
      tbody.replaceChildren(
        ...(events.length ? events.map(row) : [h('tr', null, h('td', { colspan: '6', class: 'empty' }, 'No events match these filters.'))]),
      );
      const first = page * limit + 1;
      pageInfo.textContent = events.length ? `Showing ${first}–${first + events.length - 1}${next_cursor ? '' : ` of ${first + events.length - 1}`}` : '';
      prev.disabled = page === 0;
      next.disabled = !next_cursor;
    } catch (err) {
      if (!isAbort(err)) {
        tbody.replaceChildren(h('tr', null, h('td', { colspan: '6', class: 'error' }, `Could not load events: ${(err as Error).message}`)));
      }
    } finally {
      element.removeAttribute('aria-busy');
    }
  }

  function reset(): void {
    cursors = [null];
    page = 0;
    void load();
  }

  prev.addEventListener('click', () => {
    if (page > 0) {
      page--;
      void load();
    }
  });
  next.addEventListener('click', () => {
    if (!nextCursor) return;
    cursors[page + 1] = nextCursor;
    page++;
    void load();
  });
  sizeSel.addEventListener('change', () => store.setView({ limit: sizeSel.value === '25' ? '' : sizeSel.value }));

  let lastKey = '';
  store.subscribe(() => {
    const { filters, view } = store.get();
    const key = JSON.stringify([filters, view.sort ?? '', view.limit ?? '']);
    if (key !== lastKey) {
      lastKey = key;
      reset();
    }
  });
  lastKey = JSON.stringify([store.get().filters, store.get().view.sort ?? '', store.get().view.limit ?? '']);
  void load();
  return { element, refresh: reset };
}
