/**
 * An HTTP entry as the curl command that sends its request again ("copy as cURL", as browsers'
 * developer tools offer): method, URL, headers and body, quoted for a POSIX shell. What cannot be
 * sent as captured is left out and said: values trawl redacted, headers curl makes itself
 * (Content-Length, Host when it is the URL's), hop-by-hop ones, HTTP/2 pseudo-headers, and a body
 * cut short by the capture's limit.
 */
import type { Entry } from './entry';

export interface CurlCommand {
  command: string;
  /** Why the command differs from what was captured, one line each (empty when it does not). */
  notes: string[];
}

const HTTP_LIKE = new Set(['http', 'http2', 'graphql']);
/** Headers curl writes itself from the command (or that belong to one connection only). */
const CURL_OWN = new Set(['content-length', 'connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'http2-settings', 'te', 'proxy-connection']);
const REDACTED = '[redacted]';

/** `s` in single quotes for sh, bash and zsh (a quote inside is closed, escaped, reopened). */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export function curlCommand(e: Entry): CurlCommand | null {
  const req = e.request;
  if (!req || !HTTP_LIKE.has(e.protocol?.name ?? '') || typeof req.method !== 'string') return null;
  const notes: string[] = [];
  const headers = req.headers ?? {};
  const one = (name: string): string | undefined => {
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const target = req.url ?? req.path ?? '/';
  const authority = one(':authority') ?? one('host') ?? hostPort(e.dst?.ip, e.dst?.port);
  if (!authority) return null;
  // trawl sees cleartext only: the request went over http:// (h2c for HTTP/2).
  const url = `http://${authority}${target.startsWith('/') ? target : `/${target}`}`;
  const args: string[] = ['curl'];
  // HTTP/2 (GraphQL keeps the transport's version; only HTTP/2 has pseudo-headers).
  if (e.protocol?.name === 'http2' || (e.protocol?.version ?? '').startsWith('2') || one(':authority') !== undefined) args.push('--http2-prior-knowledge');
  const body = req.body;
  const hasBody = !!body && ((body.text ?? '') !== '' || (body.base64 ?? '') !== '');
  if (req.method !== 'GET' || hasBody) args.push('-X', shellQuote(req.method));
  args.push(shellQuote(url));
  const redacted: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (name.startsWith(':') || CURL_OWN.has(name) || (name === 'host' && authority === one('host'))) continue;
    if (name === 'content-encoding' && body?.contentEncoding && body.decodedSize !== undefined) {
      notes.push(`the body is sent decoded, without Content-Encoding: ${body.contentEncoding}`);
      continue;
    }
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v === REDACTED) {
        redacted.push(name);
        continue;
      }
      args.push('-H', shellQuote(`${name}: ${v}`));
    }
  }
  if (redacted.length > 0) notes.push(`left out, redacted by trawl: ${[...new Set(redacted)].join(', ')}`);
  let prefix = '';
  if (hasBody && body) {
    if (body.truncated) notes.push(`the body was cut to ${body.captured ?? 0} of ${body.size ?? '?'} bytes by the capture: this sends the part kept`);
    if (body.encoding === 'base64' && body.base64) {
      // Binary: decoded by the shell, fed on standard input.
      prefix = `printf %s ${shellQuote(body.base64)} | base64 -d | `;
      args.push('--data-binary', '@-');
    } else args.push('--data-binary', shellQuote(body.text ?? ''));
  }
  return { command: prefix + args.join(' '), notes };
}

function hostPort(ip: string | undefined, port: number | undefined): string | undefined {
  if (!ip) return undefined;
  const host = ip.includes(':') ? `[${ip}]` : ip;
  return port ? `${host}:${port}` : host;
}
