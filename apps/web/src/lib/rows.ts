/**
 * The list's row model: only what a row shows and clicks, computed once when an entry arrives.
 * The list keeps these, not whole Entry objects (headers, bodies, protocol fields): at 2,000
 * entries/s whole entries made the retained heap, and with it each major GC, several times larger
 * (bench/web-responsiveness.bench.ts). The detail fetches the full entry by id.
 */
import { endLabel, type Entry } from './entry';
import { statusOf, targetOf, verbOf, type StatusClass } from './protocols';

export interface Row {
  id: string;
  ts: number;
  proto: string;
  abbr: string;
  verb: string;
  /** The verb is `request.method` (clicking it filters on that). */
  verbIsMethod: boolean;
  target: string;
  /** `request.path`, when the target is it (clicking it filters on that). */
  path: string | null;
  status: number | null;
  statusLabel: string;
  statusWord: string;
  sc: StatusClass;
  src: string;
  dst: string;
  srcName: string | null;
  dstName: string | null;
  latency: number | null;
  size: number;
}

export function toRow(e: Entry): Row {
  const proto = e.protocol?.name ?? '?';
  const verb = verbOf(e);
  const target = targetOf(e);
  const path = typeof e.request?.path === 'string' ? e.request.path : null;
  const st = statusOf(e);
  const status = e.response?.status;
  return {
    id: e.id,
    ts: e.timestamp,
    proto,
    abbr: e.protocol?.abbr ?? proto.toUpperCase(),
    verb,
    verbIsMethod: verb !== '' && e.request?.method === verb,
    target,
    // Clickable as request.path when the row shows the path (HTTP's url, redis's key, dns's name…).
    path: path !== null && (target === path || target.startsWith(path) || target.endsWith(path)) ? path : null,
    status: typeof status === 'number' ? status : null,
    statusLabel: st.label,
    statusWord: st.word,
    sc: st.cls,
    src: endLabel(e.src),
    dst: endLabel(e.dst),
    srcName: e.src?.name ?? null,
    dstName: e.dst?.name ?? null,
    latency: typeof e.elapsedTime === 'number' ? e.elapsedTime : null,
    size: (e.requestSize ?? 0) + (e.responseSize ?? 0),
  };
}

/** What the list reads: a length and rows by index (newest first), without copying them per flush. */
export interface RowList {
  readonly length: number;
  at(i: number): Row | undefined;
  indexOf(id: string): number;
}

export const EMPTY_ROWS: RowList = { length: 0, at: () => undefined, indexOf: () => -1 };
