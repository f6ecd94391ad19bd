// Capture jobs (apps/hub/README.md, /api/jobs): what a worker is asked to capture and what it
// reports. The same shapes travel between hub and worker over NATS (@trawl/bus jobs.ts).

/** What to capture, and when to stop. */
export interface CaptureJobSpec {
  id: string;
  /** One interface, or `any`. */
  iface: string;
  /** A BPF filter ('' = every packet). */
  bpf: string;
  /** Stop after this long. */
  durationMs: number;
  /** Stop before the files of this job pass this many bytes (on this worker). */
  maxBytes: number;
  /** Start a new file when the current one would pass this many bytes. */
  rotateBytes: number;
  /** Bytes kept per packet (0: whole packets). */
  snaplen: number;
  /** Stop after this many packets (0: no limit). */
  maxPackets: number;
}

export type CaptureJobState = 'running' | 'done' | 'failed';

export interface CaptureJobFile {
  name: string;
  bytes: number;
  packets: number;
}

export interface CaptureJobStatus {
  id: string;
  node: string;
  state: CaptureJobState;
  startedAt: number;
  endedAt: number | null;
  packets: number;
  /** Bytes written to its files. */
  bytes: number;
  files: CaptureJobFile[];
  /** Why it ended: `duration`, `maxBytes`, `maxPackets`, `stopped`, or what went wrong. */
  reason: string | null;
  /** The capture program's complaint, when it failed. */
  error: string | null;
  /** Set when the worker removed its files to stay within its jobs directory's limit: why. */
  filesRemoved?: string;
}

/** A job as the hub keeps it: what was asked, of which workers, and what each reports now. */
export interface CaptureJob {
  id: string;
  name: string;
  createdAt: number;
  spec: Omit<CaptureJobSpec, 'id'>;
  workers: CaptureJobWorker[];
}

/** One worker's part of a job: its status, or why the hub has none. */
export interface CaptureJobWorker {
  node: string;
  status: CaptureJobStatus | null;
  /** The worker refused the job, or did not answer (`unreachable`). */
  error: string | null;
}

export interface CaptureJobListResponse {
  jobs: CaptureJob[];
}

export interface CaptureJobResponse {
  job: CaptureJob;
}
