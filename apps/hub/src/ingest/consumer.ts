/**
 * The ingest loop: a durable JetStream pull consumer (`HUB_CONSUMER`, explicit ack) on
 * `TRAWL_ENTRIES`. What has arrived is stored in one transaction and acked only after the commit:
 *
 * - crash before the commit → nothing stored, nothing acked → redelivered → stored once;
 * - crash after the commit, before the acks → redelivered → `INSERT OR IGNORE` skips every id.
 *
 * So no entry is lost and none is counted twice. A message that is not an entry batch is counted,
 * terminated (never redelivered) and skipped. A failed store write naks the batch (redelivered
 * after a pause). NATS errors end the consumer; the loop waits for the link and starts again.
 * A watchdog (`ConsumerOptions.stallMs`) restarts a consume that has work but settles nothing.
 */
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type Consumer, type ConsumerInfo, type JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { ENTRIES_STREAM, HUB_CONSUMER, decodeBatchLines, ensureStreams, type RawEntryBatch, type StreamLimits } from '@trawl/bus';
import { throttled, type Logger } from '../log.js';
import type { IngestStatus } from '../status.js';
import type { StoredEntry } from '../store/entry-check.js';
import { BatchBuilder, insertedEntries, type EntryStore, type PreparedBatch } from '../store/store.js';
import { InlineWriter, ThreadWriter, type StoreWriter } from '../store/writer.js';
import type { NatsLink } from './connection.js';
import type { LiveFeed } from './live.js';
import { RateMeter } from './rate.js';

const NS = 1_000_000;
/**
 * Pulls handed to the thread writer beyond the one being acked: with two, the writer always has
 * the next transaction queued while the event loop acks, flushes and runs the observers.
 */
const WRITES_AHEAD = 2;
/** JetStream redelivers an unacked batch after this long (a hub that died holding it). */
export const ACK_WAIT_MS = 10_000;
/** The watchdog's default: no batch settled for this long while messages are pending is a stall. */
export const STALL_MS = 60_000;
/**
 * Batches per transaction with the thread writer. Under a backlog a transaction takes what is
 * queued, up to this many: the indexes of scattered values (IPs, latency) get one insert per row
 * on a page of their own, so every transaction rewrites most of their leaf pages once, and
 * larger transactions rewrite them less often. Hub bench, draining 200k entries into a store
 * already holding 1M: 16 batches (8k entries) 21-24k entries/s, writer 31-36 µs an entry;
 * 64 batches 32-36k entries/s, 22-26 µs; 128 no better (the queue holds 128: no overlap left).
 * Into an empty store the two are alike. Light traffic never waits for a transaction to fill.
 */
const WRITE_MESSAGES = 64;
/** Message bytes per transaction at most: what one transaction may hold in memory (×3 in flight). */
const WRITE_BYTES = 32 * 2 ** 20;
/** Bytes of entry batches the server may have in flight to the hub (see `consume`). */
export const PULL_BYTES = 16 * 2 ** 20;
/** How long an ending consume waits for its reader to stop after closing the messages. */
const READER_GRACE_MS = 5_000;
/**
 * Entries handled between two turns of the event loop while a pull is parsed and while its stored
 * entries are observed: a backlog comes in pulls of ~8k entries, ~100 ms of work on the loop
 * that the API would otherwise wait behind (hub bench, draining 200k entries: event-loop delay
 * p99 117-140 ms in one piece, 32-60 ms in turns; the main thread's CPU unchanged within noise).
 */
const ENTRIES_PER_TURN = 1_000;
const nextTurn = () => new Promise<void>((r) => setImmediate(r));

/** Where SQLite writes run: a worker thread (default) or the event loop's thread. */
export type StoreWriterKind = 'thread' | 'inline';

export interface ConsumerOptions {
  /**
   * Batches buffered at most (default 128), also the most per transaction with the inline writer:
   * each is a worker batch of at most NATS's max_payload (1 MiB by default), which bounds the
   * memory held.
   */
  maxMessages?: number;
  /** Bytes the pulls ask for at most (default `PULL_BYTES`; nats-server's limit per client is 64 MiB). */
  pullBytes?: number;
  /** Redelivery delay after a failed store write. */
  retryMs?: number;
  /** Limits of the entries stream when the hub creates it. */
  streamLimits?: StreamLimits;
  /** See `StoreWriterKind`. */
  writer?: StoreWriterKind;
  /**
   * Batches per transaction at most with the thread writer (default `WRITE_MESSAGES`, ~32k
   * entries of 500-entry worker batches), and `writeBytes` of them at most (default
   * `WRITE_BYTES`): see `WRITE_MESSAGES` for why this large.
   */
  writeMessages?: number;
  writeBytes?: number;
  /**
   * The watchdog (a safety net, checked with the lag): when no pull was settled (committed and
   * acked, or refused and nacked) for this long while the consumer has messages pending, the
   * consume is abandoned and started again, counted in `stallsRecovered` and logged with the
   * state seen. Default `STALL_MS`.
   */
  stallMs?: number;
}

