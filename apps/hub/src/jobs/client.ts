/**
 * The hub's side of capture jobs' NATS requests (`trawl.jobs.<node>.<op>`, @trawl/bus jobs.ts):
 * one request per worker, with a deadline; a worker that does not answer is `unreachable`, never
 * a hang.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { JOB_ERROR_HEADER, SUBJECTS, type JobError } from '@trawl/bus';

export class JobRequestFailed extends Error {
  override name = 'JobRequestFailed';
  constructor(
    readonly code: JobError['code'] | 'unreachable',
    message: string,
  ) {
    super(message);
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class JobsClient {
  constructor(
    private readonly connection: () => NatsConnection | undefined,
    private readonly timeoutMs = 5_000,
  ) {}

  get connected(): boolean {
    return this.connection() !== undefined;
  }

  /** A JSON request; throws JobRequestFailed with the worker's error or `unreachable`. */
  async ask<T>(node: string, op: string, body: unknown, timeoutMs = this.timeoutMs): Promise<T> {
    const data = await this.request(node, op, body, timeoutMs);
    return JSON.parse(decoder.decode(data)) as T;
  }

  /** Bytes of a job's file from `offset` (empty past its end). */
  read(node: string, id: string, file: string, offset: number, length: number): Promise<Uint8Array> {
    return this.request(node, 'read', { id, file, offset, length }, this.timeoutMs);
  }

  private async request(node: string, op: string, body: unknown, timeoutMs: number): Promise<Uint8Array> {
    const nc = this.connection();
    if (!nc) throw new JobRequestFailed('unreachable', 'the hub is not connected to NATS');
    let m;
    try {
      m = await nc.request(SUBJECTS.job(node, op), encoder.encode(JSON.stringify(body)), { timeout: timeoutMs });
    } catch (e) {
      throw new JobRequestFailed('unreachable', `worker ${node} did not answer (${(e as Error).message})`);
    }
    const code = m.headers?.get(JOB_ERROR_HEADER);
    if (code) {
      const err = JSON.parse(decoder.decode(m.data)) as JobError;
      throw new JobRequestFailed(err.code, err.error);
    }
    return m.data;
  }
}
