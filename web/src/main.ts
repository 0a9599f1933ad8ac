/**
 * The dashboard's entry point: builds the dashboard (filters, map, timeline, table) once and routes between
 * it, an event's page (#/event/ID) and "Add a report" (#/add). Filters live in the query string (state.ts).
 */
import './style.css';
import { api } from './api';
import { createAddReport } from './addReport';
import { h } from './dom';
import { renderEventPage } from './eventPage';
import { createFilters } from './filters';
import { createMap, type MapView } from './map';
import { filterParams, store } from './state';
import { createTable, type TableView } from './table';
import { createTimeline, type TimelineView } from './timeline';

const main = document.getElementById('main')!;
const dashboard = h('div', { class: 'dashboard', id: 'dashboard' });
const page = h('div', { class: 'page', id: 'page', hidden: true });
main.replaceChildren(dashboard, page);

let map: MapView | null = null;
let timeline: TimelineView | null = null;
let table: TableView | null = null;
let stale = false;

function buildDashboard(): void {
  const filters = createFilters();
  timeline = createTimeline();
  table = createTable();
  const mapSlot = h('div', { class: 'map-slot' });
  dashboard.replaceChildren(
    h('h1', { class: 'visually-hidden', tabindex: '-1' }, 'Conflict events'),
    h('aside', { class: 'sidebar' }, filters.element),
    h('div', { class: 'content' }, h('div', { class: 'top-row' }, mapSlot, timeline.element), table.element),
  );
  // The map is made once its container is in the page, so Leaflet knows its size.
  map = createMap(mapSlot, (id) => (window.location.hash = `#/event/${encodeURIComponent(id)}`));
}

function updateExports(): void {
  const { filters } = store.get();
  (document.getElementById('export-csv') as HTMLAnchorElement).href = api.exportUrl('csv', filterParams(filters));
  (document.getElementById('export-geojson') as HTMLAnchorElement).href = api.exportUrl('geojson', filterParams(filters));
}

function setNav(name: string): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a[data-nav]')) {
    if (a.dataset.nav === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

let lastRoute = '';
function route(): void {
  const hash = window.location.hash.replace(/^#\/?/, '');
  const [name, ...rest] = hash.split('/');
  const previous = lastRoute;
  lastRoute = name || 'dashboard';
  if (name === 'event' && rest.length) {
    setNav('');
    dashboard.hidden = true;
    page.hidden = false;
    void renderEventPage(page, decodeURIComponent(rest.join('/')));
    window.scrollTo(0, 0);
    return;
  }
  if (name === 'add') {
    setNav('add');
    dashboard.hidden = true;
    page.hidden = false;
    page.replaceChildren(
      createAddReport(() => {
        stale = true;
      }),
    );
    document.title = 'Add a report · Vigil';
    page.querySelector<HTMLElement>('h1')?.focus();
    window.scrollTo(0, 0);
    return;
  }
  setNav('dashboard');
  document.title = 'Vigil';
  page.hidden = true;
  page.replaceChildren();
  dashboard.hidden = false;
  if (!map) buildDashboard();
  map?.onShow();
  if (stale) {
    stale = false;
    map?.refresh();
    timeline?.refresh();
    table?.refresh();
  }
  if (previous && previous !== 'dashboard') dashboard.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
}

store.subscribe(updateExports);
updateExports();
window.addEventListener('hashchange', route);
route();