export class Ingest {
  readonly status: IngestStatus = {
    entries: 0,
    duplicates: 0,
    malformedMessages: 0,
    invalidEntries: 0,
    batches: 0,
    storeErrors: 0,
    ratePerSec: 0,
    lastBatchAt: null,
    pending: null,
    consuming: false,
    stallsRecovered: 0,
  };
  private readonly rate = new RateMeter();
  private stopping = false;
  private wakeStop: () => void = () => {};
  private readonly stopSignal = new Promise<undefined>((r) => (this.wakeStop = () => r(undefined)));
  private running: Promise<void> | undefined;
  private consumer: Consumer | undefined;
  /** Pulls settled so far (the watchdog's measure of progress). */
  private settled = 0;
  /** Since when the watchdog has seen messages pending with `settled` unchanged. */
  private watch: { since: number; settled: number } | undefined;
  /** Ends the running consume with an error (the watchdog), and what it is doing (for the log). */
  private abortConsume: ((e: Error) => void) | undefined;
  private consumeState: (() => { busy: boolean; text: string }) | undefined;
  private readonly observers: Array<{ name: string; observe: (entries: readonly StoredEntry[]) => void }> = [];
  private readonly logObserverError: (m: string) => void;
  private readonly logMalformed: (m: string) => void;
  private readonly logStoreError: (m: string) => void;
  /** Where the inserts run (`ConsumerOptions.writer`). */
  readonly writer: StoreWriter;

  constructor(
    private readonly link: NatsLink,
    private readonly store: EntryStore,
    private readonly live: LiveFeed,
    private readonly log: Logger,
    private readonly options: ConsumerOptions = {},
  ) {
    this.logMalformed = throttled(log);
    this.logObserverError = throttled(log);
    this.logStoreError = throttled(log);
    this.writer = options.writer === 'inline' ? new InlineWriter(store) : new ThreadWriter(store);
  }

  start(): void {
    this.writer.start();
    this.running = this.loop();
  }

  /**
   * Every committed batch is also handed to `observe` (metrics, endpoint inventory, webhooks),
   * synchronously, after the live feed. An observer that throws is logged and the others go on.
   */
  onStored(name: string, observe: (entries: readonly StoredEntry[]) => void): void {
    this.observers.push({ name, observe });
  }

  snapshot(): IngestStatus {
    this.status.ratePerSec = this.rate.perSecond();
    return { ...this.status };
  }

  /** Consumer lag, refreshed by the hub's status timer; also runs the stall watchdog. */
  async refreshPending(): Promise<void> {
    let info;
    try {
      if (!this.consumer || !this.link.connection) throw new Error('not connected');
      info = await this.consumer.info();
    } catch {
      // Lag is informative only; the watchdog starts over from the next answer (an outage is
      // not a stall).
      this.watch = undefined;
      return;
    }
    this.status.pending = info.num_pending;
    this.checkStall(info, Date.now());
  }

  /**
   * The safety net: work to do — pulls received and not settled, or messages in the stream not
   * delivered — and no pull settled for `stallMs` means the consume is stuck (a lost wake-up, a
   * pull or a reply that never comes): it is abandoned and started again. What it held unacked
   * comes again (nak, or after `ACK_WAIT_MS`). Unacked messages alone are not work of this
   * consume: an abandoned one's wait for their ack wait to pass.
   */
  private checkStall(info: ConsumerInfo, now: number): void {
    const state = this.consumeState?.();
    const waiting = state !== undefined && (state.busy || info.num_pending > 0);
    if (!waiting || !this.status.consuming || !this.abortConsume || this.watch?.settled !== this.settled) {
      this.watch = waiting ? { since: now, settled: this.settled } : undefined;
      return;
    }
    const idleMs = now - this.watch.since;
    if (idleMs < (this.options.stallMs ?? STALL_MS)) return;
    this.watch = undefined;
    this.status.stallsRecovered++;
    // A write unanswered this long will not be: the thread is replaced (its writes fail, and
    // their batches come again), or every later write would queue behind it.
    const writerStuck = this.writer.outstanding > 0;
    this.log(
      `ingest stalled: nothing settled for ${Math.round(idleMs / 1000)} s with ${info.num_pending} messages pending and ${info.num_ack_pending} unacked ` +
        `(waiting pulls ${info.num_waiting}; ${state?.text}): restarting the consumer${writerStuck ? ' and the store writer' : ''}`,
    );
    this.abortConsume(new Error('the consume stalled (restarted by the watchdog)'));
    if (writerStuck) void this.writer.abandon();
  }

