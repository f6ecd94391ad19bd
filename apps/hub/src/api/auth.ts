/**
 * Token check: `Authorization: Bearer <token>` or `?token=` (for EventSource, which cannot set
 * headers). Compared in constant time over SHA-256 digests, so neither the content nor the length
 * of the token leaks through timing. `/health` stays open for probes (it reveals no data), and so
 * do GETs outside `/api/` and `/metrics`: the web UI's files, which hold no data and must load
 * before the page can add the token (opened as `/?token=…`) to its API calls.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { sendError } from './errors.js';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

export function tokensEqual(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

function isPublic(method: string, path: string): boolean {
  if (path === '/health') return true;
  return (method === 'GET' || method === 'HEAD') && !path.startsWith('/api/') && path !== '/api' && path !== '/metrics';
}

export function requireToken(token: string): MiddlewareHandler {
  return async (c, next) => {
    if (isPublic(c.req.method, c.req.path)) return next();
    const header = c.req.header('authorization');
    const bearer = header && /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
    const given = bearer || c.req.query('token');
    if (!given || !tokensEqual(given, token)) {
      c.header('WWW-Authenticate', 'Bearer realm="trawl"');
      return sendError(c, 401, 'unauthorized', 'a token is required: Authorization: Bearer <token> (or ?token= for the stream)');
    }
    return next();
  };
}

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h === '::ffff:127.0.0.1';
}
