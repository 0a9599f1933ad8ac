/**
 * Plain-text reports may start with a few "Key: value" lines (the examples do: "Published: 2025-03-14"),
 * the way e-mail and many text exports do. They are metadata, not the report, so they are taken off the text.
 */
import { ReportFields } from '../ingest/incoming.js';
import { InputError } from './errors.js';

const KEYS: Record<string, keyof ReportFields> = {
  published: 'published',
  date: 'published',
  title: 'title',
  titre: 'title',
  source: 'source',
  outlet: 'source',
  'source scale': 'source_scale',
  'source-scale': 'source_scale',
  url: 'url',
  link: 'url',
  language: 'language',
};

const LINE = /^([A-Za-z][A-Za-z -]{1,20}):[ \t]*(.*?)[ \t]*$/;

export function splitHeader(text: string): { fields: ReportFields; body: string } {
  const lines = text.split(/\r?\n/);
  const raw: Record<string, string> = {};
  let n = 0;
  for (; n < lines.length; n++) {
    const match = LINE.exec(lines[n]);
    const key = match && KEYS[match[1].trim().toLowerCase()];
    if (!key) break;
    raw[key] = match[2];
  }
  if (n === 0) return { fields: {}, body: text };
  const parsed = ReportFields.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`header line "${String(issue.path[0])}": ${issue.message}`);
  }
  return { fields: parsed.data, body: lines.slice(n).join('\n').replace(/^\s*\n/, '') };
}
