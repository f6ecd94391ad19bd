/**
 * Reads the workers' flow reports from `TRAWL_FLOWS` (durable consumer `trawl-hub-traffic`,
 * explicit ack) into the traffic store: each acked after it is stored, so a hub restart loses
 * none (the store skips a sequence applied twice). A message that is not a flow report is counted,
 * terminated and skipped. NATS away: it waits for the link and goes on where it was.
 */
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type ConsumerMessages } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { decodeJson, ensureStreams, FLOWS_STREAM, type FlowEnd, type FlowReport } from '@trawl/bus';
import type { NatsLink } from '../ingest/connection.js';
import { throttled, type Logger } from '../log.js';
import type { TrafficStore } from './store.js';

export const TRAFFIC_CONSUMER = 'trawl-hub-traffic';
const NS = 1_000_000;
const MAX_FLOWS = 100_000;

const isEnd = (e: unknown): e is FlowEnd => {
  const x = e as FlowEnd;
  return typeof x === 'object' && x !== null && typeof x.ip === 'string' && x.ip.length <= 64 && Number.isInteger(x.port) && (x.name === undefined || (typeof x.name === 'string' && x.name.length <= 512)) && (x.kind === undefined || typeof x.kind === 'string') && (x.namespace === undefined || typeof x.namespace === 'string');
};
const isCount = (n: unknown) => Number.isSafeInteger(n) && (n as number) >= 0;

/** The report, or why it is not one. */
export function checkFlowReport(value: unknown): FlowReport | string {
  const r = value as FlowReport;
  if (typeof r !== 'object' || r === null) return 'not an object';
  if (typeof r.node !== 'string' || r.node.length === 0 || r.node.length > 200) return 'no node';
  if (!Number.isFinite(r.from) || !Number.isFinite(r.to) || r.to < r.from) return 'bad interval';
  if (!Array.isArray(r.flows) || r.flows.length > MAX_FLOWS) return 'no flows';
  for (const f of r.flows) {
    if (typeof f !== 'object' || f === null) return 'a flow is not an object';
    if (f.transport !== 'tcp' && f.transport !== 'udp') return 'a flow has no transport';
    if (!isEnd(f.src) || !isEnd(f.dst)) return 'a flow has a bad end';
    if (!isCount(f.packets) || !isCount(f.bytes)) return 'a flow has bad counts';
  }
  return r;
}

export interface TrafficConsumerStatus {
  consuming: boolean;
  reports: number;
  duplicates: number;
  rejected: number;
}

export class TrafficConsumer {
  readonly status: TrafficConsumerStatus = { consuming: false, reports: 0, duplicates: 0, rejected: 0 };
  private stopping = false;
  private messages: ConsumerMessages | undefined;
  private running: Promise<void> = Promise.resolve();
  private readonly warn: (m: string) => void;

  constructor(
    private readonly link: NatsLink,
    private readonly store: TrafficStore,
    private readonly log: Logger,
  ) {
    this.warn = throttled(log);
  }

  start(): void {
    this.running = this.loop();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.messages?.close();
    // The loop may wait for a link that is closing: the link's close wakes it.
    await Promise.race([this.running, new Promise((r) => setTimeout(r, 2_000).unref())]);
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      const nc = await this.link.ready();
      if (!nc || this.stopping) break;
      try {
        await this.consume(nc, () => {
          if (failures > 0) this.log('traffic overview resumed');
          failures = 0;
        });
      } catch (e) {
        if (failures++ === 0 && !this.stopping) this.log(`traffic overview paused: ${(e as Error).message}`);
      }
      this.status.consuming = false;
      if (!this.stopping) await new Promise((r) => setTimeout(r, 500));
    }
  }

  private async consume(nc: NatsConnection, onProgress: () => void): Promise<void> {
    const jsm = await jetstreamManager(nc);
    await ensureStreams(jsm);
    try {
      await jsm.consumers.info(FLOWS_STREAM, TRAFFIC_CONSUMER);
    } catch (e) {
      if (!/not found/i.test((e as Error).message)) throw e;
      await jsm.consumers.add(FLOWS_STREAM, { durable_name: TRAFFIC_CONSUMER, ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All, ack_wait: 10_000 * NS, max_deliver: -1 });
    }
    const consumer = await jetstream(nc).consumers.get(FLOWS_STREAM, TRAFFIC_CONSUMER);
    // Sized in bytes like the ingest's pulls (consumer.ts: nats-server cuts off a client with too much waiting for it).
    const messages = await consumer.consume({ max_bytes: 1 << 20 });
    this.messages = messages;
    this.status.consuming = true;
    for await (const m of messages) {
      let report: FlowReport | string;
      try {
        report = checkFlowReport(decodeJson(m.data));
      } catch {
        report = 'not JSON';
      }
      if (typeof report === 'string') {
        this.status.rejected++;
        this.warn(`traffic overview: skipped a message on ${m.subject} that is not a flow report (${report})`);
        m.term();
        continue;
      }
      try {
        if (this.store.apply(m.seq, report)) this.status.reports++;
        else this.status.duplicates++;
      } catch (e) {
        // Not acked: it comes again after the ack wait.
        this.warn(`traffic overview: storing a flow report failed: ${(e as Error).message}`);
        m.nak(1_000);
        continue;
      }
      m.ack();
      onProgress();
    }
  }
}
