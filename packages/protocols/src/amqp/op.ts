// An operation being assembled: a request method (with its content, when it carries a message)
// and, for synchronous methods, the reply that answers it (with its content for basic.get-ok).
import type { Direction } from '../engine/types.js';

export interface Op {
  channel: number;
  /** Who sent the request (0 client, 1 server: connection.start, basic.deliver, a server close…). */
  dir: Direction;
  request: Record<string, unknown>;
  response: Record<string, unknown> | null;
  /** Reply method names that answer the request; empty for one-way methods. */
  replies: readonly string[];
  firstTs: number;
  lastTs: number;
  requestSize: number;
  responseSize: number;
  anomalies: Set<string>;
  /** Emission order for ties at close. */
  seq: number;
}

/** A message body (after basic.publish/deliver/return/get-ok) arriving in header + body frames. */
export interface Content {
  op: Op;
  side: 'request' | 'response';
  /** Null until the content header frame arrives. */
  bodySize: number | null;
  received: number;
  missing: number;
  kept: Uint8Array[];
  keptBytes: number;
  contentEncoding?: string;
}
