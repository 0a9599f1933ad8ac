/**
 * The filter form: date range, country, admin1, event type and sub-type, actor, free text. Every control
 * writes to the URL state (store); the form follows the state back (Back button, timeline brushing).
 */
import { api, type Facets } from './api';
import { EVENT_TYPE_ORDER } from './colors';
import { h } from './dom';
import { store, type FilterKey } from './state';

export interface FiltersView {
  element: HTMLElement;
}

export function createFilters(): FiltersView {
  let facets: Facets = { countries: [], admin1: [], event_types: {}, actors: [] };

  const input = (id: FilterKey, type: string, extra: Record<string, string> = {}) =>
    h('input', { id: `f-${id}`, name: id, type, ...extra }) as HTMLInputElement;
  const select = (id: FilterKey) => h('select', { id: `f-${id}`, name: id }) as HTMLSelectElement;

  const from = input('from', 'date');
  const to = input('to', 'date');
  const country = select('country');
  const admin1 = select('admin1');
  const eventType = select('event_type');
  const subType = select('sub_event_type');
  const actorList = h('datalist', { id: 'actor-list' });
  const actor = input('actor', 'search', { list: 'actor-list', autocomplete: 'off', placeholder: 'Any actor' });
  const q = input('q', 'search', { placeholder: 'Words in notes, places, actors' });

  const field = (label: string, control: HTMLElement, cls = '') =>
    h('div', { class: `field ${cls}` }, h('label', { for: control.id }, label), control);

  const form = h(
    'form',
    { class: 'filters', id: 'filters', role: 'search', 'aria-label': 'Filter events' },
    field('From', from),
    field('To', to),
    field('Country', country),
    field('Admin1 (region)', admin1),
    field('Event type', eventType),
    field('Sub-event type', subType),
    field('Actor', actor),
    actorList,
    field('Text', q),
    h(
      'div',
      { class: 'buttons' },
      h('button', { type: 'submit', class: 'primary' }, 'Apply'),
      h('button', { type: 'button', id: 'f-reset', onclick: () => store.clearFilters() }, 'Reset filters'),
    ),
  );
  const element = h(
    'details',
    { class: 'panel filters-panel', open: true },
    h('summary', null, h('h2', null, 'Filters')),
    form,
  );
  // On a phone the filters start folded so the map and table come first.
  if (window.matchMedia('(max-width: 700px)').matches) element.removeAttribute('open');

  function options(sel: HTMLSelectElement, anyLabel: string, values: string[], current: string | undefined): void {
    const all = current && !values.includes(current) ? [current, ...values] : values;
    sel.replaceChildren(h('option', { value: '' }, anyLabel), ...all.map((v) => h('option', { value: v }, v)));
    sel.value = current ?? '';
  }

  function sync(): void {
    const f = store.get().filters;
    from.value = f.from ?? '';
    to.value = f.to ?? '';
    options(country, 'All countries', facets.countries, f.country);
    const regions = facets.admin1.filter((a) => !f.country || a.country === f.country).map((a) => a.admin1);
    options(admin1, 'All regions', [...new Set(regions)].sort(), f.admin1);
    const types = Object.keys(facets.event_types).length ? Object.keys(facets.event_types) : EVENT_TYPE_ORDER;
    options(eventType, 'All types', types, f.event_type);
    const subs = f.event_type ? (facets.event_types[f.event_type] ?? []) : Object.values(facets.event_types).flat();
    options(subType, 'All sub-types', [...new Set(subs)], f.sub_event_type);
    actor.value = f.actor ?? '';
    q.value = f.q ?? '';
    actorList.replaceChildren(...facets.actors.slice(0, 500).map((a) => h('option', { value: a })));
  }

  const onSelect = (key: FilterKey, sel: HTMLSelectElement, clears: FilterKey[] = []) =>
    sel.addEventListener('change', () => {
      const patch: Partial<Record<FilterKey, string>> = { [key]: sel.value };
      for (const k of clears) patch[k] = '';
      store.setFilters(patch);
    });
  onSelect('country', country, ['admin1']);
  onSelect('admin1', admin1);
  onSelect('event_type', eventType, ['sub_event_type']);
  onSelect('sub_event_type', subType);
  for (const [key, el] of [
    ['from', from],
    ['to', to],
  ] as const) {
    el.addEventListener('change', () => {
      if (!el.value || /^\d{4}-\d{2}-\d{2}$/.test(el.value)) store.setFilters({ [key]: el.value });
    });
  }
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    store.setFilters({ actor: actor.value.trim(), q: q.value.trim(), from: from.value, to: to.value });
  });
  actor.addEventListener('change', () => store.setFilters({ actor: actor.value.trim() }));
  q.addEventListener('change', () => store.setFilters({ q: q.value.trim() }));

  store.subscribe((_s, changed) => {
    if (changed.filters) sync();
  });
  sync();
  api
    .facets()
    .then((f) => {
      facets = { countries: f.countries ?? [], admin1: f.admin1 ?? [], event_types: f.event_types ?? {}, actors: f.actors ?? [] };
      sync();
    })
    .catch(() => {
      /* the form still works without suggestions */
    });
  return { element };
}
