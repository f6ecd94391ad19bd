/**
 * The worker's side of capture jobs: requests on `trawl.jobs.<node>.<op>` (@trawl/bus jobs.ts)
 * start, stop, report, read and delete jobs, each in its own directory under the jobs directory.
 * A job's status is kept beside its files, so a worker started again lists its finished jobs (and
 * says a job it was running when it stopped ended with it).
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { headers, type Msg, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { JOB_ERROR_HEADER, JOB_READ_MAX, SUBJECTS, type CaptureJobSpec, type CaptureJobStatus, type JobError } from '@trawl/bus';
import { CaptureOpenError } from '../capture/live.js';
import type { CaptureProgram } from '../capture/program.js';
import { errorMessage, type Logger } from '../log.js';
import { jobsToPrune } from './disk-bound.js';
import { CaptureJob, saveStatus, STATUS_FILE } from './job.js';

const json = (v: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(v));
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const IFACE = /^(any|[A-Za-z0-9_.:@-]{1,32})$/;
/** Jobs at once on one worker: each is a capture program and its files. */
export const MAX_RUNNING_JOBS = 4;

class JobRequestError extends Error {
  constructor(
    readonly code: JobError['code'],
    message: string,
  ) {
    super(message);
  }
}

function int(v: unknown, name: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) throw new JobRequestError('bad_request', `${name} must be an integer ${min}..${max}`);
  return v;
}

/** A job request's spec, checked: what a hub sends is still input. */
export function checkSpec(v: unknown): CaptureJobSpec {
  const o = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
  if (typeof o.id !== 'string' || !ID.test(o.id)) throw new JobRequestError('bad_request', 'id must be 1-64 letters, digits, _ or -');
  if (typeof o.iface !== 'string' || !IFACE.test(o.iface)) throw new JobRequestError('bad_request', 'iface must be an interface name or any');
  if (typeof o.bpf !== 'string' || o.bpf.length > 4096 || /[\0\n]/.test(o.bpf)) throw new JobRequestError('bad_request', 'bpf must be a BPF filter of at most 4096 characters');
  return {
    id: o.id,
    iface: o.iface,
    bpf: o.bpf,
    durationMs: int(o.durationMs, 'durationMs', 1_000, 24 * 3_600_000),
    maxBytes: int(o.maxBytes, 'maxBytes', 64 * 1024, 64 * 1024 ** 3),
    rotateBytes: int(o.rotateBytes, 'rotateBytes', 64 * 1024, 64 * 1024 ** 3),
    snaplen: int(o.snaplen ?? 0, 'snaplen', 0, 262_144),
    maxPackets: int(o.maxPackets ?? 0, 'maxPackets', 0, 1_000_000_000),
  };
}

export class JobService {
  private readonly jobs = new Map<string, CaptureJob>();
  /** Finished jobs found on disk at start (their files are still there). */
  private readonly past = new Map<string, CaptureJobStatus>();
  private subscription: Subscription | null = null;
  /** Why no job can run here (its directory cannot be made), or null. */
  private unusable: string | null = null;

  constructor(
    private readonly node: string,
    readonly dir: string,
    private readonly program: () => CaptureProgram,
    private readonly log: Logger,
    /** The jobs' files together at most (disk-bound.ts); the oldest finished jobs' files go first. */
    private readonly maxBytes = 4 * 1024 ** 3,
  ) {
    // A directory that cannot be made or read must not keep the worker from capturing: the jobs
    // say why when one is asked for.
    try {
      mkdirSync(dir, { recursive: true });
    } catch (e) {
      this.unusable = `the jobs directory ${dir} cannot be used: ${errorMessage(e)}`;
      log.warn('jobs.dir_unusable', { dir, error: errorMessage(e) });
      return;
    }
    for (const id of readdirSync(dir)) {
      const file = join(dir, id, STATUS_FILE);
      if (!ID.test(id) || !existsSync(file)) continue;
      try {
        const s = JSON.parse(readFileSync(file, 'utf8')) as CaptureJobStatus;
        if (s.state === 'running') {
          Object.assign(s, { state: 'failed', reason: 'the worker stopped', endedAt: s.endedAt ?? Date.now() });
          saveStatus(join(dir, id), s);
        }
        this.past.set(id, s);
      } catch {
        // not a job's status: left alone
      }
    }
    this.keepWithinBound();
  }

  /** Removes the oldest finished jobs' files while all of them are over `maxBytes`. */
  private keepWithinBound(): void {
    const all = [...this.past.values(), ...[...this.jobs.values()].map((j) => j.status)];
    for (const id of jobsToPrune(all, this.maxBytes)) {
      const s = this.status(id)!;
      const freed = s.files.reduce((n, f) => n + f.bytes, 0);
      for (const f of s.files) rmSync(join(this.dir, id, f.name), { force: true });
      Object.assign(s, { files: [], filesRemoved: `the worker's jobs directory passed its limit of ${Math.round(this.maxBytes / 1024 ** 2)} MiB (--jobs-max-mb); the oldest jobs' files went first` });
      saveStatus(join(this.dir, id), s);
      this.log.warn('jobs.files_removed', { job: id, bytes: freed, limitBytes: this.maxBytes });
    }
  }

