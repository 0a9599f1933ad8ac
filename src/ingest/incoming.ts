/**
 * The fields a report may arrive with, defined once: a JSONL line (`extract --jsonl`'s format, plus the
 * optional fields) and the API's POST body are both validated with these.
 */
import { z } from 'zod';
import type { IncomingReport } from './record.js';

const isoDay = z.iso.date().describe('YYYY-MM-DD');

export const ReportFields = z.object({
  published: isoDay.nullish().describe('Publication date, the anchor of relative dates ("on Friday")'),
  title: z.string().nullish(),
  url: z.string().url().nullish(),
  source: z.string().min(1).max(200).nullish().describe('The outlet, e.g. "Sahel Wire"'),
  source_scale: z
    .string()
    .min(1)
    .max(100)
    .nullish()
    .describe('ACLED source scale: Local partner, Subnational, National, Regional, International, New media'),
  language: z
    .string()
    .min(2)
    .max(10)
    .nullish()
    .describe('The report\'s language tag, e.g. "fr" or "en-GB": the report is read in it; when absent or not English or French, Vigil tells the language from the text'),
});
export type ReportFields = z.infer<typeof ReportFields>;

export const JsonlLine = ReportFields.extend({
  id: z.string().min(1),
  text: z.string(),
});

/** The stored report from its text and optional fields; `fallback` fills what the report does not say. */
export function toIncoming(
  text: string,
  fields: ReportFields & { id?: string },
  fallback: Partial<IncomingReport> = {},
): IncomingReport {
  return {
    text,
    title: fields.title ?? fallback.title ?? null,
    url: fields.url ?? fallback.url ?? null,
    source: fields.source ?? fallback.source ?? null,
    source_scale: fields.source_scale ?? fallback.source_scale ?? null,
    published: fields.published ?? fallback.published ?? null,
    language: fields.language ?? fallback.language ?? null,
    external_id: fields.id ?? null,
  };
}
