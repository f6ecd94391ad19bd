/**
 * Who may use the API, two ways, either enough:
 * - a token: `Authorization: Bearer <token>` or `?token=` (for EventSource, which cannot set
 *   headers), compared in constant time over SHA-256 digests, so neither the content nor the
 *   length of the token leaks through timing;
 * - forward auth (Authelia behind Traefik or nginx): a request whose TCP peer is one of the
 *   trusted proxies' addresses and that carries the user header (`Remote-User`) is that user's.
 *   The header from any other address counts for nothing: only the socket's peer is trusted,
 *   never X-Forwarded-For, which any client can write.
 * `/health` stays open for probes (it reveals no data), and so do GETs outside `/api/` and
 * `/metrics`: the web UI's files, which hold no data and must load before the page can add the
 * token (opened as `/?token=…`) to its API calls. Who did what is written to the log (`audit`).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Logger } from '../log.js';
import { sendError } from './errors.js';

/** Requests from these addresses are trusted to say who the user is in `userHeader`. */
export interface ForwardAuth {
  proxies: BlockList;
  userHeader: string;
}

/** `10.0.0.0/8,192.168.1.5,fd00::/8` → a ForwardAuth, or an Error naming the bad item. */
export function forwardAuth(list: string[], userHeader = 'Remote-User'): ForwardAuth {
  const proxies = new BlockList();
  for (const item of list) {
    const [addr = '', bits, extra] = item.trim().split('/');
    const family = isIP(addr);
    const max = family === 6 ? 128 : 32;
    if (family === 0 || extra !== undefined || (bits !== undefined && (!/^\d{1,3}$/.test(bits) || Number(bits) > max))) {
      throw new Error(`"${item}" is not an address or a CIDR range (10.0.0.0/8, 192.168.1.5, fd00::/8)`);
    }
    if (bits === undefined) proxies.addAddress(addr, family === 6 ? 'ipv6' : 'ipv4');
    else proxies.addSubnet(addr, Number(bits), family === 6 ? 'ipv6' : 'ipv4');
  }
  if (!/^[A-Za-z0-9-]{1,64}$/.test(userHeader)) throw new Error(`"${userHeader}" is not a header name`);
  return { proxies, userHeader };
}

/** The TCP peer of the request (undefined in-process, as in app.request()). */
function peerAddress(c: Context): string | undefined {
  try {
    const a = getConnInfo(c).remote.address;
    return a?.startsWith('::ffff:') && isIP(a.slice(7)) === 4 ? a.slice(7) : a;
  } catch {
    return undefined;
  }
}

/** The user a trusted proxy names, else undefined. */
function proxyUser(c: Context, f: ForwardAuth): string | undefined {
  const peer = peerAddress(c);
  if (peer === undefined || isIP(peer) === 0 || !f.proxies.check(peer, isIP(peer) === 6 ? 'ipv6' : 'ipv4')) return undefined;
  const user = c.req.header(f.userHeader)?.trim();
  return user && user.length <= 256 ? user : undefined;
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

export function tokensEqual(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

function isPublic(method: string, path: string): boolean {
  if (path === '/health') return true;
  return (method === 'GET' || method === 'HEAD') && !path.startsWith('/api/') && path !== '/api' && path !== '/metrics';
}

/** Who made a request, for the audit line: `user:<name>` (forward auth) or `token`; else `local` (no auth configured) or `unauthenticated` (refused). */
const callers = new WeakMap<Request, string>();

export function requireAuth(token: string | undefined, forward: ForwardAuth | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (isPublic(c.req.method, c.req.path)) return next();
    const user = forward ? proxyUser(c, forward) : undefined;
    if (user !== undefined) {
      callers.set(c.req.raw, `user:${user}`);
      return next();
    }
    const header = c.req.header('authorization');
    const bearer = header && /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
    const given = bearer || c.req.query('token');
    if (token !== undefined && given && tokensEqual(given, token)) {
      callers.set(c.req.raw, 'token');
      return next();
    }
    c.header('WWW-Authenticate', 'Bearer realm="trawl"');
    const how = token !== undefined ? 'a token is required: Authorization: Bearer <token> (or ?token= for the stream)' : 'sign in through the proxy in front of trawl';
    return sendError(c, 401, 'unauthorized', how);
  };
}

/**
 * One log line for each request that changes something or takes data away in bulk (every method
 * but GET/HEAD, exports and file downloads): `audit user:alice POST /api/recordings → 201`.
 */
export function audit(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const path = c.req.path;
    const bulk = /\/export$|\/files\//.test(path);
    if ((c.req.method === 'GET' || c.req.method === 'HEAD') && !bulk) return;
    if (!path.startsWith('/api/')) return;
    const who = callers.get(c.req.raw) ?? (c.res.status === 401 ? 'unauthenticated' : 'local');
    log(`audit ${who} ${c.req.method} ${path.slice(0, 300)} → ${c.res.status}`);
  };
}

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h === '::ffff:127.0.0.1';
}
