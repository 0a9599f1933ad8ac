/**
 * The map: Leaflet with no tile layer (no tile server is reachable), country outlines from world-atlas as the
 * basemap, and the events from /api/stats/map (aggregated by the server for the view's bbox and zoom, so the
 * map never loads the whole table). Markers are coloured by event type and sized by fatalities, clustered
 * when dense; region-level locations (geo_precision 3) are drawn as dashed translucent areas with no centre
 * dot, labelled "region-level location", so nobody reads them as a precise point.
 */
import L from 'leaflet';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { api, isAbort, type MapPoint } from './api';
import { EVENT_TYPE_ORDER, TYPE_COLORS, typeColor } from './colors';
import { formatNumber, h, plural } from './dom';
import { filterParams, store, type State } from './state';

/** Radius (px) of a marker for a number of fatalities. */
export function radiusFor(fatalities: number): number {
  return Math.min(28, 6 + 2.2 * Math.sqrt(Math.max(0, fatalities)));
}

/** Radius (m) of the area drawn for a region-level location. */
const REGION_RADIUS_M = 60_000;
const REGION_MIN_PX = 24;

interface PointMarkerOptions extends L.CircleMarkerOptions {
  count: number;
  fatalities: number;
  eventType: string;
}

export interface MapView {
  element: HTMLElement;
  refresh(): void;
  onShow(): void;
}

