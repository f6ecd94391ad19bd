'use client';
/**
 * The traffic view (`/`): the KFL bar bound to `?q=`, the live/history list, and the entry detail
 * bound to `?entry=`. A link to this page is a shareable query.
 */
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, apiUrl } from '@/lib/api';
import { formatDateTime } from '@/lib/entry';
import { describeRange, trafficBounds } from '@/lib/range';
import { addClause } from '@/lib/kfl';
import { useTraffic } from '@/lib/useTraffic';
import { EntryDetail } from './EntryDetail';
import { EntryList } from './EntryList';
import { KflBar } from './KflBar';
import { useStats } from './StatusBar';

function href(path: string, params: Record<string, string | null>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) sp.set(k, v);
  const s = sp.toString();
  return s ? `${path}?${s}` : path;
}

function EmptyState({ q, onClear, workersUp, ifaces, streamOn, range, onClearRange }: { q: string; onClear: () => void; workersUp: number | null; ifaces: string[]; streamOn: boolean; range: boolean; onClearRange: () => void }) {
  if (range)
    return (
      <div className="empty" role="status">
        <h2>No entries {q ? 'match this filter ' : ''}in this time range</h2>
        <p>
          {q ? (
            <>
              <code>{q}</code> matched nothing stored in the time range above.
            </>
          ) : (
            'Nothing stored falls in the time range above.'
          )}{' '}
          <button type="button" className="linklike" onClick={onClearRange}>
            Clear the time range
          </button>{' '}
          to see all stored traffic{q ? ' that matches' : ''}.
        </p>
      </div>
    );
  if (q)
    return (
      <div className="empty" role="status">
        <h2>No entries match this filter</h2>
        <p>
          <code>{q}</code> matched nothing stored{streamOn ? '; new matches appear here as they are captured' : ''}.
        </p>
        <p>
          Loosen it, pick an example, or{' '}
          <button type="button" className="linklike" onClick={onClear}>
            clear the filter
          </button>{' '}
          to see all traffic.
        </p>
      </div>
    );
  return (
    <div className="empty" role="status">
      <h2>No traffic yet</h2>
      {workersUp === 0 ? (
        <p>
          No worker is connected, so nothing is being captured. Run <code>trawl start</code> on this machine, or a worker on each node (<code>apps/worker</code>, with <code>--kubeconfig</code> to name pods).
        </p>
      ) : (
        <>
          <p>
            trawl is capturing{ifaces.length ? ` on ${ifaces.join(', ')}` : ''} and will show requests here the moment they happen. Make some:
          </p>
          <pre className="code">
            {`# any HTTP service on this machine, for example:\npython3 -m http.server 8000 &\ncurl http://127.0.0.1:8000/`}
          </pre>
          <p className="muted">Traffic to the hub itself is not captured.</p>
        </>
      )}
    </div>
  );
}

