// Operation → PartialEntry: the public Entry shape for PostgreSQL (kfl/src/fields.ts header):
// `request {method, query?, parameters?, statement?, portal?, …}`,
// `response {status: 0 | 1, code?, message?, severity?, detail?, command?, rows?, columns?, rowsSample?, …}`.
import type { PartialEntry } from '../engine/types.js';
import type { Op, ResultSet } from './op.js';

export const PG_PROTOCOL = { name: 'postgres', version: '3.0', abbr: 'PG' } as const;

export function buildEntry(op: Op): PartialEntry {
  const answered = op.respLastTs !== null;
  const request: Record<string, unknown> = { method: op.method, ...op.request };
  if (op.skipped > 0) request.skipped = op.skipped;
  const anomalies = [...op.anomalies];
  const oneWay = op.kind === 'cancel' || op.kind === 'notification' || op.kind === 'error';
  if (!answered && !oneWay && !anomalies.includes('unpaired')) anomalies.push('unpaired');
  const entry: PartialEntry = {
    timestamp: op.firstTs,
    elapsedTime: answered && op.kind !== 'error' ? Math.max(0, op.respLastTs! - op.firstTs) : null,
    protocol: { ...PG_PROTOCOL },
    request: op.kind === 'error' ? null : request,
    response: answered ? response(op) : null,
    requestSize: op.requestSize,
    responseSize: op.responseSize,
  };
  if (anomalies.length > 0) entry.anomalies = anomalies;
  return entry;
}

function response(op: Op): Record<string, unknown> {
  const a = op.acc;
  const out: Record<string, unknown> = { status: a.error ? 1 : 0 };
  if (a.error) {
    const e = a.error;
    if (e.C !== undefined) out.code = e.C;
    if (e.M !== undefined) out.message = e.M;
    const severity = e.V ?? e.S;
    if (severity !== undefined) out.severity = severity;
    if (e.D !== undefined) out.detail = e.D;
    if (e.H !== undefined) out.hint = e.H;
  }
  switch (op.kind) {
    case 'startup':
      out.auth = a.auth.length > 0 ? a.auth.join(',') : a.authenticated ? 'trust' : undefined;
      if (out.auth === undefined) delete out.auth;
      out.authenticated = a.authenticated && !a.error;
      if (Object.keys(a.parameters).length > 0) out.parameters = a.parameters;
      if (a.backendPid !== undefined) out.backendPid = a.backendPid;
      break;
    case 'ssl':
    case 'gss':
      out.answer = a.answer;
      out.encrypted = a.answer === 'S' || a.answer === 'G';
      break;
    case 'notification':
      out.channel = a.parameters.channel;
      out.payload = a.parameters.payload;
      out.pid = Number(a.parameters.pid);
      break;
    default:
      results(op, out);
  }
  return out;
}

/** Command tag, rows and columns of the last result; every result when there were several. */
function results(op: Op, out: Record<string, unknown>): void {
  const a = op.acc;
  const all: ResultSet[] = a.open ? [...a.results, a.open] : a.results;
  const last = all[all.length - 1];
  if (last?.command !== undefined) out.command = last.command;
  if (last?.rows !== undefined) out.rows = last.rows;
  else if (last && last.counted > 0) out.rows = last.counted;
  // Columns and sample rows of the last result that had columns (a Query may end with a DDL).
  const shown = [...all].reverse().find((r) => r.columns || r.sample);
  if (shown?.columns) out.columns = shown.columns;
  if (shown?.sample) out.rowsSample = shown.sample;
  if (all.length > 1) out.results = all.map((r) => ({ ...(r.command !== undefined ? { command: r.command } : {}), rows: r.rows ?? r.counted }));
  if (a.empty) out.empty = true;
  if (a.suspended) out.suspended = true;
  if (a.copy) out.copy = a.copy;
  if (a.paramCount !== undefined) out.parameterCount = a.paramCount;
  if (a.notices.length > 0) out.notices = a.notices;
}