/** Builds the map panel inside `mount` (which must be in the document, so Leaflet can measure it). */
export function createMap(mount: HTMLElement, openEvent: (id: string) => void): MapView {
  const mapEl = h('div', { class: 'map', id: 'map', role: 'region', 'aria-label': 'Map of events' });
  const onlyView = h('input', { type: 'checkbox', id: 'map-bbox' }) as HTMLInputElement;
  const info = h('span', { class: 'map-info', 'aria-live': 'polite' });
  const element = h(
    'section',
    { class: 'panel map-panel', 'aria-labelledby': 'map-title' },
    h(
      'div',
      { class: 'panel-head' },
      h('h2', { id: 'map-title' }, 'Map'),
      info,
      h('label', { class: 'inline', for: 'map-bbox' }, onlyView, ' Filter table and timeline to the map view'),
    ),
    mapEl,
    legend(),
  );
  mount.replaceChildren(element);

  const map = L.map(mapEl, {
    worldCopyJump: false,
    minZoom: 1,
    maxZoom: 12,
    zoomSnap: 0.5,
    attributionControl: true,
    maxBounds: [
      [-85, -200],
      [85, 200],
    ],
    maxBoundsViscosity: 0.8,
  });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Outlines: Natural Earth via world-atlas');

  // Basemap: country outlines, loaded as a separate chunk.
  map.createPane('basemap');
  map.getPane('basemap')!.style.zIndex = '200';
  import('world-atlas/countries-50m.json').then((mod) => {
    const topo = (mod as { default?: unknown }).default ?? mod;
    const t = topo as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const countries = feature(t, t.objects.countries);
    L.geoJSON(countries, {
      pane: 'basemap',
      interactive: false,
      style: { color: '#9aa5b1', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1 },
    }).addTo(map);
  });

  const regions = L.layerGroup().addTo(map);
  const cluster = L.markerClusterGroup({
    showCoverageOnHover: false,
    maxClusterRadius: 40,
    spiderfyOnMaxZoom: true,
    chunkedLoading: true,
    iconCreateFunction: (c) => {
      const markers = c.getAllChildMarkers() as unknown as L.CircleMarker[];
      let count = 0;
      let fatalities = 0;
      const byType = new Map<string, number>();
      for (const m of markers) {
        const o = m.options as PointMarkerOptions;
        count += o.count ?? 1;
        fatalities += o.fatalities ?? 0;
        byType.set(o.eventType, (byType.get(o.eventType) ?? 0) + (o.count ?? 1));
      }
      const top = [...byType.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
      const size = Math.round(Math.min(56, 26 + 3 * Math.log2(count + 1)));
      const el = h(
        'div',
        {
          class: 'cluster-icon',
          style: `width:${size}px;height:${size}px;border-color:${typeColor(top)}`,
          title: `${count} events, ${fatalities} fatalities`,
        },
        h('span', null, formatNumber(count)),
      );
      return L.divIcon({ html: el, className: 'cluster', iconSize: [size, size] });
    },
  });
  map.addLayer(cluster);

  // Initial view: from the URL; else the world, then fitted to the events. The server aggregates more
  // coarsely at low zoom, so the fit is checked again (at most twice) on the finer points of the new view,
  // until the user moves the map.
  const initial = parseView(store.get().view.map);
  let autoFit = !initial;
  let fitPasses = 0;
  if (initial) map.setView([initial.lat, initial.lon], initial.zoom);
  else map.setView([15, 20], 2);
  for (const type of ['mousedown', 'touchstart', 'wheel', 'keydown']) {
    mapEl.addEventListener(type, () => (autoFit = false), { passive: true });
  }

  let controller: AbortController | null = null;
  async function load(): Promise<void> {
    controller?.abort();
    controller = new AbortController();
    const state = store.get();
    const zoom = Math.round(map.getZoom());
    // Before the first fit the whole extent is wanted; after it, the view (and a margin).
    const bbox = autoFit && fitPasses === 0 ? undefined : boundsParam(map.getBounds().pad(0.2));
    const params = filterParams({ ...state.filters, bbox }, { zoom });
    if (!bbox) params.delete('bbox');
    try {
      const { points } = await api.map(params, controller.signal);
      draw(points);
      if (!visible()) return; // fitted when shown again: a hidden map has no size
      if (autoFit && fitPasses < 3 && points.length > 0) {
        const b = L.latLngBounds(points.map((p) => [p.lat, p.lon] as [number, number]));
        const pad = map.getBounds().pad(-0.08);
        if (fitPasses === 0 || !pad.contains(b)) {
          fitPasses++;
          map.fitBounds(b, { maxZoom: 7, animate: false, padding: [56, 56] });
        } else {
          fitPasses = 3;
        }
      }
    } catch (err) {
      if (!isAbort(err)) info.textContent = `Map: ${(err as Error).message}`;
    }
  }

  function draw(points: MapPoint[]): void {
    cluster.clearLayers();
    regions.clearLayers();
    regionAreas = [];
    const markers: L.Layer[] = [];
    let events = 0;
    let approx = 0;
    for (const p of points) {
      if (!Number.isFinite(p.lat) || !Number.isFinite(p.lon)) continue;
      events += p.count;
      const color = typeColor(p.event_type);
      const label = `${plural(p.count, 'event')} · ${p.event_type} · ${plural(p.fatalities, 'fatality', 'fatalities')}`;
      if (p.geo_precision === 3) {
        approx += p.count;
        const area = L.circle([p.lat, p.lon], {
          radius: REGION_RADIUS_M,
          color,
          weight: 2,
          dashArray: '6 6',
          fillColor: color,
          fillOpacity: 0.12,
          className: 'region-marker',
        });
        regionAreas.push(area);
        // Tooltips get elements, not strings: Leaflet would parse a string as HTML.
        area.bindTooltip(h('span', null, `Region-level location (not a precise point): ${label}`), { sticky: true });
        area.on('click', () => activate(p));
        reachable(area, `Region-level location: ${label}`, p);
        regions.addLayer(area);
        continue;
      }
      const marker = L.circleMarker([p.lat, p.lon], {
        radius: radiusFor(p.fatalities),
        color: '#ffffff',
        weight: 1.5,
        fillColor: color,
        fillOpacity: 0.85,
        className: p.id != null ? `event-marker event-${p.id}` : 'event-marker',
        count: p.count,
        fatalities: p.fatalities,
        eventType: p.event_type,
      } as PointMarkerOptions);
      marker.bindTooltip(h('span', null, p.geo_precision === 2 ? `${label} (near the named place)` : label));
      marker.on('click', () => activate(p));
      reachable(marker, label, p);
      markers.push(marker);
    }
    cluster.addLayers(markers);
    sizeRegions();
    info.textContent = `${plural(events, 'event')} in view${approx ? `, ${formatNumber(approx)} located to a region only` : ''}`;
  }

  // A region is drawn at least REGION_MIN_PX across, so it reads as an area at every zoom.
  let regionAreas: L.Circle[] = [];
  function sizeRegions(): void {
    for (const area of regionAreas) {
      const lat = area.getLatLng().lat;
      const metresPerPixel = (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / 2 ** (map.getZoom() + 8);
      area.setRadius(Math.max(REGION_RADIUS_M, REGION_MIN_PX * metresPerPixel));
    }
  }
  map.on('zoomend', sizeRegions);

  /** A marker or area reached with Tab and opened with Enter or Space, like a button, each time it is drawn. */
  function reachable(layer: L.Path, label: string, p: MapPoint): void {
    layer.on('add', () => {
      const el = layer.getElement();
      if (!el) return;
      el.setAttribute('tabindex', '0');
      el.setAttribute('role', 'button');
      el.setAttribute('aria-label', label);
      el.addEventListener('keydown', (e) => {
        const key = (e as KeyboardEvent).key;
        if (key !== 'Enter' && key !== ' ') return;
        e.preventDefault();
        activate(p);
      });
    });
  }

  function activate(p: MapPoint): void {
    if (p.id != null && p.count === 1) openEvent(String(p.id));
    else map.setView([p.lat, p.lon], Math.min(map.getMaxZoom(), map.getZoom() + 2));
  }

  map.on('moveend', () => {
    if (!visible()) return; // another page is shown: leave its URL alone
    const c = map.getCenter();
    store.setView({ map: `${round(map.getZoom(), 1)}/${round(c.lat, 3)}/${round(c.lng, 3)}` }, { silent: true });
    if (onlyView.checked) store.setFilters({ bbox: boundsParam(map.getBounds()) }, { replace: true });
    else void load();
  });

  onlyView.checked = Boolean(store.get().filters.bbox);
  onlyView.addEventListener('change', () => {
    store.setFilters({ bbox: onlyView.checked ? boundsParam(map.getBounds()) : '' });
  });

  store.subscribe((state: State, changed) => {
    onlyView.checked = Boolean(state.filters.bbox);
    if (changed.filters) void load();
  });

  function visible(): boolean {
    return mapEl.offsetParent !== null && mapEl.clientWidth > 0;
  }

  void load();

  return {
    element,
    refresh: () => void load(),
    onShow: () => {
      map.invalidateSize();
      if (autoFit && fitPasses === 0) void load();
    },
  };
}

function legend(): HTMLElement {
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Map legend' },
    EVENT_TYPE_ORDER.map((type) => h('li', null, h('span', { class: 'swatch', style: `background:${TYPE_COLORS[type]}` }), type)),
    h('li', null, h('span', { class: 'swatch region' }), 'Region-level location (approximate area, not a point)'),
    h('li', null, h('span', { class: 'swatch size' }), 'Size: fatalities · number: events in a cluster'),
  );
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}

function boundsParam(b: L.LatLngBounds): string {
  return [
    round(clamp(b.getWest(), -180, 180), 4),
    round(clamp(b.getSouth(), -90, 90), 4),
    round(clamp(b.getEast(), -180, 180), 4),
    round(clamp(b.getNorth(), -90, 90), 4),
  ].join(',');
}

function parseView(v: string | undefined): { zoom: number; lat: number; lon: number } | null {
  if (!v) return null;
  const [zoom, lat, lon] = v.split('/').map(Number);
  if (![zoom, lat, lon].every(Number.isFinite)) return null;
  return { zoom, lat, lon };
}
