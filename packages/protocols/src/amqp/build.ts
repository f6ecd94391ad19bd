// An operation becomes an Entry (shape: packages/kfl/src/fields.ts header): request.method is the
// AMQP method, request.path the queue it names, else its exchange (the destination of an
// exchange.bind); elapsedTime runs from the request's first byte to the reply's last.
import type { PartialEntry } from '../engine/types.js';
import type { Op } from './op.js';

export const AMQP_PROTOCOL = { name: 'amqp', version: '0-9-1', abbr: 'AMQP' } as const;

function pathOf(req: Record<string, unknown>): string | undefined {
  for (const k of ['queue', 'exchange', 'destination']) if (typeof req[k] === 'string') return req[k] as string;
  return undefined;
}

export function buildEntry(op: Op): PartialEntry {
  const request = op.request;
  const path = pathOf(request);
  if (path !== undefined) request.path = path;
  const entry: PartialEntry = {
    timestamp: op.firstTs,
    elapsedTime: op.response && !op.anomalies.has('unpaired') ? Math.max(0, op.lastTs - op.firstTs) : null,
    protocol: { ...AMQP_PROTOCOL },
    request,
    response: op.response,
    requestSize: op.requestSize,
    responseSize: op.responseSize,
  };
  if (op.anomalies.size) entry.anomalies = [...op.anomalies].sort();
  return entry;
}
