/**
 * The table of an event's fields, shared by the event page and the "Add a report" preview. A field with
 * evidence is marked as such; hovering or focusing its row highlights its `<mark>`s in the report text.
 */
import type { Event, StoredEvent } from './api';
import { h } from './dom';
import { fieldLabel, highlightField } from './evidence';

const ORDER = [
  'id',
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'geonameid',
  'fatalities',
  'fatalities_low',
  'fatalities_high',
  'wounded',
  'arrested',
  'source',
  'source_scale',
  'mention_count',
  'confidence',
  'notes',
  'created_at',
  'updated_at',
];

const TIME_PRECISION: Record<number, string> = { 1: 'the day is known', 2: 'the week is known', 3: 'the month is known' };
const GEO_PRECISION: Record<number, string> = { 1: 'the place itself', 2: 'near the named place', 3: 'a region only' };

export function formatValue(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (key === 'time_precision' && typeof value === 'number') return `${value} (${TIME_PRECISION[value] ?? '?'})`;
  if (key === 'geo_precision' && typeof value === 'number') return `${value} (${GEO_PRECISION[value] ?? '?'})`;
  if (key === 'confidence' && typeof value === 'number') return value.toFixed(2);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * The fields of `event` as a table. `textRoot` is where the marks live (the report texts); `evidenceFields`
 * the fields that have a span there.
 */
export function fieldsTable(event: Event | StoredEvent, textRoot: () => ParentNode, evidenceFields: Set<string>): HTMLTableElement {
  const record = event as unknown as Record<string, unknown>;
  const keys = [...ORDER.filter((k) => k in record), ...Object.keys(record).filter((k) => !ORDER.includes(k) && k !== 'evidence')];
  const rows = keys.map((key) => {
    const has = evidenceFields.has(key);
    const tr = h(
      'tr',
      { 'data-field': key, class: has ? 'has-evidence' : null, tabindex: has ? '0' : null },
      h('th', { scope: 'row' }, fieldLabel(key)),
      h('td', null, formatValue(key, record[key]), has ? h('span', { class: 'evidence-flag', title: 'Has evidence in the report text' }, ' ¶') : null),
    );
    if (has) {
      const on = () => {
        tr.classList.add('active');
        highlightField(textRoot(), key);
      };
      const off = () => {
        tr.classList.remove('active');
        highlightField(textRoot(), null);
      };
      tr.addEventListener('mouseenter', on);
      tr.addEventListener('mouseleave', off);
      tr.addEventListener('focus', on);
      tr.addEventListener('blur', off);
    }
    return tr;
  });
  return h('table', { class: 'fields' }, h('caption', { class: 'visually-hidden' }, 'Fields of the event'), h('tbody', null, rows));
}

/** Hovering a mark highlights its field's row (the other direction). */
export function linkMarksToRows(textRoot: HTMLElement, table: HTMLElement): void {
  textRoot.addEventListener('mouseover', (ev) => {
    const mark = (ev.target as HTMLElement).closest('mark');
    for (const r of table.querySelectorAll('tr.active')) r.classList.remove('active');
    if (mark) table.querySelector(`tr[data-field="${CSS.escape(mark.dataset.field ?? '')}"]`)?.classList.add('active');
  });
  textRoot.addEventListener('mouseleave', () => {
    for (const r of table.querySelectorAll('tr.active')) r.classList.remove('active');
  });
}