export function TrafficView() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const q = params.get('q') ?? '';
  const entryId = params.get('entry');
  const rangeKey = ['range', 'from', 'to'].map((k) => params.get(k) ?? '').join('|');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const bounds = useMemo(() => trafficBounds(params), [rangeKey]);
  const [liveWanted, setLive] = useState(true);
  // A fixed end time: nothing captured from now on can match.
  const live = liveWanted && bounds.to === null;
  const [cursorId, setCursorId] = useState<string | null>(null);
  const [following, setFollowingState] = useState(true);
  const [topSignal, setTopSignal] = useState(0);
  const traffic = useTraffic(q, live, bounds);
  const stats = useStats();

  const setParams = useCallback(
    (next: { q?: string; entry?: string | null; clearRange?: boolean }, mode: 'push' | 'replace' = 'push') => {
      const keep = (k: string) => (next.clearRange ? null : params.get(k));
      const url = href(pathname, { q: next.q !== undefined ? next.q : q, range: keep('range'), from: keep('from'), to: keep('to'), entry: next.entry !== undefined ? next.entry : entryId, token: params.get('token') });
      if (mode === 'push') router.push(url, { scroll: false });
      else router.replace(url, { scroll: false });
    },
    [pathname, q, entryId, params, router],
  );

  const apply = useCallback((nq: string) => setParams({ q: nq, entry: null }), [setParams]);
  const onAdd = useCallback((c: string) => setParams({ q: addClause(q, c) }), [setParams, q]);
  const onOpen = useCallback(
    (id: string) => {
      setCursorId(id);
      setParams({ entry: id }, 'replace');
    },
    [setParams],
  );
  const onCloseDetail = useCallback(() => setParams({ entry: null }, 'replace'), [setParams]);
  const { history, loadOlder: onNearEnd } = traffic;
  const onScrollTop = useCallback(
    (atTop: boolean) => {
      setFollowingState(atTop);
      traffic.setFollowing(atTop);
    },
    [traffic],
  );

  useEffect(() => {
    if (entryId) setCursorId(entryId);
  }, [entryId]);

  const err = history.error;
  const badQuery = err instanceof ApiError && err.code === 'invalid_query';
  const up = stats.data ? stats.data.workers.filter((w) => w.state === 'up') : null;
  const ifaces = [...new Set((up ?? []).filter((w) => w.capturing).flatMap((w) => w.interfaces))];
  const loading = history.isPending && (history.fetchStatus === 'fetching' || (live && traffic.stream === 'connecting'));

  const streamLabel: Record<string, string> = {
    off: 'Paused',
    connecting: 'Connecting…',
    live: 'Live',
    reconnecting: 'Reconnecting…',
    failed: 'Live stream failed',
  };

  return (
    <div className="traffic">
      <KflBar value={q} onApply={apply} />
      <div className="toolbar">
        <button
          type="button"
          className={`btn live-toggle ${live ? 'on' : ''}`}
          aria-pressed={live}
          disabled={bounds.to !== null}
          onClick={() => setLive(!live)}
          title={bounds.to !== null ? 'The time range has an end: clear it to follow new entries' : live ? 'Stop following new entries' : 'Follow new entries as they are captured'}
        >
          <span className={`live-dot s-${traffic.stream}`} aria-hidden="true" />
          {streamLabel[traffic.stream]}
        </button>
        {/* The count changes several times a second in live mode: not a live region (it would be read
            out without end); the warnings are. */}
        <span className="muted">
          {traffic.rows.length.toLocaleString()} shown{traffic.hasOlder ? ' (scroll for older)' : ''}
          <span aria-live="polite">
            {traffic.dropped > 0 && <span className="warn-text"> · {traffic.dropped.toLocaleString()} live entries dropped by the hub (too fast for this tab)</span>}
            {traffic.streamError && <span className="warn-text"> · live: {traffic.streamError}</span>}
          </span>
        </span>
        {bounds.spec && (
          <span className="range-chip" role="status" data-testid="traffic-range">
            <span className="muted small">Time range:</span>{' '}
            {bounds.spec.preset !== null ? `${describeRange(bounds.spec)} (since ${formatDateTime(bounds.from ?? 0)})` : `${bounds.from !== null ? formatDateTime(bounds.from) : 'the oldest'} – ${bounds.to !== null ? formatDateTime(bounds.to) : 'now'}`}{' '}
            <button type="button" className="btn small" onClick={() => setParams({ clearRange: true })} aria-label="Clear the time range (show all stored traffic)">
              Clear ✕
            </button>
          </span>
        )}
        <span className="export-links" data-testid="export-links">
          <span className="muted small">Export what matches:</span>{' '}
          <a href={apiUrl('/api/entries/export', { q, from: bounds.from, to: bounds.to, format: 'ndjson' })} download title="Every stored entry that matches the filter and the time range, newest first, one Entry JSON per line (at most 100,000)">
            NDJSON
          </a>{' '}
          ·{' '}
          <a href={apiUrl('/api/entries/export', { q, from: bounds.from, to: bounds.to, format: 'har' })} download title="The HTTP, HTTP/2, gRPC and GraphQL entries that match, as a HAR 1.2 file for a browser's developer tools (at most 100,000 read)">
            HAR
          </a>{' '}
          ·{' '}
          <Link href={href('/recordings/', { q, range: params.get('range'), from: params.get('from'), to: params.get('to'), token: params.get('token') })} title="Keep what matches as a named recording, apart from retention: export or replay it later">
            Record…
          </Link>
        </span>
        {!following && traffic.pending > 0 && (
          <button
            type="button"
            className="btn primary new-pill"
            onClick={() => {
              setTopSignal((n) => n + 1);
              traffic.flushPending();
              setFollowingState(true);
            }}
          >
            ↑ {traffic.pending.toLocaleString()} new
          </button>
        )}
      </div>
      <div className={`split${entryId ? ' with-detail' : ''}`}>
        <div className="pane-list">
          {badQuery ? (
            <div className="empty error-state" role="alert">
              <h2>The hub cannot run this query</h2>
              <p>{err.message}</p>
              <p>Fix it in the filter bar above (the bad part is underlined), or pick one of the examples.</p>
            </div>
          ) : err && traffic.rows.length === 0 ? (
            <div className="empty error-state" role="alert">
              <h2>{err instanceof ApiError && err.unreachable ? 'The hub does not answer' : 'Cannot load traffic'}</h2>
              <p>{err.message}</p>
              <p>
                {err instanceof ApiError && err.unreachable ? (
                  <>
                    Check that <code>trawl start</code> is still running, then{' '}
                  </>
                ) : null}
                <button type="button" className="linklike" onClick={() => void history.refetch()}>
                  try again
                </button>
                .
              </p>
            </div>
          ) : loading && traffic.rows.length === 0 ? (
            <div className="empty" role="status">
              Loading traffic…
            </div>
          ) : traffic.rows.length === 0 ? (
            <EmptyState q={q} range={bounds.spec !== null} onClearRange={() => setParams({ clearRange: true })} onClear={() => apply('')} workersUp={up ? up.length : null} ifaces={ifaces} streamOn={live} />
          ) : (
            <EntryList
              rows={traffic.rows}
              selectedId={entryId}
              cursorId={cursorId}
              onCursor={setCursorId}
              onOpen={onOpen}
              onAdd={onAdd}
              onNearEnd={onNearEnd}
              onScrollTop={onScrollTop}
              scrollToTopSignal={topSignal}
              label={q ? `Entries matching ${q}` : 'All entries'}
              footer={
                <div className="list-footer muted">
                  {history.isFetchingNextPage ? 'Loading older entries…' : traffic.hasOlder ? '' : history.isSuccess ? 'No older entries.' : ''}
                  {history.isError && history.data ? ` Older entries failed to load: ${history.error?.message}` : ''}
                </div>
              }
            />
          )}
        </div>
        {entryId && <EntryDetail key={entryId} id={entryId} onClose={onCloseDetail} onAdd={onAdd} />}
      </div>
    </div>
  );
}
