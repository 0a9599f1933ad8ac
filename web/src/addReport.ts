/**
 * "Add a report": paste a report and its date, preview the events Vigil extracts (POST /api/extract, nothing
 * stored), then save it (POST /api/reports). The preview shows the text with each event's evidence marked.
 */
import { api, type Event, type ExtractResponse } from './api';
import { typeColor } from './colors';
import { announce, append, formatNumber, h, plural } from './dom';
import { shortId } from './eventPage';
import { renderEvidence } from './evidence';
import { fieldsTable, linkMarksToRows } from './fields';
import { actors, place } from './table';

export function createAddReport(onSaved: () => void): HTMLElement {
  const text = h('textarea', { id: 'report-text', name: 'text', rows: '12', required: true, placeholder: 'Paste the text of a news report…' }) as HTMLTextAreaElement;
  const published = h('input', { id: 'report-published', name: 'published', type: 'date' }) as HTMLInputElement;
  const title = h('input', { id: 'report-title', name: 'title', type: 'text' }) as HTMLInputElement;
  const url = h('input', { id: 'report-url', name: 'url', type: 'url', placeholder: 'https://…' }) as HTMLInputElement;
  const source = h('input', { id: 'report-source', name: 'source', type: 'text', placeholder: 'e.g. Reuters' }) as HTMLInputElement;
  const previewBtn = h('button', { type: 'submit', class: 'primary', id: 'preview-btn' }, 'Preview events') as HTMLButtonElement;
  const saveBtn = h('button', { type: 'button', id: 'save-btn', disabled: true }, 'Save report') as HTMLButtonElement;
  const output = h('div', { class: 'preview', id: 'preview', 'aria-live': 'polite' });

  const field = (label: string, control: HTMLElement) => h('div', { class: 'field' }, h('label', { for: control.id }, label), control);
  const form = h(
    'form',
    { class: 'panel add-form', id: 'add-form' },
    field('Report text', text),
    h('div', { class: 'field-row' }, field('Publication date', published), field('Title (optional)', title)),
    h('div', { class: 'field-row' }, field('URL (optional)', url), field('Source (optional)', source)),
    h('p', { class: 'hint' }, 'The publication date anchors relative dates (“on Friday”). Preview first: nothing is stored until you save.'),
    h('div', { class: 'buttons' }, previewBtn, saveBtn),
  );

  let previewed: string | null = null;
  const key = () => JSON.stringify([text.value, published.value]);
  const update = () => {
    saveBtn.disabled = previewed === null || previewed !== key();
  };
  text.addEventListener('input', update);
  published.addEventListener('input', update);

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (!text.value.trim()) {
      text.focus();
      return;
    }
    previewBtn.disabled = true;
    output.replaceChildren(h('p', { class: 'loading' }, 'Extracting…'));
    try {
      const submitted = key();
      const result = await api.extract({ text: text.value, ...(published.value ? { published: published.value } : {}) });
      renderPreview(output, result.text ?? text.value, result);
      previewed = submitted;
      update();
    } catch (err) {
      output.replaceChildren(h('p', { class: 'error' }, `Could not extract: ${(err as Error).message}`));
    } finally {
      previewBtn.disabled = false;
    }
  });

  saveBtn.addEventListener('click', async () => {
    saveBtn.disabled = true;
    try {
      const res = await api.saveReport({
        text: text.value,
        ...(published.value ? { published: published.value } : {}),
        ...(title.value.trim() ? { title: title.value.trim() } : {}),
        ...(url.value.trim() ? { url: url.value.trim() } : {}),
        ...(source.value.trim() ? { source: source.value.trim() } : {}),
      });
      const msg = res.duplicate
        ? `This report was already stored (report ${shortId(res.report_id)}); nothing new was added.`
        : `Saved report ${shortId(res.report_id)}: ${plural(res.events.length, 'event')}.`;
      const links = res.events.map((e) =>
        h('li', null, h('a', { href: `#/event/${encodeURIComponent(String(e.id))}` }, `${e.event_date ?? 'date unknown'} · ${e.sub_event_type} · ${place(e) || 'place unknown'}`)),
      );
      output.querySelector('#save-result')?.remove();
      const warnings = res.warnings ?? [];
      output.prepend(
        h(
          'div',
          { class: 'saved', id: 'save-result', role: 'status' },
          h('p', null, msg),
          links.length ? h('ul', null, links) : null,
          warnings.length ? h('ul', { class: 'warnings' }, warnings.map((w) => h('li', null, w))) : null,
        ),
      );
      announce(msg);
      previewed = null;
      onSaved();
    } catch (err) {
      announce(`Could not save: ${(err as Error).message}`, 'error');
      update();
    }
  });

  return h(
    'div',
    { class: 'add-page' },
    h('p', null, h('a', { href: '#/', class: 'back' }, '← Back to the dashboard')),
    h('h1', { tabindex: '-1' }, 'Add a report'),
    h('div', { class: 'add-grid' }, form, output),
  );
}

function renderPreview(output: HTMLElement, text: string, result: ExtractResponse): void {
  const { events = [], background = [], warnings = [] } = result;
  output.replaceChildren();
  append(output, [
    h('h2', null, events.length === 0 ? 'No events found in this report' : `${plural(events.length, 'event')} found`),
    warnings.length ? h('ul', { class: 'warnings' }, warnings.map((w) => h('li', null, w))) : null,
    events.map((e, i) => eventCard(e, i, text)),
    background.length
      ? h(
          'section',
          { class: 'background' },
          h('h3', null, 'Background (not new events)'),
          h('ul', null, background.map((b) => h('li', null, b.what, b.date ? ` (${b.date})` : ''))),
        )
      : null,
  ]);
}

function eventCard(e: Event, i: number, text: string): HTMLElement {
  const textEl = h('div', { class: 'report-text' });
  renderEvidence(textEl, text, e.evidence ?? []);
  const table = fieldsTable(e, () => textEl, new Set((e.evidence ?? []).map((s) => s.field)));
  linkMarksToRows(textEl, table);
  return h(
    'details',
    { class: 'event-card', open: i < 3, 'data-index': String(i) },
    h(
      'summary',
      null,
      h('span', { class: 'type-dot', style: `background:${typeColor(e.event_type)}`, 'aria-hidden': 'true' }),
      `${e.event_date ?? 'date unknown'} · ${e.sub_event_type} · ${place(e) || 'place unknown'} · ${actors(e)} · ${formatNumber(e.fatalities)} fatalities`,
    ),
    h('div', { class: 'card-grid' }, table, textEl),
  );
}
