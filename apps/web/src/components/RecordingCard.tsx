'use client';
/**
 * One recording: its name, state, size, filter and range; Export (NDJSON, HAR), Replay (a target
 * URL, then the report) and Delete (asked twice).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Recording, ReplayResponse } from '@trawl/api';
import { apiUrl } from '@/lib/api';
import { formatDateTime } from '@/lib/entry';
import { sendJson } from '@/lib/outputs-api';
import { ConfirmButton } from './ConfirmButton';
import { ReplayReportView } from './ReplayReportView';

const STATE_CLASS: Record<Recording['state'], string> = { copying: 'st-redirect', recording: 'st-redirect', ready: 'st-ok', failed: 'st-server-error' };

export function RecordingCard({ recording: r }: { recording: Recording }) {
  const qc = useQueryClient();
  const [target, setTarget] = useState('');
  const path = `/api/recordings/${encodeURIComponent(r.id)}`;
  const remove = useMutation({ mutationFn: () => sendJson('DELETE', path), onSettled: () => qc.invalidateQueries({ queryKey: ['recordings'] }) });
  const stop = useMutation({ mutationFn: () => sendJson('POST', `${path}/stop`), onSettled: () => qc.invalidateQueries({ queryKey: ['recordings'] }) });
  const replay = useMutation({ mutationFn: () => sendJson<ReplayResponse>('POST', `${path}/replay`, { target: target.trim() }) });
  const ready = r.state === 'ready';
  return (
    <article className="panel wh-rule" aria-label={`Recording ${r.name}`} data-recording={r.name}>
      <div className="panel-head">
        <h3>{r.name}</h3>
        <span className={`status ${STATE_CLASS[r.state]}`} data-testid="recording-state">
          <span className="st-dot" aria-hidden="true" />
          {r.state}
        </span>
        <span className="actions">
          {r.state === 'recording' && (
            <button type="button" className="btn small primary" onClick={() => stop.mutate()} disabled={stop.isPending}>
              Stop
            </button>
          )}
          {ready && (
            <>
              <a className="btn small" href={apiUrl(`${path}/export`, { format: 'ndjson' })} download>
                Export NDJSON
              </a>
              <a className="btn small" href={apiUrl(`${path}/export`, { format: 'har' })} download>
                Export HAR
              </a>
            </>
          )}
          <ConfirmButton label="Delete" question={`Delete the recording “${r.name}”?`} confirmLabel="Yes, delete" small busy={remove.isPending} onConfirm={() => remove.mutate()} />
        </span>
      </div>
      <dl className="facts wh-facts">
        <dt>Entries</dt>
        <dd data-testid="recording-entries">
          {r.entries.toLocaleString('en-US')} ({(r.bytes / 1024).toFixed(1)} KiB){r.limited && ` — stopped at its limit of ${r.limit.toLocaleString('en-US')}`}
        </dd>
        <dt>Filter</dt>
        <dd className="mono">{r.query || <span className="muted">(every entry)</span>}</dd>
        <dt>Time</dt>
        <dd>
          {r.from !== null ? formatDateTime(r.from) : 'the oldest stored'} → {r.to !== null ? formatDateTime(r.to) : r.live ? (r.state === 'recording' ? 'now, recording' : 'when it stopped') : 'when it was made'}
          {!r.live && ` (made ${formatDateTime(r.createdAt)})`}
        </dd>
        {r.error && (
          <>
            <dt>Error</dt>
            <dd>{r.error}</dd>
          </>
        )}
      </dl>
      {ready && (
        <form
          className="replay-form"
          aria-label={`Replay ${r.name}`}
          onSubmit={(e) => {
            e.preventDefault();
            replay.mutate();
          }}
        >
          <label className="field">
            <span>Replay its HTTP requests against</span>
            <input value={target} onChange={(e) => setTarget(e.target.value)} placeholder="http://staging-orders:8080" />
          </label>
          <button type="submit" className="btn" disabled={replay.isPending || target.trim() === ''}>
            {replay.isPending ? 'Replaying…' : 'Replay'}
          </button>
          <div className="field-msg" role="alert">
            {replay.error ? replay.error.message : ''}
          </div>
        </form>
      )}
      {replay.data && <ReplayReportView report={replay.data.report} />}
    </article>
  );
}
