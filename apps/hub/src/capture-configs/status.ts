/**
 * What a config's status says about its capture job: one `captureFiles` entry per worker, the
 * phase (Running until every worker has finished; then Completed when each is done, else Failed)
 * and a message a person can act on.
 */
import type { CaptureJob, CaptureJobWorker } from '@trawl/api';
import { JOB_GONE } from '../jobs/start.js';
import type { NodeCapture, Phase } from './types.js';

/** The hub's download route for one file of a job (apps/hub/README.md, Capture jobs). */
export const downloadPath = (jobId: string, node: string, file: string): string =>
  `/api/jobs/${encodeURIComponent(jobId)}/files/${encodeURIComponent(node)}/${encodeURIComponent(file)}`;

export interface Progress {
  finished: boolean;
  phase: Extract<Phase, 'Running' | 'Completed' | 'Failed'>;
  message: string;
  captureFiles: Record<string, NodeCapture>;
}

interface Part {
  node: string;
  capture: NodeCapture;
  final: boolean;
  ok: boolean;
}

function part(jobId: string, w: CaptureJobWorker, startErrors: Record<string, string>, overdue: boolean): Part {
  const s = w.status;
  if (s) {
    const files = s.files.map((f) => downloadPath(jobId, w.node, f.name));
    const capture: NodeCapture = { status: s.state, output_file: files[0] ?? '', files, file_size: s.files.reduce((n, f) => n + f.bytes, 0), packets: s.packets };
    if (s.state !== 'running') capture.reason = (s.state === 'failed' ? s.error ?? s.reason : s.reason) ?? s.state;
    return { node: w.node, capture, final: s.state !== 'running', ok: s.state === 'done' };
  }
  const error = w.error ?? 'no answer';
  // Refused at start, or gone from the worker: nothing more will come. Not answering is a moment
  // (a worker restarting, NATS away) until the job is overdue.
  const final = startErrors[w.node] !== undefined || error === JOB_GONE || overdue;
  return { node: w.node, capture: { status: final ? 'failed' : 'unreachable', output_file: '', files: [], file_size: 0, packets: 0, reason: error }, final, ok: false };
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * `overdue`: the job should have ended a while ago (its duration and a grace period), so a worker
 * still not answering has failed.
 */
export function progress(job: CaptureJob, startErrors: Record<string, string>, overdue: boolean): Progress {
  const parts = job.workers.map((w) => part(job.id, w, startErrors, overdue));
  const captureFiles = Object.fromEntries(parts.map((p) => [p.node, p.capture]));
  const finished = parts.every((p) => p.final);
  if (!finished) {
    const running = parts.filter((p) => !p.final).map((p) => (p.capture.status === 'unreachable' ? `${p.node} (not answering: ${p.capture.reason})` : p.node));
    const failed = parts.filter((p) => p.final && !p.ok).map((p) => `${p.node}: ${p.capture.reason}`);
    return { finished, phase: 'Running', message: `capturing on ${running.join(', ')} (job ${job.id})${failed.length > 0 ? `; failed on ${failed.join('; ')}` : ''}`, captureFiles };
  }
  const done = parts.filter((p) => p.ok);
  const packets = done.reduce((n, p) => n + p.capture.packets, 0);
  const files = done.reduce((n, p) => n + p.capture.files.length, 0);
  const summary = `captured ${plural(packets, 'packet')} into ${plural(files, 'file')} on ${done.map((p) => `${p.node} (${p.capture.reason})`).join(', ')}`;
  if (done.length === parts.length) return { finished, phase: 'Completed', message: `${summary}; download: status.captureFiles.<node>.output_file on the hub`, captureFiles };
  const failed = parts.filter((p) => !p.ok).map((p) => `${p.node}: ${p.capture.reason}`);
  return { finished, phase: 'Failed', message: `failed on ${failed.join('; ')}${done.length > 0 ? `; ${summary}` : ''}`, captureFiles };
}
