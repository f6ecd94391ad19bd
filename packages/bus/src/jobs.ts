// Capture jobs over NATS (DESIGN.md §4, §5): the hub asks a worker, by request/reply on
// `trawl.jobs.<node>.<op>`, to capture packets into pcap files, reports on them, and reads the
// files back a chunk at a time (a NATS message holds at most 1 MiB).

export type { CaptureJobFile, CaptureJobSpec, CaptureJobState, CaptureJobStatus } from '@trawl/api';

/** The operations; each request and reply is JSON but `read`'s reply, which is the bytes. */
export const JOB_OPS = ['start', 'stop', 'status', 'list', 'read', 'delete'] as const;
export type JobOp = (typeof JOB_OPS)[number];

/** A reply that is not the answer: `{error}` with a message (and a 4xx-like `code`). */
export interface JobError {
  error: string;
  code: 'bad_request' | 'not_found' | 'failed';
}

/** `read`: up to `length` bytes of one file from `offset`; the reply is the bytes (empty: the end). */
export interface JobReadRequest {
  id: string;
  file: string;
  offset: number;
  length: number;
}

/** Set on a reply that is an error (`JobError` JSON), so a `read` reply is never taken for bytes. */
export const JOB_ERROR_HEADER = 'Trawl-Job-Error';

/** Largest `read` chunk: well under NATS's default 1 MiB max payload. */
export const JOB_READ_MAX = 512 * 1024;
