/**
 * Entries → HAR 1.2 (the HTTP Archive format browsers' developer tools import and export), for
 * `trawl read --format har` and recordings. Pure: no I/O; the caller streams the document (see
 * `harDocumentHead`), one `toHarEntry` at a time, so a large capture never sits in memory whole.
 *
 * Only HTTP exchanges have a HAR form: entries of HTTP/1.x, HTTP/2, gRPC and GraphQL (all in the
 * HTTP request/response shape). What HAR has no field for is kept in `_`-prefixed fields, which
 * the format allows everywhere: the entry id, protocol, both ends, anomalies, truncated bodies.
 *
 * Choices where the capture does not say what HAR asks for:
 * - `url` is absolute: `http://` (trawl sees clear text; HTTP/2's `:scheme` when it says https),
 *   the Host header (`:authority` in HTTP/2), else the server's address; an absolute request
 *   target is kept as sent.
 * - `timings`: the capture sees request first byte → response last byte only: all of it is
 *   `wait`; `send` and `receive` are 0; unpaired exchanges have 0 (and `_anomalies`).
 * - A request with no response gets the response browsers record for an aborted one (status 0);
 *   a response with no request gets an empty request (method and target unknown).
 * - `headersSize` is -1 (unknown: the capture keeps header fields, not their bytes); `bodySize`
 *   is the body's size on the wire (after chunked decoding), `content.size` after
 *   Content-Encoding was removed.
 * - Header names are lower-case (HTTP/2 sends them so; HTTP/1.x names are folded when parsed).
 */
import { hostPort } from '../net/address.js';
import type { Body, Entry, Headers, Peer } from './types.js';

export interface HarNameValue {
  name: string;
  value: string;
}

export interface HarRequest {
  method: string;
  url: string;
  httpVersion: string;
  cookies: HarNameValue[];
  headers: HarNameValue[];
  queryString: HarNameValue[];
  postData?: { mimeType: string; text: string; _encoding?: 'base64'; _truncated?: true };
  headersSize: number;
  bodySize: number;
}

export interface HarContent {
  size: number;
  compression?: number;
  mimeType: string;
  text?: string;
  encoding?: 'base64';
  _truncated?: true;
  _captured?: number;
}

export interface HarResponse {
  status: number;
  statusText: string;
  httpVersion: string;
  cookies: HarNameValue[];
  headers: HarNameValue[];
  content: HarContent;
  redirectURL: string;
  headersSize: number;
  bodySize: number;
}

export interface HarEntry {
  startedDateTime: string;
  time: number;
  request: HarRequest;
  response: HarResponse;
  cache: Record<string, never>;
  timings: { send: number; wait: number; receive: number };
  serverIPAddress: string;
  connection: string;
  _id: string;
  _protocol: string;
  _src: Peer;
  _dst: Peer;
  _anomalies?: string[];
}

/** Protocols whose entries are HTTP exchanges (request/response in the HTTP shape). */
export const HAR_PROTOCOLS: ReadonlySet<string> = new Set(['http', 'http2', 'grpc', 'graphql']);

export function hasHarForm(entry: Entry): boolean {
  return HAR_PROTOCOLS.has(entry.protocol.name);
}

/**
 * The HAR document up to its first entry, and what closes it: `head + entries.join(',') + tail`
 * is the whole document.
 */
export function harDocumentHead(creator: { name: string; version: string }): string {
  return `{"log":{"version":"1.2","creator":${JSON.stringify(creator)},"pages":[],"entries":[`;
}
export const HAR_DOCUMENT_TAIL = ']}}';

/** The HAR entry of an HTTP-shaped entry, or null for another protocol (see `hasHarForm`). */
export function toHarEntry(entry: Entry): HarEntry | null {
  if (!hasHarForm(entry)) return null;
  const req = entry.request as HttpLike | null;
  const res = entry.response as (HttpLike & { status?: number; statusText?: string }) | null;
  const elapsed = entry.elapsedTime ?? 0;
  const out: HarEntry = {
    startedDateTime: isoTime(entry.timestamp),
    time: elapsed,
    request: req ? harRequest(req, entry) : emptyRequest(entry),
    response: res ? harResponse(res) : abortedResponse(),
    cache: {},
    timings: { send: 0, wait: elapsed, receive: 0 },
    serverIPAddress: entry.dst.ip,
    connection: hostPort(entry.src.ip, entry.src.port),
    _id: entry.id,
    _protocol: entry.protocol.name,
    _src: entry.src,
    _dst: entry.dst,
  };
  if (entry.anomalies && entry.anomalies.length > 0) out._anomalies = entry.anomalies;
  return out;
}

/** What the converter reads of a request or response (HttpRequest/HttpResponse, loosely). */
interface HttpLike {
  method?: string;
  url?: string;
  path?: string;
  queryString?: Record<string, string | string[]>;
  httpVersion?: string;
  headers?: Headers;
  body?: Body | null;
}

