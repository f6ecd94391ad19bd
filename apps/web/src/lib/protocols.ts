/**
 * How each protocol reads in the list: its verb (method column), its target (path column) and its
 * status in words. The shapes are those of packages/kfl/src/fields.ts's header and the dissectors'
 * goldens (packages/protocols/src/<proto>/captures/*.golden.jsonl). Anything unknown falls back to
 * the generic `request.method` / `request.path` the dissectors also fill in.
 */
import type { Entry, Message } from './entry';

export type StatusClass = 'ok' | 'redirect' | 'client-error' | 'server-error' | 'none';

/** HTTP-like protocols, where a status ≥ 500 is a server error and ≥ 400 a client error. */
export const HTTP_LIKE = new Set(['http', 'http2', 'graphql']);

/** Words beside the colour, so colour is never the only signal. */
export const STATUS_WORD: Record<StatusClass, string> = {
  ok: 'ok',
  redirect: 'redirect',
  'client-error': 'client error',
  'server-error': 'server error',
  none: 'no response',
};

export const GRPC_STATUS = ['OK', 'CANCELLED', 'UNKNOWN', 'INVALID_ARGUMENT', 'DEADLINE_EXCEEDED', 'NOT_FOUND', 'ALREADY_EXISTS', 'PERMISSION_DENIED', 'RESOURCE_EXHAUSTED', 'FAILED_PRECONDITION', 'ABORTED', 'OUT_OF_RANGE', 'UNIMPLEMENTED', 'INTERNAL', 'UNAVAILABLE', 'DATA_LOSS', 'UNAUTHENTICATED'] as const;

const DNS_RCODE = ['NOERROR', 'FORMERR', 'SERVFAIL', 'NXDOMAIN', 'NOTIMP', 'REFUSED', 'YXDOMAIN', 'YXRRSET', 'NXRRSET', 'NOTAUTH', 'NOTZONE'];

const AMQP_REPLY: Record<number, string> = { 200: 'REPLY_SUCCESS', 311: 'CONTENT_TOO_LARGE', 312: 'NO_ROUTE', 313: 'NO_CONSUMERS', 320: 'CONNECTION_FORCED', 402: 'INVALID_PATH', 403: 'ACCESS_REFUSED', 404: 'NOT_FOUND', 405: 'RESOURCE_LOCKED', 406: 'PRECONDITION_FAILED', 501: 'FRAME_ERROR', 502: 'SYNTAX_ERROR', 503: 'COMMAND_INVALID', 504: 'CHANNEL_ERROR', 505: 'UNEXPECTED_FRAME', 506: 'RESOURCE_ERROR', 530: 'NOT_ALLOWED', 540: 'NOT_IMPLEMENTED', 541: 'INTERNAL_ERROR' };

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export function protocolOf(e: Entry): string {
  return e.protocol?.name ?? 'http';
}

export function statusClass(e: Entry): StatusClass {
  const s = e.response?.status;
  if (typeof s !== 'number') return 'none';
  if (!HTTP_LIKE.has(protocolOf(e))) return s === 0 ? 'ok' : 'server-error';
  if (s >= 500) return 'server-error';
  if (s >= 400) return 'client-error';
  if (s >= 300) return 'redirect';
  return 'ok';
}

/** A short text of at most `n` characters on one line. */
export function oneLine(s: string, n = 120): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

/** What the method column shows: the HTTP method, or the protocol's verb. */
export function verbOf(e: Entry): string {
  const r = e.request;
  if (!r) return '';
  switch (protocolOf(e)) {
    case 'grpc':
      return str(r.rpc) ?? str(r.method) ?? '';
    case 'graphql':
      return str(r.operationType) ?? str(r.method) ?? '';
    case 'redis':
      return str(r.command) ?? str(r.method) ?? '';
    case 'kafka':
      return str(r.apiKey) ?? str(r.method) ?? '';
    case 'dns':
      return str(r.type) ?? str(r.method) ?? '';
    case 'postgres':
    case 'mysql':
      return str(r.method) ?? str(r.command) ?? (str(r.query) ? (str(r.query) as string).trim().split(/\s+/)[0]!.toUpperCase() : '');
  }
  for (const k of ['method', 'command', 'operation', 'type', 'opcode']) {
    const v = str(r[k]);
    if (v) return v;
  }
  return '';
}

