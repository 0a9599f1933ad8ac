/**
 * Errors as JSON: `{ "error": message }` with the right status, never a stack trace. Handlers throw
 * ApiError (or let a zod or input error through); `onError` turns them into responses.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { InputError } from '../input/report.js';
import { CursorError } from '../store/events.js';

export const ErrorBody = z.object({ error: z.string() });

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
  ) {
    super(message);
  }
}

/** "from: a date as YYYY-MM-DD; bbox: ..." — what is wrong, by field. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

export function onError(err: Error, c: Context): Response {
  if (err instanceof ApiError) return c.json({ error: err.message }, err.status);
  if (err instanceof z.ZodError) return c.json({ error: describeIssues(err) }, 400);
  if (err instanceof InputError || err instanceof CursorError) return c.json({ error: err.message }, 400);
  if (err instanceof HTTPException) return c.json({ error: err.message || 'request refused' }, err.status);
  // Unexpected: logged for the operator, not shown to the client.
  console.error(err);
  return c.json({ error: 'internal error' }, 500);
}