function harRequest(req: HttpLike, entry: Entry): HarRequest {
  const headers = req.headers ?? {};
  const body = req.body ?? null;
  const out: HarRequest = {
    method: req.method ?? '',
    url: absoluteUrl(req, headers, entry),
    httpVersion: req.httpVersion ?? '',
    cookies: requestCookies(headers),
    headers: nameValues(headers),
    queryString: nameValues(req.queryString ?? {}),
    headersSize: -1,
    bodySize: body ? body.size : 0,
  };
  if (body) {
    const postData: NonNullable<HarRequest['postData']> = { mimeType: first(headers['content-type']) ?? '', text: bodyText(body) };
    if (body.encoding === 'base64') postData._encoding = 'base64';
    if (body.truncated) postData._truncated = true;
    out.postData = postData;
  }
  return out;
}

function harResponse(res: HttpLike & { status?: number; statusText?: string }): HarResponse {
  const headers = res.headers ?? {};
  const body = res.body ?? null;
  return {
    status: res.status ?? 0,
    statusText: res.statusText ?? '',
    httpVersion: res.httpVersion ?? '',
    cookies: responseCookies(headers),
    headers: nameValues(headers),
    content: content(body, first(headers['content-type']) ?? ''),
    redirectURL: first(headers.location) ?? '',
    headersSize: -1,
    bodySize: body ? body.size : 0,
  };
}

function content(body: Body | null, mimeType: string): HarContent {
  if (!body) return { size: 0, mimeType };
  const out: HarContent = { size: body.decodedSize ?? body.size, mimeType, text: bodyText(body) };
  if (body.decodedSize !== undefined) out.compression = body.decodedSize - body.size;
  if (body.encoding === 'base64') out.encoding = 'base64';
  if (body.truncated) {
    out._truncated = true;
    out._captured = body.captured;
  }
  return out;
}

function bodyText(body: Body): string {
  return (body.encoding === 'base64' ? body.base64 : body.text) ?? '';
}

/** The request when only the response was captured: nothing known but the server. */
function emptyRequest(entry: Entry): HarRequest {
  return {
    method: '',
    url: `http://${hostPort(entry.dst.ip, entry.dst.port)}/`,
    httpVersion: '',
    cookies: [],
    headers: [],
    queryString: [],
    headersSize: -1,
    bodySize: -1,
  };
}

/** What browsers record for a request that got no response. */
function abortedResponse(): HarResponse {
  return { status: 0, statusText: '', httpVersion: '', cookies: [], headers: [], content: { size: 0, mimeType: '' }, redirectURL: '', headersSize: -1, bodySize: -1 };
}

function absoluteUrl(req: HttpLike, headers: Headers, entry: Entry): string {
  const target = req.url ?? req.path ?? '';
  if (/^https?:\/\//i.test(target)) return target;
  const host = first(headers.host) ?? first(headers[':authority']) ?? hostPort(entry.dst.ip, entry.dst.port);
  const scheme = first(headers[':scheme']) === 'https' ? 'https' : 'http';
  // CONNECT names its authority; `OPTIONS *` names no resource.
  if (req.method === 'CONNECT') return `${scheme}://${target || host}/`;
  return `${scheme}://${host}${target.startsWith('/') ? target : `/${target}`}`;
}

/** ISO 8601 of a timestamp; one Date cannot hold (not a number, out of range) is the epoch. */
function isoTime(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? new Date(0).toISOString() : d.toISOString();
}

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** A header record → HAR's list, a repeated header once per value, in order. */
function nameValues(record: Record<string, string | string[]>): HarNameValue[] {
  const out: HarNameValue[] = [];
  for (const name of Object.keys(record)) {
    const v = record[name];
    if (Array.isArray(v)) for (const value of v) out.push({ name, value });
    else out.push({ name, value: v });
  }
  return out;
}

/** `Cookie: a=1; b=2` → a, b. A redacted value has no pairs: no cookies. */
function requestCookies(headers: Headers): HarNameValue[] {
  const out: HarNameValue[] = [];
  for (const line of [headers.cookie ?? []].flat()) {
    for (const pair of line.split(';')) {
      const eq = pair.indexOf('=');
      if (eq > 0) out.push({ name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim() });
    }
  }
  return out;
}

/** Each `Set-Cookie` → its name and value (the attributes after `;` are left in the header). */
function responseCookies(headers: Headers): HarNameValue[] {
  const out: HarNameValue[] = [];
  for (const line of [headers['set-cookie'] ?? []].flat()) {
    const pair = line.split(';', 1)[0];
    const eq = pair.indexOf('=');
    if (eq > 0) out.push({ name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim() });
  }
  return out;
}
