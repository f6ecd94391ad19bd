'use client';
/**
 * The traffic list's data: history from `GET /api/entries` (cursor paging, newest first) and,
 * in live mode, new entries from `GET /api/stream` (SSE). History is fetched only once the stream
 * has said `ready`, so nothing stored in between is missed; an entry seen by both is shown once.
 *
 * Live entries arrive in bursts (thousands per second); they are queued in a ref and flushed at
 * most every FLUSH_MS. While the reader is scrolled away from the top they stay queued and only a
 * count ("N new") changes, so the rows under the reader's eyes never move.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, apiUrl, getJson, type EntriesPage } from './api';
import type { Entry } from './entry';

export const PAGE = 200;
const FLUSH_MS = 200;
/** Live entries kept in memory; past TRIM_AT the oldest are dropped down to KEEP (history pages them back). */
const KEEP = 20_000;
const TRIM_AT = 25_000;

export type StreamState = 'off' | 'connecting' | 'live' | 'reconnecting' | 'failed';

export interface Traffic {
  rows: Entry[];
  history: ReturnType<typeof useInfiniteQuery<EntriesPage, Error>>;
  stream: StreamState;
  streamError: string | null;
  pending: number;
  dropped: number;
  flushPending: () => void;
  setFollowing: (atTop: boolean) => void;
}

/**
 * Module-level, not closures in useTraffic: a closure made in a render keeps that render's whole
 * scope, `liveRows` included, and each history query (a new one per trim) keeps its queryFn until
 * gcTime. At 2,000 entries/s that held ~80k trimmed entries (bench/web-responsiveness.bench.ts).
 */
function fetchEntriesPage({ queryKey, pageParam, signal }: { queryKey: readonly unknown[]; pageParam: unknown; signal: AbortSignal }): Promise<EntriesPage> {
  return getJson<EntriesPage>('/api/entries', { q: queryKey[1] as string, limit: PAGE, before: (pageParam as string | null) ?? undefined }, signal);
}

function nextEntriesPage(last: EntriesPage): string | undefined {
  return last.next ?? undefined;
}

export function useTraffic(q: string, live: boolean): Traffic {
  const [liveRows, setLiveRows] = useState<Entry[]>([]);
  const [stream, setStream] = useState<StreamState>(live ? 'connecting' : 'off');
  const [streamError, setStreamError] = useState<string | null>(null);
  const [pending, setPending] = useState(0);
  const [dropped, setDropped] = useState(0);
  const [historyBefore, setHistoryBefore] = useState<string | null>(null);
  const queue = useRef<Entry[]>([]);
  const following = useRef(true);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(() => {
    timer.current = null;
    if (!following.current) {
      setPending(queue.current.length);
      return;
    }
    const batch = queue.current;
    if (batch.length === 0) return;
    queue.current = [];
    setPending(0);
    setLiveRows((prev) => {
      const next = batch.reverse().concat(prev);
      if (next.length > TRIM_AT) {
        const kept = next.slice(0, KEEP);
        const oldest = kept[kept.length - 1];
        if (oldest) setHistoryBefore(String(Math.floor(oldest.timestamp)));
        return kept;
      }
      return next;
    });
  }, []);

  const schedule = useCallback(() => {
    if (timer.current === null) timer.current = setTimeout(flush, FLUSH_MS);
  }, [flush]);

  // A new query or mode starts from scratch.
  useEffect(() => {
    setLiveRows([]);
    setPending(0);
    setDropped(0);
    setHistoryBefore(null);
    setStreamError(null);
    queue.current = [];
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
    es.addEventListener('entry', (ev) => {
      try {
        queue.current.push(JSON.parse((ev as MessageEvent<string>).data) as Entry);
      } catch {
        return;
      }
      schedule();
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
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [q, live, schedule]);

  const historyEnabled = !live || stream === 'live' || stream === 'failed';
  const history = useInfiniteQuery<EntriesPage, Error>({
    queryKey: ['entries', q, historyBefore],
    queryFn: fetchEntriesPage,
    initialPageParam: historyBefore,
    getNextPageParam: nextEntriesPage,
    enabled: historyEnabled,
    staleTime: Infinity,
    gcTime: 30_000,
  });

  const rows = useMemo(() => {
    const pages = history.data?.pages ?? [];
    if (liveRows.length === 0) return pages.flatMap((p) => p.entries);
    // A Set of the (few hundred) history ids, not of the 20k+ live ones: this runs on every flush.
    const older = pages.flatMap((p) => p.entries);
    if (older.length === 0) return liveRows;
    const ids = new Set<string>();
    for (const e of older) ids.add(e.id);
    const both = new Set<string>();
    for (const e of liveRows) if (ids.has(e.id)) both.add(e.id);
    return both.size === 0 ? liveRows.concat(older) : liveRows.concat(older.filter((e) => !both.has(e.id)));
  }, [liveRows, history.data]);

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

  return { rows, history, stream, streamError, pending, dropped, flushPending, setFollowing };
}
