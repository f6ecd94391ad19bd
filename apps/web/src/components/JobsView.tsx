'use client';
/**
 * Capture jobs (`/jobs/`): packets written to pcap files by the workers, for Wireshark. A form
 * starts one (interface, BPF filter, duration, size); each job shows every worker's state, packets
 * and files (downloads through the hub), with Stop and Delete. Refreshes every 2 s while one runs.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { CaptureJobListResponse, CaptureJobResponse } from '@trawl/api';
import { getJson } from '@/lib/api';
import { FieldError, sendJson } from '@/lib/outputs-api';
import { JobCard } from './JobCard';
import { isOff, ListStates } from './ListStates';

export function JobsView() {
  const qc = useQueryClient();
  const [form, setForm] = useState({ name: '', iface: 'any', bpf: '', durationSeconds: '60', maxMegabytes: '100' });
  const list = useQuery({
    queryKey: ['jobs'],
    queryFn: ({ signal }) => getJson<CaptureJobListResponse>('/api/jobs', {}, signal),
    refetchInterval: (query) => (query.state.data?.jobs.some((j) => j.workers.some((w) => w.status?.state === 'running')) ? 2_000 : 10_000),
  });
  const start = useMutation({
    mutationFn: () =>
      sendJson<CaptureJobResponse>('POST', '/api/jobs', {
        name: form.name || undefined,
        iface: form.iface || 'any',
        bpf: form.bpf,
        durationSeconds: Number(form.durationSeconds),
        maxMegabytes: Number(form.maxMegabytes),
      }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['jobs'] }),
  });
  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [k]: e.target.value });
  const bad = start.error instanceof FieldError ? start.error : null;
  const off = isOff(list);
  const jobs = list.data?.jobs ?? [];
  return (
    <div className="page settings">
      <div className="settings-scroll">
        <div className="panel-head">
          <h1>Capture jobs</h1>
        </div>
        <p className="muted">
          Packets themselves, for Wireshark: every worker captures what the BPF filter matches into pcap files (as captured: nothing is redacted), until the time is up, the size is reached, or you stop it.
        </p>
        {!off && (
          <form
            className="panel wh-form"
            aria-label="New capture job"
            onSubmit={(e) => {
              e.preventDefault();
              start.mutate();
            }}
          >
            <h2>Capture packets</h2>
            <div className="job-fields">
              <label className="field">
                <span>Name</span>
                <input value={form.name} onChange={set('name')} placeholder="orders api" maxLength={100} />
              </label>
              <label className="field">
                <span>Interface</span>
                <input value={form.iface} onChange={set('iface')} aria-invalid={bad?.field === 'iface' || undefined} />
              </label>
              <label className="field wide">
                <span>BPF filter</span>
                <input className="mono" value={form.bpf} onChange={set('bpf')} placeholder="tcp port 8080" aria-invalid={bad?.code === 'bad_job' || undefined} />
              </label>
              <label className="field">
                <span>Seconds</span>
                <input type="number" min={1} max={86400} value={form.durationSeconds} onChange={set('durationSeconds')} />
              </label>
              <label className="field">
                <span>At most (MB per worker)</span>
                <input type="number" min={1} max={65536} value={form.maxMegabytes} onChange={set('maxMegabytes')} />
              </label>
            </div>
            <div className="field-msg" role="alert">
              {start.error ? start.error.message : ''}
            </div>
            <div>
              <button type="submit" className="btn primary" disabled={start.isPending}>
                {start.isPending ? 'Starting…' : 'Start capture'}
              </button>
            </div>
          </form>
        )}
        <ListStates query={list} offTitle="Capture jobs are off on this hub" what="the capture jobs" empty={jobs.length === 0} emptyTitle="No capture jobs yet" emptyHint="Choose an interface and a filter above, then Start capture.">
          <div className="wh-list" data-testid="jobs">
            {jobs.map((j) => (
              <JobCard key={j.id} job={j} />
            ))}
          </div>
        </ListStates>
      </div>
    </div>
  );
}
