/**
 * An event's page: every field, its sources, its history, and the text of each report with the evidence
 * spans marked. Report text is shown as text nodes and `<mark>` elements only.
 */
import { api, type EventDetail, type HistoryEntry, type Report } from './api';
import { typeColor } from './colors';
import { formatNumber, h, safeUrl } from './dom';
import { fieldLabel, renderEvidence, type Span } from './evidence';
import { fieldsTable, formatValue, linkMarksToRows } from './fields';
import { place } from './table';

export async function renderEventPage(container: HTMLElement, id: string): Promise<void> {
  container.replaceChildren(h('p', { class: 'loading' }, 'Loading event…'));
  let detail: EventDetail;
  try {
    detail = await api.event(id);
  } catch (err) {
    container.replaceChildren(
      h('p', null, h('a', { href: '#/' }, '← Back to the dashboard')),
      h('h1', { tabindex: '-1' }, 'Event not found'),
      h('p', { class: 'error' }, (err as Error).message),
    );
    return;
  }
  const { event, mentions = [], reports = [], history = [] } = detail;

  // Evidence spans per report, from each mention (offsets are into that mention's report).
  const spansByReport = new Map<string, Span[]>();
  for (const m of mentions) {
    const key = String(m.report_id);
    spansByReport.set(key, [...(spansByReport.get(key) ?? []), ...(m.extracted?.evidence ?? [])]);
  }
  if (mentions.length === 0 && reports.length > 0 && event.evidence?.length) {
    spansByReport.set(String(reports[0].id), event.evidence);
  }
  const evidenceFields = new Set([...spansByReport.values()].flat().map((s) => s.field));

  const texts = h('div', { class: 'report-texts' });
  const table = fieldsTable(event, () => texts, evidenceFields);

  const reportById = new Map(reports.map((r) => [String(r.id), r]));
  for (const r of reports) texts.appendChild(reportBlock(r, spansByReport.get(String(r.id)) ?? []));
  if (reports.length === 0) texts.appendChild(h('p', { class: 'empty' }, 'No report text is stored for this event.'));
  linkMarksToRows(texts, table);

  const title = `${event.sub_event_type}${place(event) ? ` in ${place(event)}` : ''}`;
  container.replaceChildren(
    h('p', null, h('a', { href: '#/', class: 'back' }, '← Back to the dashboard')),
    h(
      'header',
      { class: 'event-head' },
      h('h1', { tabindex: '-1' }, h('span', { class: 'type-dot', style: `background:${typeColor(event.event_type)}`, 'aria-hidden': 'true' }), title),
      h(
        'p',
        { class: 'event-meta' },
        `${event.event_date ?? 'Date unknown'} · ${event.event_type} · ${formatNumber(event.fatalities)} fatalities · ${event.actor2 ? `${event.actor1} vs ${event.actor2}` : event.actor1}`,
      ),
      event.geo_precision === 3 ? h('p', { class: 'warning' }, 'Located to a region only: the coordinates are the region’s, not the place of the event.') : null,
    ),
    h(
      'div',
      { class: 'event-grid' },
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'fields-title' },
        h('h2', { id: 'fields-title' }, 'Fields'),
        h('p', { class: 'hint' }, 'Hover or focus a field marked ¶ to highlight its evidence in the report text.'),
        table,
      ),
      h(
        'div',
        { class: 'event-side' },
        h('section', { class: 'panel', 'aria-labelledby': 'reports-title' }, h('h2', { id: 'reports-title' }, `Reports (${reports.length})`), texts),
        h(
          'section',
          { class: 'panel', 'aria-labelledby': 'sources-title' },
          h('h2', { id: 'sources-title' }, 'Sources'),
          h(
            'dl',
            { class: 'compact' },
            h('dt', null, 'Sources'),
            h('dd', null, event.source || '—'),
            h('dt', null, 'Source scale'),
            h('dd', null, event.source_scale || '—'),
            h('dt', null, 'Reports'),
            h('dd', null, String(event.mention_count ?? mentions.length)),
          ),
          h('ul', { class: 'sources' }, reports.map((r) => h('li', null, reportCitation(r)))),
        ),
        h(
          'section',
          { class: 'panel', 'aria-labelledby': 'history-title' },
          h('h2', { id: 'history-title' }, 'History'),
          history.length === 0
            ? h('p', { class: 'empty' }, 'No changes since the event was first coded.')
            : h(
                'table',
                { class: 'history' },
                h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'When'), h('th', { scope: 'col' }, 'Report'), h('th', { scope: 'col' }, 'Changes'))),
                h('tbody', null, history.map((entry) => historyRow(entry, reportById))),
              ),
        ),
      ),
    ),
  );
  container.querySelector<HTMLElement>('h1')?.focus();
  document.title = `${title} · Vigil`;
}

/** Report ids can be content hashes: show their start. */
export function shortId(id: string | number): string {
  const s = String(id);
  return s.length > 14 ? `${s.slice(0, 10)}…` : s;
}

function shorten(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function formatTime(at: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(at);
  return m ? `${m[1]} ${m[2]} UTC` : at;
}

function historyRow(entry: HistoryEntry, reportById: Map<string, Report>): HTMLTableRowElement {
  const changes = Object.entries(entry.changes ?? {});
  const report = entry.report_id == null ? null : reportById.get(String(entry.report_id));
  const list = h(
    'ul',
    { class: 'changes' },
    changes.map(([field, pair]) => {
      const [before, after] = Array.isArray(pair) ? pair : [null, pair];
      return h(
        'li',
        null,
        h('strong', null, fieldLabel(field)),
        ': ',
        before === null || before === undefined ? null : [h('del', null, shorten(formatValue(field, before))), ' → '],
        h('ins', null, shorten(formatValue(field, after))),
      );
    }),
  );
  // The first coding sets every field from nothing: a summary, with the values folded away.
  const created = changes.length > 3 && changes.every(([, pair]) => !Array.isArray(pair) || pair[0] === null || pair[0] === undefined);
  return h(
    'tr',
    null,
    h('td', null, formatTime(entry.at)),
    h('td', null, entry.report_id == null ? '—' : report?.title || `Report ${shortId(entry.report_id)}`),
    h('td', null, created ? h('details', null, h('summary', null, `First coded (${changes.length} fields)`), list) : list),
  );
}

function reportCitation(r: Report): HTMLElement {
  const url = safeUrl(r.url);
  const label = r.title || r.url || `Report ${shortId(r.id)}`;
  return h(
    'span',
    null,
    url ? h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, label) : label,
    r.source ? ` — ${r.source}` : '',
    r.published ? ` (${r.published})` : '',
  );
}

function reportBlock(r: Report, spans: Span[]): HTMLElement {
  const text = h('div', { class: 'report-text', 'data-report': String(r.id) });
  const unplaced = renderEvidence(text, r.text ?? '', spans);
  return h(
    'article',
    { class: 'report' },
    h('h3', null, reportCitation(r)),
    text,
    unplaced.length
      ? h('p', { class: 'warning' }, `Evidence not found in this text: ${unplaced.map((s) => `${fieldLabel(s.field)} “${s.text ?? ''}”`).join('; ')}`)
      : null,
  );
}
