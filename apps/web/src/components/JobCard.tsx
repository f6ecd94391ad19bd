'use client';
/** One capture job: what it captures, each worker's state, packets and files (downloads); Stop, Delete. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CaptureJob } from '@trawl/api';
import { apiUrl } from '@/lib/api';
import { formatDateTime } from '@/lib/entry';
import { sendJson } from '@/lib/outputs-api';
import { ConfirmButton } from './ConfirmButton';

const STATE_CLASS: Record<string, string> = { running: 'st-redirect', done: 'st-ok', failed: 'st-server-error' };
const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${(n / 1024).toFixed(1)} KiB`);

export function JobCard({ job }: { job: CaptureJob }) {
  const qc = useQueryClient();
  const path = `/api/jobs/${encodeURIComponent(job.id)}`;
  const refresh = () => qc.invalidateQueries({ queryKey: ['jobs'] });
  const stop = useMutation({ mutationFn: () => sendJson('POST', `${path}/stop`), onSettled: refresh });
  const remove = useMutation({ mutationFn: () => sendJson('DELETE', path), onSettled: refresh });
  const running = job.workers.some((w) => w.status?.state === 'running');
  return (
    <article className="panel wh-rule" aria-label={`Capture job ${job.name}`} data-job={job.name}>
      <div className="panel-head">
        <h3>{job.name}</h3>
        <span className="actions">
          {running && (
            <button type="button" className="btn small primary" onClick={() => stop.mutate()} disabled={stop.isPending}>
              {stop.isPending ? 'Stopping…' : 'Stop'}
            </button>
          )}
          <ConfirmButton label="Delete" question={`Delete “${job.name}” and its files?`} confirmLabel="Yes, delete" small busy={remove.isPending} onConfirm={() => remove.mutate()} />
        </span>
      </div>
      <dl className="facts wh-facts">
        <dt>Captures</dt>
        <dd className="mono">
          {job.spec.iface} {job.spec.bpf || <span className="muted">(every packet)</span>}
        </dd>
        <dt>Limits</dt>
        <dd>
          {job.spec.durationMs / 1000} s, {size(job.spec.maxBytes)} per worker, files of {size(job.spec.rotateBytes)} (started {formatDateTime(job.createdAt)})
        </dd>
      </dl>
      <table className="ep-table">
        <thead>
          <tr>
            <th>Worker</th>
            <th>State</th>
            <th>Packets</th>
            <th>Files</th>
          </tr>
        </thead>
        <tbody>
          {job.workers.map((w) => (
            <tr key={w.node} data-node={w.node}>
              <td>{w.node}</td>
              <td data-testid="job-state">
                {w.status ? (
                  <span className={`status ${STATE_CLASS[w.status.state] ?? ''}`}>
                    <span className="st-dot" aria-hidden="true" />
                    {w.status.state}
                    {w.status.reason && w.status.state !== 'running' ? ` (${w.status.reason})` : ''}
                  </span>
                ) : (
                  <span className="muted">—</span>
                )}
                {(w.error ?? w.status?.error) && <div className="small">{w.error ?? w.status?.error}</div>}
                {w.status?.filesRemoved && <div className="small muted">Files removed: {w.status.filesRemoved}</div>}
              </td>
              <td data-testid="job-packets">{w.status?.packets.toLocaleString('en-US') ?? '—'}</td>
              <td>
                {w.status?.files.map((f) => (
                  <a key={f.name} className="job-file" href={apiUrl(`${path}/files/${encodeURIComponent(w.node)}/${encodeURIComponent(f.name)}`)} download>
                    {f.name} ({size(f.bytes)})
                  </a>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
