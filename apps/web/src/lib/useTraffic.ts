'use client';
/**
 * The traffic list's data: history from `GET /api/entries` (cursor paging, newest first) and,
 * in live mode, new entries from `GET /api/stream` (SSE). History is fetched only once the stream
 * has said `ready`, so nothing stored in between is missed; an entry seen by both is shown once.
 * A time range (`from`/`to`, ms) bounds history with `after`/`before` and filters the stream.
 *
 * Live entries arrive in bursts (thousands per second). Each is turned into a compact Row at once
 * (rows.ts) and queued; the queue is flushed at most every FLUSH_MS, in an animation frame, into
 * an append-only buffer read newest-first through a RowList (no copy of the list per flush). While
 * the reader is scrolled away from the top the rows stay queued and only a count ("N new")
 * changes, so the rows under the reader's eyes never move.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, apiUrl, getJson, type EntriesPage } from './api';
import type { Entry } from './entry';
import { EMPTY_ROWS, toRow, type Row, type RowList } from './rows';

export const PAGE = 200;
const FLUSH_MS = 250;
/** Longest stretch of entry parsing in one task (the long-task budget is 50 ms). */
const SLICE_MS = 8;
/**
 * Live rows kept in memory: past TRIM_AT the oldest are dropped down to KEEP, and history pages
 * them back (only when the reader scrolls that far). The queue of a paused list has the same bound.
 */
export const KEEP = 10_000;
const TRIM_AT = 15_000;

export type StreamState = 'off' | 'connecting' | 'live' | 'reconnecting' | 'failed';

export interface RowsPage {
  rows: Row[];
  next: string | null;
}

export interface TimeBounds {
  /** ms since the epoch, inclusive; null: no lower bound. */
  from: number | null;
  /** ms since the epoch, exclusive; null: up to now (and live). */
  to: number | null;
}

export interface Traffic {
  rows: RowList;
  history: ReturnType<typeof useInfiniteQuery<RowsPage, Error>>;
  stream: StreamState;
  streamError: string | null;
  pending: number;
  dropped: number;
  flushPending: () => void;
  setFollowing: (atTop: boolean) => void;
  /** The reader is near the end of the list: page older entries in. */
  loadOlder: () => void;
  /** Older entries can be paged in. */
  hasOlder: boolean;
}

/**
 * Module-level, not closures in useTraffic: a closure made in a render keeps that render's whole
 * scope, and each history query (a new one per trim) keeps its queryFn until gcTime.
 */
async function fetchRowsPage({ queryKey, pageParam, signal }: { queryKey: readonly unknown[]; pageParam: unknown; signal: AbortSignal }): Promise<RowsPage> {
  const from = queryKey[3] as number | null;
  const page = await getJson<EntriesPage>(
    '/api/entries',
    // `after` is exclusive and `from` inclusive (as on the map): one ms earlier.
    { q: queryKey[1] as string, limit: PAGE, before: (pageParam as string | null) ?? undefined, after: from !== null ? String(Math.max(0, from - 1)) : undefined },
    signal,
  );
  return { rows: page.entries.map(toRow), next: page.next };
}

function nextRowsPage(last: RowsPage): string | undefined {
  return last.next ?? undefined;
}

class LiveBuffer {
  /** Oldest first; replaced (never spliced) when trimmed, so a RowList made earlier stays valid. */
  rows: Row[] = [];
  ids = new Set<string>();
  add(batch: Row[]): void {
    for (const r of batch) {
      if (this.ids.has(r.id)) continue;
      this.ids.add(r.id);
      this.rows.push(r);
    }
  }
  replace(batch: Row[]): void {
    this.rows = [];
    this.ids = new Set();
    this.add(batch);
  }
  /** Drops the oldest down to KEEP; returns the `before` cursor history should start from. */
  trim(): string | null {
    if (this.rows.length <= TRIM_AT) return null;
    const drop = this.rows.length - KEEP;
    for (let i = 0; i < drop; i++) this.ids.delete(this.rows[i]!.id);
    this.rows = this.rows.slice(drop);
    return this.cursor();
  }
  /** Entries older than the oldest kept (its own ms included: the duplicates are dropped). */
  cursor(): string | null {
    const oldest = this.rows[0];
    return oldest ? String(Math.ceil(oldest.ts)) : null;
  }
}

function rowList(live: Row[], older: Row[]): RowList {
  const n = live.length;
  return {
    length: n + older.length,
    at: (i) => (i < n ? live[n - 1 - i] : older[i - n]),
    indexOf: (id) => {
      for (let i = n - 1; i >= 0; i--) if (live[i]!.id === id) return n - 1 - i;
      const j = older.findIndex((r) => r.id === id);
      return j < 0 ? -1 : n + j;
    },
  };
}

