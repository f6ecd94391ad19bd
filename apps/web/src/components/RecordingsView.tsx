'use client';
/**
 * Recordings (`/recordings/`): named, kept sets of entries. The form records what the current
 * filter and time range match (they follow you from the traffic view in the URL); each recording
 * can be exported (NDJSON, HAR), replayed against a target with a report, or deleted. The list
 * refreshes every 2 s while a copy runs, every 10 s otherwise.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { RecordingListResponse, RecordingResponse } from '@trawl/api';
import { getJson } from '@/lib/api';
import { FieldError, sendJson } from '@/lib/outputs-api';
import { describeRange, trafficBounds } from '@/lib/range';
import { useUrlParams } from '@/lib/useUrlParams';
import { isOff, ListStates } from './ListStates';
import { RecordingCard } from './RecordingCard';

export function RecordingsView() {
  const url = useUrlParams();
  const qc = useQueryClient();
  const q = url.get('q') ?? '';
  const bounds = trafficBounds(url);
  const [name, setName] = useState('');
  const [live, setLive] = useState(false);
  const list = useQuery({
    queryKey: ['recordings'],
    queryFn: ({ signal }) => getJson<RecordingListResponse>('/api/recordings', {}, signal),
    refetchInterval: (query) => (query.state.data?.recordings.some((r) => r.state === 'copying' || r.state === 'recording') ? 2_000 : 10_000),
  });
  const create = useMutation({
    mutationFn: () => sendJson<RecordingResponse>('POST', '/api/recordings', live ? { name, q, live: true } : { name, q, from: bounds.from ?? undefined, to: bounds.to ?? undefined }),
    onSuccess: () => {
      setName('');
      void qc.invalidateQueries({ queryKey: ['recordings'] });
    },
  });
  const off = isOff(list);
  const recordings = list.data?.recordings ?? [];
  const err = create.error instanceof FieldError ? create.error : null;
  return (
    <div className="page settings">
      <div className="settings-scroll">
        <div className="panel-head">
          <h1>Recordings</h1>
        </div>
        <p className="muted">
          A recording keeps what a filter matches in a time range, apart from retention: export it as NDJSON or HAR, or send its HTTP requests again to a target and compare the answers.
        </p>
        {!off && (
          <form
            className="panel wh-form"
            aria-label="New recording"
            onSubmit={(e) => {
              e.preventDefault();
              create.mutate();
            }}
          >
            <h2>{live ? 'Record what matches from now on' : 'Record what matches now'}</h2>
            <dl className="facts wh-facts">
              <dt>Filter</dt>
              <dd className="mono" data-testid="recording-filter">{q || <span className="muted">(every entry)</span>}</dd>
              <dt>Time</dt>
              <dd>{live ? 'new entries as they arrive, until you stop it' : bounds.spec ? describeRange(bounds.spec) : 'everything stored'}</dd>
            </dl>
            <label className="field">
              <span>Name</span>
              <input value={name} onChange={(e) => setName(e.target.value)} placeholder="checkout errors during the deploy" maxLength={100} aria-invalid={err?.field === 'name' || undefined} />
            </label>
            <label className="check">
              <input type="checkbox" checked={live} onChange={(e) => setLive(e.target.checked)} /> Keep recording new entries until stopped
            </label>
            <div className="field-msg" role="alert">
              {create.error ? create.error.message : ''}
            </div>
            <div>
              <button type="submit" className="btn primary" disabled={create.isPending || name.trim() === ''}>
                {create.isPending ? 'Recording…' : 'Record'}
              </button>
            </div>
          </form>
        )}
        <ListStates query={list} offTitle="Recordings are off on this hub" what="the recordings" empty={recordings.length === 0} emptyTitle="No recordings yet" emptyHint="Filter the traffic, come here, name it and press Record.">
          <div className="wh-list" data-testid="recordings">
            {recordings.map((r) => (
              <RecordingCard key={r.id} recording={r} />
            ))}
          </div>
        </ListStates>
      </div>
    </div>
  );
}