function sqlTarget(r: Message): string {
  const q = str(r.query) ?? str(r.statement);
  if (q) return oneLine(q);
  const who = [str(r.user), str(r.database)].filter(Boolean).join(' @ ');
  if (who) return who;
  if (typeof r.statementId === 'number') return `statement ${r.statementId}`;
  return str(r.portal) ?? str(r.channel) ?? '';
}

/** The path column: path for HTTP, key, query, topic, exchange/queue, name for the others. */
export function targetOf(e: Entry): string {
  const r = e.request;
  if (!r) return '';
  switch (protocolOf(e)) {
    case 'grpc':
      return str(r.service) && str(r.rpc) ? `${r.service}/${r.rpc}` : (str(r.path) ?? '');
    case 'graphql': {
      const op = str(r.operationName) ?? (Array.isArray(r.rootFields) ? r.rootFields.join(', ') : undefined);
      return op ? `${op} · ${str(r.path) ?? ''}` : (str(r.url) ?? str(r.path) ?? '');
    }
    case 'redis': {
      const key = str(r.key) ?? str(r.channel) ?? str(r.pattern) ?? (Array.isArray(r.channels) ? r.channels.join(' ') : undefined);
      if (key) return key;
      return Array.isArray(r.args) ? oneLine(r.args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')) : '';
    }
    case 'postgres':
    case 'mysql':
      return sqlTarget(r);
    case 'kafka':
      return str(r.topic) ?? (Array.isArray(r.topics) && r.topics.length ? r.topics.join(', ') : undefined) ?? str(r.groupId) ?? str(r.clientId) ?? '';
    case 'amqp': {
      const ex = str(r.exchange);
      const rk = str(r.routingKey);
      if (ex || rk) return `${ex ?? '(default)'}${rk ? ` → ${rk}` : ''}`;
      return str(r.queue) ?? str(r.consumerTag) ?? str(r.virtualHost) ?? (str(r.replyText) ? oneLine(r.replyText as string) : '');
    }
    case 'dns':
      return str(r.name) ?? str(r.path) ?? '';
  }
  if (typeof r.path === 'string') return r.url && r.url.length > r.path.length ? r.url : r.path;
  for (const k of ['topic', 'key', 'query', 'name', 'exchange', 'routingKey', 'queue', 'summary']) {
    const v = str(r[k]);
    if (v) return oneLine(v);
  }
  return '';
}

export interface StatusView {
  /** The status as the protocol names it: `503`, `NXDOMAIN`, `NOT_FOUND`, `42P01` ('' when plain ok). */
  label: string;
  /** ok / error / client error … — always words. */
  word: string;
  cls: StatusClass;
}

/** The protocol's status in words (the number stays clickable as `response.status`). */
export function statusOf(e: Entry): StatusView {
  const cls = statusClass(e);
  const res = e.response;
  const s = num(res?.status);
  if (!res || s === undefined) return { label: '', word: STATUS_WORD.none, cls };
  const proto = protocolOf(e);
  if (HTTP_LIKE.has(proto)) {
    const gqlErr = proto === 'graphql' && res.hasErrors === true;
    return { label: String(s), word: gqlErr ? `${STATUS_WORD[cls]}, GraphQL errors` : STATUS_WORD[cls], cls };
  }
  const word = s === 0 ? 'ok' : 'error';
  switch (proto) {
    case 'grpc':
      return { label: `${s} ${GRPC_STATUS[s] ?? 'UNKNOWN'}`, word, cls };
    case 'dns':
      return { label: str(res.rcode) ?? DNS_RCODE[s] ?? `rcode ${s}`, word, cls };
    case 'redis': {
      if (s === 0) return { label: res.hit === false ? 'nil' : '', word, cls };
      const first = str(res.error)?.split(/\s/)[0];
      return { label: first ?? 'error', word: first ? word : '', cls };
    }
    case 'postgres':
    case 'mysql': {
      if (s === 0) return { label: typeof res.rows === 'number' ? `${res.rows} row${res.rows === 1 ? '' : 's'}` : '', word, cls };
      const code = res.code ?? res.sqlState;
      return { label: code !== undefined ? String(code) : '', word, cls };
    }
    case 'kafka':
      return { label: s === 0 ? '' : (str(res.error) ?? `error ${s}`), word, cls };
    case 'amqp':
      return { label: s === 0 ? '' : `${s} ${AMQP_REPLY[s] ?? ''}`.trim(), word, cls };
  }
  return { label: s === 0 ? '' : String(s), word, cls };
}
