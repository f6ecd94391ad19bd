/**
 * Starting a capture job on the workers and asking them about it: the one path `POST /api/jobs`
 * and the PacketCaptureConfig controller (capture-configs/) share, so a job made either way is
 * the same job (kept in `capture_jobs`, listed, stopped and downloaded through /api/jobs).
 */
import { randomBytes } from 'node:crypto';
import type { CaptureJob, CaptureJobSpec, CaptureJobStatus, CaptureJobWorker } from '@trawl/api';
import { jobFilter } from './bpf.js';
import { JobRequestFailed, type JobsClient } from './client.js';
import type { JobRecord, JobRecords } from './records.js';

export interface JobsDeps {
  records: JobRecords;
  client: JobsClient;
}

/** How long the hub waits for a worker's answer before calling it unreachable. */
export const STATUS_TIMEOUT_MS = 3_000;
/** A worker's answer for a job it does not have (deleted, or its jobs directory replaced). */
export const JOB_GONE = 'the worker no longer has this job';

/** What to capture, in the terms users name (addresses, ports, a BPF expression). */
export interface NewJob {
  /** Chosen by the caller when it must know the id before the job exists (newJobId()). */
  id?: string;
  /** '' or absent: `capture <iface> <filter>`. */
  name?: string;
  nodes: string[];
  iface: string;
  targetIPs?: readonly string[];
  targetPorts?: readonly number[];
  bpf?: string;
  durationMs: number;
  maxBytes: number;
  rotateBytes: number;
  snaplen: number;
  maxPackets: number;
}

/** Nothing was kept: no worker to ask, no NATS, or every worker refused the filter or interface. */
export class JobNotStarted extends Error {
  override name = 'JobNotStarted';
  constructor(
    readonly code: 'bad_job' | 'no_workers' | 'unavailable',
    message: string,
    readonly nodes: string[],
  ) {
    super(message);
  }
}

export const newJobId = (): string => `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;

/**
 * Composes the filter (a bad address or port throws BpfSpecError), asks every node to start, and
 * keeps the job unless every worker refused it (JobNotStarted `bad_job` with the capture
 * program's words). A worker that refuses or does not answer is named in its `error`.
 */
export async function startJob(deps: JobsDeps, o: NewJob): Promise<CaptureJob> {
  const spec: Omit<CaptureJobSpec, 'id'> = {
    iface: o.iface,
    bpf: jobFilter({ targetIPs: o.targetIPs, targetPorts: o.targetPorts, bpf: o.bpf }),
    durationMs: o.durationMs,
    maxBytes: o.maxBytes,
    rotateBytes: o.rotateBytes,
    snaplen: o.snaplen,
    maxPackets: o.maxPackets,
  };
  const name = o.name?.trim() || `capture ${spec.iface}${spec.bpf ? ` ${spec.bpf}` : ''}`;
  const nodes = [...new Set(o.nodes)];
  // Checked after the spec: a bad request is the asker's mistake whatever the state of the workers.
  if (nodes.length === 0) throw new JobNotStarted('no_workers', 'no worker is connected to capture: start one, or name the nodes', nodes);
  if (!deps.client.connected) throw new JobNotStarted('unavailable', 'the hub is not connected to NATS: no worker can be asked', nodes);
  const id = o.id ?? newJobId();
  const errors: Record<string, string> = {};
  const refusals: JobRequestFailed[] = [];
  const started = await Promise.all(
    nodes.map(async (node) => {
      try {
        return await deps.client.ask<CaptureJobStatus>(node, 'start', { id, ...spec });
      } catch (e) {
        errors[node] = (e as Error).message;
        if (e instanceof JobRequestFailed && e.code === 'bad_request') refusals.push(e);
        return null;
      }
    }),
  );
  // A filter or interface every worker refuses is the asker's mistake: nothing to keep.
  if (refusals.length === nodes.length) throw new JobNotStarted('bad_job', refusals[0]!.message, nodes);
  const record: JobRecord = { id, name, createdAt: Date.now(), spec, nodes, errors };
  deps.records.save(record);
  return { id, name, createdAt: record.createdAt, spec, workers: nodes.map((node, i) => ({ node, status: started[i] ?? null, error: errors[node] ?? null })) };
}

/** What each worker of a job reports now (asked in parallel); `stop` stops it first. */
export async function jobView(deps: JobsDeps, r: JobRecord, op: 'status' | 'stop' = 'status'): Promise<CaptureJob> {
  const workers = await Promise.all(
    r.nodes.map(async (node): Promise<CaptureJobWorker> => {
      if (r.errors[node]) return { node, status: null, error: r.errors[node]! };
      try {
        return { node, status: await deps.client.ask<CaptureJobStatus>(node, op, { id: r.id }, STATUS_TIMEOUT_MS), error: null };
      } catch (e) {
        return { node, status: null, error: e instanceof JobRequestFailed && e.code === 'not_found' ? JOB_GONE : (e as Error).message };
      }
    }),
  );
  return { id: r.id, name: r.name, createdAt: r.createdAt, spec: r.spec, workers };
}