export function useTraffic(q: string, live: boolean, bounds: TimeBounds = { from: null, to: null }): Traffic {
  const { from, to } = bounds;
  const [version, setVersion] = useState(0);
  const [stream, setStream] = useState<StreamState>(live ? 'connecting' : 'off');
  const [streamError, setStreamError] = useState<string | null>(null);
  const [pending, setPending] = useState(0);
  const [dropped, setDropped] = useState(0);
  const [historyBefore, setHistoryBefore] = useState<string | null>(null);
  const [wantOlder, setWantOlder] = useState(false);
  const buffer = useRef(new LiveBuffer());
  const queue = useRef<Row[]>([]);
  /** Rows dropped from a paused list's queue (they come back from history). */
  const overflow = useRef(0);
  const following = useRef(true);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const frame = useRef<number | null>(null);

  const flush = useCallback(() => {
    timer.current = null;
    frame.current = null;
    if (!following.current) {
      setPending(queue.current.length + overflow.current);
      return;
    }
    const batch = queue.current;
    if (batch.length === 0) return;
    queue.current = [];
    const buf = buffer.current;
    let before: string | null = null;
    if (overflow.current > 0) {
      // The queue overflowed while paused: the list restarts from it, history fills in below.
      buf.replace(batch);
      before = buf.cursor();
      overflow.current = 0;
    } else {
      buf.add(batch);
      before = buf.trim();
    }
    if (before !== null) {
      setHistoryBefore(before);
      setWantOlder(false);
    }
    setPending(0);
    setVersion((v) => v + 1);
  }, []);

  const schedule = useCallback(() => {
    if (timer.current !== null || frame.current !== null) return;
    // The state update lands in a frame (one render, one layout per flush); a hidden tab has no
    // frames, and the queue's bound keeps it from growing meanwhile.
    timer.current = setTimeout(() => {
      timer.current = null;
      frame.current = requestAnimationFrame(flush);
    }, FLUSH_MS);
  }, [flush]);

  // A new query, mode or range starts from scratch.
  useEffect(() => {
    buffer.current = new LiveBuffer();
    queue.current = [];
    overflow.current = 0;
    setVersion((v) => v + 1);
    setPending(0);
    setDropped(0);
    setHistoryBefore(null);
    setWantOlder(false);
    setStreamError(null);
    if (!live) {
      setStream('off');
      return;
    }
    setStream('connecting');
    const es = new EventSource(apiUrl('/api/stream', { q }));
    es.addEventListener('ready', () => {
      setStream('live');
      setStreamError(null);
    });
    // An SSE chunk can carry thousands of entries (after a stall, all at once): the handler only
    // keeps the text, and parsing runs in slices of SLICE_MS with the event loop free in between.
    let raw: string[] = [];
    let parsing: ReturnType<typeof setTimeout> | null = null;
    const take = (text: string) => {
      let row: Row;
      try {
        row = toRow(JSON.parse(text) as Entry);
      } catch {
        return;
      }
      if ((from !== null && row.ts < from) || (to !== null && row.ts >= to)) return;
      const qu = queue.current;
      qu.push(row);
      if (qu.length > TRIM_AT) {
        const d = qu.length - KEEP;
        qu.splice(0, d);
        overflow.current += d;
      }
    };
    const parseSome = () => {
      parsing = null;
      const t0 = performance.now();
      const list = raw;
      let i = 0;
      while (i < list.length) {
        take(list[i++]!);
        if ((i & 15) === 0 && performance.now() - t0 > SLICE_MS) break;
      }
      raw = i >= list.length ? [] : list.slice(i);
      if (raw.length > 0) parsing = setTimeout(parseSome, 0);
      schedule();
    };
    es.addEventListener('entry', (ev) => {
      raw.push((ev as MessageEvent<string>).data);
      if (parsing === null) parsing = setTimeout(parseSome, 0);
    });
    es.addEventListener('dropped', (ev) => {
      try {
        const n = (JSON.parse((ev as MessageEvent<string>).data) as { dropped: number }).dropped;
        setDropped((d) => d + n);
      } catch {
        /* ignore */
      }
    });
    es.addEventListener('close', () => {
      setStream('reconnecting');
      setStreamError('the hub is shutting down');
    });
    es.onerror = () => {
      if (es.readyState === EventSource.CLOSED) {
        setStream('failed');
        // EventSource hides the status: ask the same URL as JSON to learn why.
        getJson('/api/stream', { q })
          .then(() => setStreamError('the live stream closed'))
          .catch((e: unknown) => setStreamError(e instanceof ApiError ? e.message : String(e)));
      } else setStream('reconnecting');
    };
    return () => {
      es.close();
      if (parsing !== null) clearTimeout(parsing);
      if (timer.current !== null) clearTimeout(timer.current);
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      timer.current = null;
      frame.current = null;
    };
  }, [q, live, from, to, schedule]);

  // The first history page (what was stored before the stream started) is asked at once; after a
  // trim, older pages only when the reader scrolls near the end.
  const streamReady = !live || stream === 'live' || stream === 'failed';
  const history = useInfiniteQuery<RowsPage, Error>({
    queryKey: ['entries', q, historyBefore, from, to],
    queryFn: fetchRowsPage,
    initialPageParam: historyBefore ?? (to !== null ? String(to) : null),
    getNextPageParam: nextRowsPage,
    enabled: streamReady && (historyBefore === null || wantOlder),
    staleTime: Infinity,
    gcTime: 30_000,
  });

  const rows = useMemo(() => {
    const pages = history.data?.pages ?? [];
    const buf = buffer.current;
    if (pages.length === 0 && buf.rows.length === 0) return EMPTY_ROWS;
    const older: Row[] = [];
    for (const p of pages) for (const r of p.rows) if (!buf.ids.has(r.id)) older.push(r);
    return rowList(buf.rows, older);
  }, [version, history.data]); // eslint-disable-line react-hooks/exhaustive-deps

  const flushPending = useCallback(() => {
    following.current = true;
    flush();
  }, [flush]);

  const setFollowing = useCallback(
    (atTop: boolean) => {
      if (following.current === atTop) return;
      following.current = atTop;
      if (atTop) flush();
    },
    [flush],
  );

  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage, isFetching } = history;
  const loadOlder = useCallback(() => {
    if (historyBefore !== null && !wantOlder) setWantOlder(true);
    else if (hasNextPage && !isFetchingNextPage && !isFetching && !isError) void fetchNextPage();
  }, [historyBefore, wantOlder, hasNextPage, isFetchingNextPage, isFetching, isError, fetchNextPage]);

  const hasOlder = hasNextPage || (historyBefore !== null && !wantOlder);
  return { rows, history, stream, streamError, pending, dropped, flushPending, setFollowing, loadOlder, hasOlder };
}
