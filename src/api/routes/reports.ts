/**
 * POST /api/reports: extract, store and fuse one report (a write). POST /api/extract: the extraction alone,
 * nothing stored (a read: the dashboard's preview). Both take a text or an HTML page.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { textToReport } from '../../input/report.js';
import { recordReport, type EventExtractor } from '../../ingest/record.js';
import { toIncoming } from '../../ingest/incoming.js';
import { StoredEvent } from '../../store/records.js';
import type { Store } from '../../store/store.js';
import { ExtractBody, parseBody, ReportBody } from '../params.js';

export const ReportResult = z.object({
  report_id: z.string(),
  duplicate: z.boolean().describe('The same text was stored before: nothing changed'),
  events: z.array(StoredEvent).describe('The events this report created or updated'),
  created: z.array(z.string()),
  updated: z.array(z.string()),
  warnings: z.array(z.string()),
});

export function reportRoutes(store: Store, extractor: EventExtractor, writer: MiddlewareHandler): Hono {
  const app = new Hono();
  app.post('/reports', writer, async (c) => {
    const body = await parseBody(c, ReportBody);
    const report = textToReport(body.text, body.title ?? null);
    const incoming = toIncoming(report.text, body, { title: report.fields.title ?? null, published: report.fields.published ?? null });
    const result = await recordReport(store, extractor, incoming);
    const answer: z.infer<typeof ReportResult> = {
      report_id: result.report_id,
      duplicate: result.duplicate,
      events: [...result.created, ...result.updated],
      created: result.created.map((e) => e.id),
      updated: result.updated.map((e) => e.id),
      warnings: result.warnings,
    };
    return c.json(answer, result.duplicate ? 200 : 201);
  });
  app.post('/extract', async (c) => {
    const body = await parseBody(c, ExtractBody);
    const report = textToReport(body.text);
    const result = extractor.extract(report.text, {
      published: body.published ?? report.fields.published ?? null,
      language: body.language ?? report.fields.language,
    });
    // For an HTML page (or a text after its header lines) the evidence points into the text read, so it comes back too.
    return c.json(report.rewritten ? { ...result, text: report.text } : result);
  });
  return app;
}