  get running(): number {
    let n = 0;
    for (const j of this.jobs.values()) if (j.status.state === 'running') n++;
    return n;
  }

  /** Answers on this connection (called again after each reconnect by a new connection). */
  listen(nc: NatsConnection): void {
    this.subscription?.unsubscribe();
    this.subscription = nc.subscribe(SUBJECTS.jobs(this.node), { callback: (err, msg) => void (err ? undefined : this.handle(msg)) });
    // Said once the server has the subscription (a request before that finds "no responders").
    nc.flush().then(
      () => this.log.info('jobs.listening', { subject: SUBJECTS.jobs(this.node), dir: this.dir }),
      () => {},
    );
  }

  async stopAll(): Promise<void> {
    this.subscription?.unsubscribe();
    await Promise.all([...this.jobs.values()].map((j) => j.stop('the worker stopped')));
  }

  private status(id: string): CaptureJobStatus | undefined {
    return this.jobs.get(id)?.status ?? this.past.get(id);
  }

  private async handle(msg: Msg): Promise<void> {
    const op = msg.subject.slice(msg.subject.lastIndexOf('.') + 1);
    try {
      const body = msg.data.length ? (JSON.parse(new TextDecoder().decode(msg.data)) as Record<string, unknown>) : {};
      if (op === 'read') return void msg.respond(this.read(body));
      msg.respond(json(await this.answer(op, body)));
    } catch (e) {
      const err: JobError = e instanceof JobRequestError ? { error: e.message, code: e.code } : { error: errorMessage(e), code: e instanceof SyntaxError ? 'bad_request' : 'failed' };
      // Every reply but a chunk's bytes is JSON; an error says so in a header too (a chunk could look like JSON).
      const h = headers();
      h.set(JOB_ERROR_HEADER, err.code);
      msg.respond(json(err), { headers: h });
    }
  }

  private async answer(op: string, body: Record<string, unknown>): Promise<unknown> {
    if (op === 'list') return { jobs: [...this.past.values(), ...[...this.jobs.values()].map((j) => j.status)] };
    if (op === 'start') return this.start(checkSpec(body));
    const id = String(body.id ?? '');
    const job = this.jobs.get(id);
    if (op === 'status') return this.found(id);
    if (op === 'stop') {
      if (!job) return this.found(id);
      await job.stop('stopped');
      return job.status;
    }
    if (op === 'delete') {
      this.found(id);
      await job?.stop('deleted');
      this.jobs.delete(id);
      this.past.delete(id);
      rmSync(join(this.dir, id), { recursive: true, force: true });
      return { deleted: true };
    }
    throw new JobRequestError('bad_request', `no operation "${op.slice(0, 32)}"`);
  }

  private found(id: string): CaptureJobStatus {
    const s = this.status(id);
    if (!s) throw new JobRequestError('not_found', `no job ${JSON.stringify(id.slice(0, 64))} on ${this.node}`);
    return s;
  }

  private async start(spec: CaptureJobSpec): Promise<CaptureJobStatus> {
    if (this.unusable) throw new JobRequestError('failed', this.unusable);
    if (this.status(spec.id)) throw new JobRequestError('bad_request', `job ${spec.id} exists on ${this.node}`);
    if (this.running >= MAX_RUNNING_JOBS) throw new JobRequestError('failed', `${MAX_RUNNING_JOBS} jobs are running on ${this.node}: stop one first`);
    const job = new CaptureJob(spec, join(this.dir, spec.id), this.node, this.program(), this.log);
    this.jobs.set(spec.id, job);
    void job.ended.then(() => this.keepWithinBound());
    try {
      await job.start();
    } catch (e) {
      // Its status says why (kept, like any ended job); a bad filter or interface is the asker's mistake.
      throw new JobRequestError(e instanceof CaptureOpenError && e.usage ? 'bad_request' : 'failed', errorMessage(e));
    }
    return job.status;
  }

  /** A chunk of one of a job's files (empty past its end). */
  private read(body: Record<string, unknown>): Uint8Array {
    const s = this.found(String(body.id ?? ''));
    const file = s.files.find((f) => f.name === body.file);
    if (!file) throw new JobRequestError('not_found', `no file ${JSON.stringify(String(body.file).slice(0, 64))} in job ${s.id}`);
    const offset = int(body.offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
    const length = int(body.length, 'length', 1, JOB_READ_MAX);
    const fd = openSync(join(this.dir, s.id, file.name), 'r');
    try {
      const buf = new Uint8Array(length);
      const n = readSync(fd, buf, 0, length, offset);
      return buf.subarray(0, n);
    } finally {
      closeSync(fd);
    }
  }
}
