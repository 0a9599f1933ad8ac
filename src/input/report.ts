/**
 * Turns the bytes of one report into the text the pipeline reads: refuses what is not a report (empty,
 * binary, too large), and takes an HTML page's main article text and its metadata.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ReportFields } from '../ingest/incoming.js';
import { foldKey } from '../doc/text.js';
import { InputError } from './errors.js';
import { splitHeader } from './header.js';

/** Largest report accepted: 2 MiB of text is far beyond any news article. */
export const MAX_REPORT_BYTES = 2 * 1024 * 1024;

export { InputError } from './errors.js';

export interface Report {
  text: string;
  /** What the report says of itself: a text file's header lines, or an HTML page's title and date. */
  fields: ReportFields;
  /** The text read is not the input as given (an HTML page's article, a text after its header lines): evidence offsets point into `text`. */
  rewritten: boolean;
}

function isBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length * 0.1;
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(text);
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[itemprop="datePublished"]',
  'time[datetime]',
];

function metaDate(document: Document): string | null {
  for (const selector of DATE_META) {
    const el = document.querySelector(selector);
    const value = el?.getAttribute('content') ?? el?.getAttribute('datetime');
    const match = value?.match(/^(\d{4}-\d{2}-\d{2})/);
    if (match) return match[1];
  }
  return null;
}

/** The main text of an HTML page, its title and publication date; menus and boilerplate are left out. */
export function htmlToReport(html: string): Report {
  const { document } = parseHTML(html);
  const published = metaDate(document as unknown as Document);
  const article = new Readability(document as unknown as Document).parse();
  const body = article?.textContent ?? document.body?.textContent ?? '';
  const text = body
    .split(/\n/)
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
  return { text, fields: { title: article?.title || null, published }, rewritten: true };
}

/** Decodes and checks one report. Throws InputError with a message a person understands. */
export function readReport(bytes: Uint8Array): Report {
  if (bytes.length === 0) throw new InputError('the report is empty');
  if (bytes.length > MAX_REPORT_BYTES) {
    throw new InputError(`the report is too large (${bytes.length} bytes; the limit is ${MAX_REPORT_BYTES})`);
  }
  if (isBinary(bytes)) throw new InputError('the input is binary, not text or HTML');
  const raw = new TextDecoder('utf-8').decode(bytes);
  return textToReport(raw);
}

/** A plain-text report, without the "Key: value" header lines it may open with (see header.ts). */
function plainTextReport(raw: string): Report {
  const { fields, body } = splitHeader(raw);
  return { text: body, fields, rewritten: body !== raw };
}

/**
 * The headline is part of the report: it often holds the place or the toll ("Gunmen kill 14 worshippers in Niger's
 * Tillaberi"). Given apart from the text (a header line, an HTML page's title, a JSONL or API field, a feed item's
 * title), it is read first, as a paragraph of its own, unless the text already opens with it.
 */
export function withHeadline(text: string, title: string | null | undefined): string {
  const headline = title?.trim();
  if (!headline) return text;
  const key = foldKey(headline);
  if (foldKey(text.trimStart().slice(0, headline.length + 20)).startsWith(key)) return text;
  return `${headline}\n\n${text}`;
}

/**
 * Checks a report that arrived as a string (JSONL lines, API bodies), with its title when it came apart from the
 * text; a title given so wins over one the text carries (a header line, an HTML page's title).
 */
export function textToReport(raw: string, title: string | null = null): Report {
  if (raw.length > MAX_REPORT_BYTES) {
    throw new InputError(`the report is too large (${raw.length} characters; the limit is ${MAX_REPORT_BYTES})`);
  }
  const report = looksLikeHtml(raw) ? htmlToReport(raw) : plainTextReport(raw);
  if (!report.text.trim()) throw new InputError('the report has no text');
  const headline = title ?? report.fields.title ?? null;
  const text = withHeadline(report.text, headline);
  return text === report.text ? report : { text, fields: { ...report.fields, title: headline }, rewritten: true };
}
