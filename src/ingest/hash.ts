/**
 * A report's identity is its text: the same article read from a feed, an HTML page or a JSONL line is one
 * report. Whitespace and Unicode normalisation differ between those routes, so they are evened out first.
 */
import { createHash } from 'node:crypto';

export function contentHash(text: string): string {
  const normal = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normal).digest('hex');
}
