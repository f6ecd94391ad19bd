// An operation: what one entry describes. The client's messages create them (a StartupMessage, a
// Query, an Execute with the Parse/Bind/Describe before it, a Sync…); the server's messages fill
// their response in order until the operation's last expected message.

export type OpKind = 'startup' | 'ssl' | 'gss' | 'query' | 'extended' | 'sync' | 'function' | 'notification' | 'cancel' | 'error';

export interface ResultSet {
  command?: string;
  rows?: number;
  /** DataRows seen. */
  counted: number;
  columns?: string[];
  /** First rows as text (bounded). */
  sample?: (string | null)[][];
}

export interface Acc {
  error: Record<string, string> | null;
  results: ResultSet[];
  /** The result being received (RowDescription seen, no CommandComplete yet). */
  open: ResultSet | null;
  formats: number[];
  notices: { severity?: string; code?: string; message?: string }[];
  suspended: boolean;
  empty: boolean;
  copy: { direction: 'in' | 'out' | 'both'; format: 'text' | 'binary'; messages: number; bytes: number } | null;
  /** Startup: authentication requests seen, server parameters, the backend pid. */
  auth: string[];
  authenticated: boolean;
  parameters: Record<string, string>;
  backendPid?: number;
  /** SSL/GSS answer byte. */
  answer?: string;
  /** ParameterDescription: how many parameters a described statement takes. */
  paramCount?: number;
}

export interface Op {
  kind: OpKind;
  method: string;
  request: Record<string, unknown>;
  firstTs: number;
  requestSize: number;
  responseSize: number;
  respLastTs: number | null;
  /** Extended ops: completion messages still expected (ParseComplete, BindComplete, CommandComplete…). */
  expect: number;
  /** Done at ReadyForQuery (Startup, Query, Sync, FunctionCall) rather than by counting. */
  waitZ: boolean;
  /** Statement described by this op (its RowDescription names are remembered for later Executes). */
  describes?: string;
  acc: Acc;
  anomalies: string[];
  /** Client messages after an error that the server skipped (up to Sync). */
  skipped: number;
}

export function newAcc(): Acc {
  return { error: null, results: [], open: null, formats: [], notices: [], suspended: false, empty: false, copy: null, auth: [], authenticated: false, parameters: {} };
}

export function newOp(kind: OpKind, method: string, request: Record<string, unknown>, ts: number, size: number): Op {
  return { kind, method, request, firstTs: ts, requestSize: size, responseSize: 0, respLastTs: null, expect: 0, waitZ: false, acc: newAcc(), anomalies: [], skipped: 0 };
}

export function addAnomaly(op: Op, a: string): void {
  if (!op.anomalies.includes(a)) op.anomalies.push(a);
}
