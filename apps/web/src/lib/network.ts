/**
 * The Network page's helpers (`/api/traffic/*`): its time bounds, an end as text and as the KFL
 * clause of the traffic view, exact counts for tooltips.
 */
import type { TrafficCounts, TrafficEnd } from '@trawl/api';
import { edgeClause, nodeClause } from './mapClauses';
import { resolveRange, type RangeSpec } from './range';

/**
 * `from`/`to` for `/api/traffic/*`. The hub's default `from` there is an hour before `to`, not
 * the oldest minute, so "all stored" (and an absolute range open at the start) asks from 0.
 */
export function trafficRange(spec: RangeSpec, now = Date.now()): { from: number; to: number | null } {
  const r = resolveRange(spec, now);
  return { from: r.from ?? 0, to: r.to };
}

/** Ends the hub keeps by address (their `name` is the IP): unnamed (`ip`) and outside trawl's view (`external`). */
export function byAddress(e: TrafficEnd): boolean {
  return e.kind === 'ip' || e.kind === 'external';
}

/** The end as the service map's clause builders take it (`name` null for an address). */
function asNode(e: TrafficEnd) {
  return byAddress(e) ? { id: e.name, name: null, namespace: null, ip: e.name } : { id: e.name, name: e.name, namespace: e.namespace, ip: null };
}

/** Entries to or from an end: `(src.name == "x" or dst.name == "x")` (+ namespace), `src.ip`/`dst.ip` for an address. */
export function endTrafficClause(e: TrafficEnd): string {
  return nodeClause(asNode(e));
}

/**
 * Entries between two ends, either way round: a flow is one direction of packets, and the
 * responses going b → a belong to requests whose `src` is a.
 */
export function pairTrafficClause(a: TrafficEnd, b: TrafficEnd): string {
  const ab = edgeClause(asNode(a), asNode(b), null);
  const ba = edgeClause(asNode(b), asNode(a), null);
  return ab === ba ? ab : `(${ab}) or (${ba})`;
}

/** `namespace/name`, or the name alone. */
export function endText(e: TrafficEnd): string {
  return e.namespace ? `${e.namespace}/${e.name}` : e.name;
}

/** A count with thousands separators, the same in every locale (the tooltips hold exact numbers). */
export function fmtCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** `12,345 bytes, 67 packets`: the exact numbers behind a formatted cell. */
export function exactCounts(c: TrafficCounts): string {
  return `${fmtCount(c.bytes)} bytes, ${fmtCount(c.packets)} packets`;
}
