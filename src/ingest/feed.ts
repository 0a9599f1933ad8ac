/**
 * RSS 2.0 and Atom feed files: each item is a report (its title, its content or description, its link and
 * date); the feed's title names the outlet.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError, htmlToReport, withHeadline } from '../input/report.js';

export interface FeedItem {
  /** Position in the feed, from 1, for error messages. */
  index: number;
  title: string | null;
  text: string;
  url: string | null;
  published: string | null;
}

export interface Feed {
  outlet: string | null;
  items: FeedItem[];
}

export function looksLikeFeed(head: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
  // Item bodies are HTML; keep them as strings, however they were escaped.
  parseTagValue: false,
  processEntities: true,
  htmlEntities: true,
});

/** Text of a node that may be a string, a {#text} object (Atom's type="html") or missing. */
function text(node: unknown): string | null {
  if (node === undefined || node === null) return null;
  if (typeof node === 'string' || typeof node === 'number') return String(node).trim() || null;
  if (typeof node === 'object' && '#text' in (node as object)) return text((node as Record<string, unknown>)['#text']);
  return null;
}

/** A feed date (RFC 822 in RSS, RFC 3339 in Atom) as the day it names, or null. */
function day(value: string | null): string | null {
  if (!value) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (iso) return iso[1];
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

/** Item bodies are HTML fragments: their text, paragraphs kept. */
function plain(body: string): string {
  if (!/<[a-z!/][^>]*>/i.test(body)) return body.trim();
  return htmlToReport(`<html><body>${body}</body></html>`).text;
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  const all = links as Record<string, string>[];
  const link = all.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? all[0];
  return link?.['@_href'] ?? text(link) ?? null;
}

function item(index: number, title: string | null, body: string | null, url: string | null, date: string | null): FeedItem {
  const content = plain(body ?? '');
  return { index, title, text: withHeadline(content, title).trim(), url, published: day(date) };
}

export function parseFeed(xml: string): Feed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new InputError(`not a valid feed: ${valid.err.msg} (line ${valid.err.line})`);
  const doc = parser.parse(xml) as Record<string, any>;
  if (doc.rss?.channel) {
    const channel = doc.rss.channel;
    const items = (channel.item ?? []) as Record<string, unknown>[];
    return {
      outlet: text(channel.title),
      items: items.map((i, n) =>
        item(
          n + 1,
          text(i.title),
          text(i['content:encoded']) ?? text(i.description),
          text((i.link as unknown[] | undefined)?.[0]),
          text(i.pubDate) ?? text(i['dc:date']),
        ),
      ),
    };
  }
  if (doc.feed) {
    const entries = (doc.feed.entry ?? []) as Record<string, unknown>[];
    return {
      outlet: text(doc.feed.title),
      items: entries.map((e, n) =>
        item(n + 1, text(e.title), text(e.content) ?? text(e.summary), atomLink(e.link), text(e.published) ?? text(e.updated)),
      ),
    };
  }
  throw new InputError('not an RSS 2.0 or Atom feed (no <rss><channel> or <feed>)');
}
