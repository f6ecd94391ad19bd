/** A real nats-server on a free port with a temp data dir, and a worker-like publisher. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { SUBJECTS, encode, encodeEntryBatch, encodeEntryBatchV1, ensureStreams, freePort, startNatsServer, type EntryBatch, type FlowReport, type NatsServer, type WorkerHello } from '@trawl/bus';

export { freePort };

export interface TestNats {
  url: string;
  port: number;
  dataDir: string;
  server: NatsServer;
  /** Restart on the same port and data dir (JetStream state survives). */
  restart(): Promise<void>;
  stop(): Promise<void>;
  cleanup(): Promise<void>;
}

export async function startTestNats(): Promise<TestNats> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-nats-'));
  const port = await freePort();
  const t: TestNats = {
    url: `nats://127.0.0.1:${port}`,
    port,
    dataDir,
    server: await startNatsServer({ port, dataDir }),
    async restart() {
      t.server = await startNatsServer({ port, dataDir });
    },
    async stop() {
      await t.server.stop();
    },
    async cleanup() {
      await t.server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return t;
}

/** Publishes like a worker: JetStream, msgID = batchId (the stream dedupes a re-sent batch). */
export class Publisher {
  private constructor(readonly nc: NatsConnection) {}

  static async connect(url: string): Promise<Publisher> {
    const nc = await connect({ servers: url, maxReconnectAttempts: -1, reconnectTimeWait: 200 });
    await ensureStreams(await jetstreamManager(nc));
    return new Publisher(nc);
  }

  /** Publishes the batch in the current wire format (v2 NDJSON), or v1 when `batch.v` is 1. */
  async publish(batch: EntryBatch, msgID = batch.batchId): Promise<void> {
    const data = batch.v === 1 ? encodeEntryBatchV1(batch) : encodeEntryBatch(batch);
    await jetstream(this.nc).publish(SUBJECTS.entries(batch.node), data, { msgID });
  }

  async publishRaw(node: string, data: Uint8Array | string, msgID: string): Promise<void> {
    await jetstream(this.nc).publish(SUBJECTS.entries(node), data, { msgID });
  }

  /** A worker's L4 counters (`trawl.flows.<node>`), or any bytes on that subject. */
  async flows(report: FlowReport | { node: string; raw: string }): Promise<void> {
    const data = 'raw' in report ? report.raw : encode(report);
    await jetstream(this.nc).publish(SUBJECTS.flows(report.node), data);
  }

  hello(h: Partial<WorkerHello> & { node: string }): void {
    const full: WorkerHello = { v: 1, bootId: 'boot-1', version: '0.1.0', startedAt: Date.now(), ts: Date.now(), interfaces: ['lo'], capturing: true, stats: { packets: 1 }, ...h };
    this.nc.publish(SUBJECTS.hello(h.node), encode(full));
  }

  async close(): Promise<void> {
    await this.nc.close();
  }
}

/** Polls `check` until it returns a truthy value (or throws after `ms`). */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, ms = 20_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v;
      last = v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
