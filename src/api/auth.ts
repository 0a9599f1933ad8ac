/**
 * Who may write. With VIGIL_TOKEN set, a request must carry `Authorization: Bearer <token>`; without it,
 * only this machine may write (a fresh install is not open to its network by accident).
 */
import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** The peer's address from @hono/node-server; undefined under `app.request` in tests. */
function remoteAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function requireWriter(options: { token?: string; unknownPeerIsLoopback?: boolean }): MiddlewareHandler {
  return async (c, next) => {
    if (options.token) {
      const header = c.req.header('authorization') ?? '';
      const match = /^Bearer\s+(.+)$/i.exec(header);
      if (!match) throw new ApiError(401, 'writes need an "Authorization: Bearer <token>" header');
      if (!sameToken(match[1].trim(), options.token)) throw new ApiError(403, 'the token is not valid');
    } else {
      const address = remoteAddress(c);
      const loopback = address === undefined ? options.unknownPeerIsLoopback === true : LOOPBACK.has(address);
      if (!loopback) throw new ApiError(403, 'writes are accepted from this machine only unless VIGIL_TOKEN is set');
    }
    await next();
  };
}
