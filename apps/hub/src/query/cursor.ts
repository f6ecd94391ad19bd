/**
 * Page cursors. Entries come newest first, ordered by (timestamp, insertion order); a cursor names
 * the last entry of a page as `<ts>_<rowid>` so the next page starts right after it, even when
 * many entries share one timestamp. A bare number is a time bound (ms since the epoch).
 */
export interface Cursor {
  ts: number;
  /** Absent for a plain time bound: every entry with `ts` below it. */
  rowid?: number;
}

const CURSOR = /^(\d{1,16})(?:_(\d{1,16}))?$/;

export function parseCursor(text: string): Cursor | undefined {
  const m = CURSOR.exec(text);
  if (m) {
    const ts = Number(m[1]);
    if (!Number.isSafeInteger(ts)) return undefined;
    if (m[2] === undefined) return { ts };
    const rowid = Number(m[2]);
    return Number.isSafeInteger(rowid) ? { ts, rowid } : undefined;
  }
  const t = parseTime(text);
  return t === undefined ? undefined : { ts: t };
}

export function formatCursor(c: { ts: number; rowid: number }): string {
  return `${c.ts}_${c.rowid}`;
}

/** A time: ms since the epoch, or an ISO 8601 date-time (`2026-01-31T10:00:00Z`). */
export function parseTime(text: string): number | undefined {
  if (/^\d{1,16}$/.test(text)) {
    const n = Number(text);
    return Number.isSafeInteger(n) ? n : undefined;
  }
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return undefined;
  const t = Date.parse(text);
  return Number.isFinite(t) && t >= 0 ? t : undefined;
}