  /**
   * Stops consuming; the batch in flight is stored and acked first. A pull stuck on a dead
   * connection is abandoned after `graceMs` (its messages were not acked: they come again).
   */
  async stop(graceMs = 5_000): Promise<void> {
    this.stopping = true;
    this.wakeStop();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.running, new Promise((r) => (timer = setTimeout(r, graceMs)))]);
    clearTimeout(timer);
    await this.writer.close();
  }

  private pause(ms: number): Promise<unknown> {
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([this.stopSignal, new Promise((r) => (timer = setTimeout(r, ms)))]).finally(() => clearTimeout(timer));
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      const nc = await Promise.race([this.link.ready(), this.stopSignal]);
      if (!nc || this.stopping) break;
      try {
        const consumer = await this.prepare(nc);
        this.consumer = consumer;
        this.status.consuming = true;
        await this.consume(nc, consumer, () => {
          if (failures > 0) this.log('ingest resumed');
          failures = 0;
        });
      } catch (e) {
        this.status.consuming = false;
        if (failures++ === 0) this.log(`ingest paused: ${(e as Error).message}`);
        await this.pause(500);
      }
    }
    this.status.consuming = false;
  }

  private async prepare(nc: NatsConnection): Promise<Consumer> {
    const jsm = await jetstreamManager(nc);
    await ensureStreams(jsm, this.options.streamLimits);
    try {
      await jsm.consumers.info(ENTRIES_STREAM, HUB_CONSUMER);
    } catch (e) {
      if (!/not found/i.test((e as Error).message)) throw e;
      await jsm.consumers.add(ENTRIES_STREAM, {
        durable_name: HUB_CONSUMER,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        // What a hub killed mid-batch leaves unacked comes again after this long.
        ack_wait: ACK_WAIT_MS * NS,
        max_ack_pending: 20_000,
        max_deliver: -1,
      });
    }
    return jetstream(nc).consumers.get(ENTRIES_STREAM, HUB_CONSUMER);
  }

  /**
   * Pulls continuously (nats.js keeps pulls outstanding) and stores whatever has arrived as one
   * transaction (group commit): one batch when traffic is light (low latency), up to
   * `maxMessages` under load (few, large transactions). The receiving side waits while that many
   * are queued, so memory stays bounded.
   *
   * With the thread writer, transactions are at most `writeMessages` batches and pipelined: the
   * next ones are decoded, parsed and handed to the writer (up to `WRITES_AHEAD`) while one is
   * being inserted; each is acked and observed in order, and only after its commit.
   */
  private async consume(nc: NatsConnection, consumer: Consumer, onProgress: () => void): Promise<void> {
    const max = this.options.maxMessages ?? 128;
    // Pulls are sized in bytes: nats-server disconnects a client with more than 64 MiB waiting to
    // be written to it ("Slow Consumer Detected: MaxPending"). Pulls of 128 messages of ~350 KB
    // (500-entry worker batches) had ~45-56 MB in flight, and a hub whose event loop was busy
    // parsing while the other core was loaded was cut off: the batches it had not yet taken came
    // again only after the ack wait (10 s), and the drain stalled for ~5 s.
    const messages = await consumer.consume({ max_bytes: this.options.pullBytes ?? PULL_BYTES });
    // Rejected only by the watchdog; every wait of the loop below races it.
    let abort: (e: Error) => void = () => {};
    const aborted = new Promise<never>((_, reject) => (abort = reject));
    aborted.catch(() => {});
    let wasAborted = false;
    this.watch = undefined;
    this.abortConsume = (e) => {
      wasAborted = true;
      abort(e);
    };
    void this.stopSignal.then(() => messages.close());
    const queue: JsMsg[] = [];
    let received = false;
    let ended = false;
    // Set when the writer loop has ended (error or end of the messages): the reader stops taking more.
    let closing = false;
    let failure: unknown;
    let wakeWriter: (() => void) | undefined;
    let wakeReader: (() => void) | undefined;
    const reader = (async () => {
      try {
        // After stop, `close()` ends the pulls; what was already buffered is still stored.
        for await (const m of messages) {
          if (closing) {
            m.nak();
            break;
          }
          queue.push(m);
          received = true;
          wakeWriter?.();
          if (queue.length >= max) await new Promise<void>((r) => (wakeReader = r));
          if (closing) break;
        }
      } catch (e) {
        failure = e;
      } finally {
        ended = true;
        wakeWriter?.();
      }
    })();
    // Handed to the writer, not yet acked, oldest first.
    const inflight: Written[] = [];
    const depth = this.writer.concurrent ? WRITES_AHEAD : 0;
    let settling = 0;
    // Set while the consume ends (giving back what it holds): work too, for the watchdog.
    let ending = false;
    this.consumeState = () => ({
      busy: ending || queue.length + inflight.length + settling > 0,
      text:
        `queued ${queue.length}, in flight ${inflight.length + settling}, writes outstanding ${this.writer.outstanding}, ` +
        `reader ${ended ? 'ended' : wakeReader ? 'waiting for room' : 'receiving'}, loop ${ending ? 'ending' : wakeWriter ? 'waiting for messages' : 'settling'}`,
    });
    const settleOldest = async () => {
      settling++;
      try {
        await Promise.race([this.finish(nc, inflight.shift() as Written), aborted]);
      } finally {
        settling--;
      }
      onProgress();
    };
    try {
      while (!ended || queue.length > 0) {
        if (queue.length === 0) {
          if (inflight.length > 0) {
            await settleOldest();
            continue;
          }
          await Promise.race([new Promise<void>((r) => (wakeWriter = r)), aborted]);
          wakeWriter = undefined;
          continue;
        }
        const batch = queue.splice(0, this.writer.concurrent ? transactionMessages(queue, this.options.writeMessages ?? WRITE_MESSAGES, this.options.writeBytes ?? WRITE_BYTES) : max);
        wakeReader?.();
        wakeReader = undefined;
        inflight.push(await this.write(batch));
        // Older pulls are acked and observed while the writer works on the newer ones.
        while (inflight.length > depth) await settleOldest();
      }
      while (inflight.length > 0) await settleOldest();
    } finally {
      ending = true;
      // The reader may be parked waiting for room that only this loop makes: wake it, or
      // `await reader` never returns when this loop ends with an error under a backlog (a flush
      // failing on a disconnect), and the ingest stalls for good.
      closing = true;
      wakeReader?.();
      wakeReader = undefined;
      messages.close().catch(() => {});
      // `close()` ends the messages; should it not, the reader is left behind rather than
      // holding up the next consume (what it holds comes again after the ack wait).
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([reader, new Promise((r) => (timer = setTimeout(r, READER_GRACE_MS)))]);
      clearTimeout(timer);
      // Not stored, or stored but not acked: either way they come again. After a stall the
      // writer may never answer: what it holds is then left to come again after the ack wait.
      for (const w of inflight.splice(0)) {
        if (!wasAborted) await Promise.race([w.inserted, aborted]).catch(() => {});
        if (!wasAborted) for (const m of w.msgs) m.nak();
      }
      for (const m of queue.splice(0)) m.nak();
      this.abortConsume = undefined;
      this.consumeState = undefined;
    }
    if (failure) throw failure;
    if (!this.stopping) throw new Error(received ? 'the consumer stopped delivering' : 'the consumer ended before delivering');
  }

  /**
   * Decodes and parses a pull, builds its rows (the entries' JSONB included) and hands them to the
   * writer; malformed messages are terminated. Yields to the event loop every `ENTRIES_PER_TURN`
   * entries.
   */
  private async write(msgs: JsMsg[]): Promise<Written> {
    const good: JsMsg[] = [];
    const batches: RawEntryBatch[] = [];
    let total = 0;
    let decodedBeforeTurn = ENTRIES_PER_TURN;
    for (const m of msgs) {
      let batch;
      try {
        batch = decodeBatchLines(m.data);
      } catch (e) {
        this.status.malformedMessages++;
        this.logMalformed(`malformed message on ${m.subject} skipped: ${(e as Error).message}`);
        m.term('malformed entry batch');
        continue;
      }
      good.push(m);
      batches.push(batch);
      total += batch.v === 1 ? batch.entries.length : batch.lines.length;
      // A transaction holds up to 64 messages: decoding them all is tens of ms.
      if (total >= decodedBeforeTurn) {
        decodedBeforeTurn = total + ENTRIES_PER_TURN;
        await nextTurn();
      }
    }
    const builder = new BatchBuilder(total);
    let badLines = 0;
    let added = 0;
    const turnDue = () => ++added % ENTRIES_PER_TURN === 0;
    for (const batch of batches) {
      if (batch.v === 1) {
        // The previous wire format: entries already parsed (their JSON is made again).
        for (const e of batch.entries) {
          builder.add(e, undefined);
          if (turnDue()) await nextTurn();
        }
        continue;
      }
      for (const line of batch.lines) {
        let e: unknown;
        try {
          e = JSON.parse(line);
        } catch {
          // One bad line is one invalid entry: the rest of the batch is kept.
          badLines++;
          continue;
        }
        // The line itself becomes the stored JSONB: the entry is not serialised again.
        builder.add(e, line);
        if (turnDue()) await nextTurn();
      }
    }
    if (badLines > 0) this.logMalformed(`${badLines} entry lines that are not JSON skipped`);
    const prepared = builder.finish();
    const inserted = this.writer.write(prepared.rows);
    // Awaited in `finish` (or when the pull is given up); never an unhandled rejection meanwhile.
    inserted.catch(() => {});
    return { msgs: good, prepared, badLines, inserted };
  }

  /** Waits for the commit, then acks, counts, and hands the new entries on, in order. */
  private async finish(nc: NatsConnection, w: Written): Promise<void> {
    try {
      await this.settle(nc, w);
    } finally {
      this.settled++;
    }
  }

  private async settle(nc: NatsConnection, w: Written): Promise<void> {
    let flags;
    try {
      flags = await w.inserted;
    } catch (e) {
      this.status.storeErrors++;
      this.logStoreError(`store write failed, ${w.msgs.length} batches will be redelivered: ${(e as Error).message}`);
      for (const m of w.msgs) m.nak(this.options.retryMs ?? 2_000);
      await nc.flush();
      await this.pause(this.options.retryMs ?? 2_000);
      return;
    }
    try {
      // Committed: now (and only now) the batches may be forgotten by the stream.
      for (const m of w.msgs) m.ack();
      await nc.flush();
    } catch (e) {
      for (const m of w.msgs) m.nak();
      throw e;
    }
    const inserted = insertedEntries(w.prepared, flags);
    this.status.entries += inserted.length;
    this.status.duplicates += w.prepared.entries.length - inserted.length;
    this.status.invalidEntries += w.prepared.invalid + w.badLines;
    this.status.batches += w.msgs.length;
    this.status.lastBatchAt = Date.now();
    this.rate.add(inserted.length);
    for (let i = 0; i < inserted.length; i += ENTRIES_PER_TURN) {
      if (i > 0) await nextTurn();
      this.observe(inserted.length <= ENTRIES_PER_TURN ? inserted : inserted.slice(i, i + ENTRIES_PER_TURN));
    }
  }

  /** Hands stored entries to the live feed and the observers, in order. */
  private observe(entries: StoredEntry[]): void {
    // Like an observer, a live subscriber that throws must not end the consume after the ack.
    try {
      this.live.publish(entries);
    } catch (e) {
      this.logObserverError(`the live feed failed on a batch: ${(e as Error).message}`);
    }
    for (const o of this.observers) {
      try {
        o.observe(entries);
      } catch (e) {
        this.logObserverError(`${o.name} failed on a batch: ${(e as Error).message}`);
      }
    }
  }
}

/** How many of the queued messages (oldest first) one transaction takes: at least one. */
export function transactionMessages(queue: readonly { data: Uint8Array }[], maxMessages: number, maxBytes: number): number {
  let bytes = 0;
  let n = 0;
  while (n < queue.length && n < maxMessages) {
    bytes += (queue[n] as { data: Uint8Array }).data.byteLength;
    if (n > 0 && bytes > maxBytes) break;
    n++;
  }
  return Math.max(1, n);
}

/** A pull handed to the writer: its messages to ack, its entries, the write's outcome. */
interface Written {
  msgs: JsMsg[];
  prepared: PreparedBatch;
  badLines: number;
  inserted: Promise<Uint8Array>;
}
