/**
 * Worker presence: `trawl.workers.<node>.hello` (core NATS, every few seconds) keeps a table of
 * workers (in memory and in the store, so a restarted hub still knows who was there). A worker
 * silent for longer than `goneAfterMs` (15 s) is "gone"; joining and leaving are logged once.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { SUBJECTS, decodeJson, type WorkerHello } from '@trawl/bus';
import type { Logger } from '../log.js';
import type { WorkerStatus } from '../status.js';
import type { EntryStore } from '../store/store.js';

export const WORKER_GONE_MS = 15_000;

export class Presence {
  private readonly workers = new Map<string, WorkerStatus>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: EntryStore,
    private readonly log: Logger,
    private readonly goneAfterMs = WORKER_GONE_MS,
  ) {
    for (const r of store.db.prepare('SELECT node, last_seen, hello FROM workers').all() as Array<{ node: string; last_seen: number; hello: string }>) {
      try {
        this.workers.set(r.node, toStatus(JSON.parse(r.hello) as WorkerHello, r.last_seen, 'gone'));
      } catch {
        // A row we cannot read is forgotten; the next hello writes it again.
      }
    }
  }

  start(): void {
    this.timer = setInterval(() => this.sweep(), Math.min(1_000, this.goneAfterMs / 3));
    this.timer.unref();
  }

  subscribe(nc: NatsConnection): void {
    nc.subscribe(SUBJECTS.allHellos, {
      callback: (err, msg) => {
        if (err) return;
        let hello: WorkerHello;
        try {
          hello = decodeJson<WorkerHello>(msg.data);
        } catch {
          return;
        }
        if (!hello || typeof hello.node !== 'string' || hello.node.length === 0 || hello.node.length > 256) return;
        this.seen(hello);
      },
    });
  }

  seen(hello: WorkerHello, now = Date.now()): void {
    const before = this.workers.get(hello.node);
    if (!before || before.state === 'gone' || before.bootId !== (hello.bootId ?? null)) {
      this.log(`worker ${hello.node} ${before?.state === 'up' ? 'restarted' : 'joined'} (capturing: ${Boolean(hello.capturing)})`);
    }
    this.workers.set(hello.node, toStatus(hello, now, 'up'));
    // Kept in memory; the table only carries it across restarts: when the ingest's writer holds
    // the lock, the next heartbeat writes it.
    if (this.store.isOpen) {
      this.store.tryWrite(() =>
        this.store.db
          .prepare('INSERT INTO workers (node, last_seen, hello) VALUES (?, ?, ?) ON CONFLICT(node) DO UPDATE SET last_seen = excluded.last_seen, hello = excluded.hello')
          .run(hello.node, now, JSON.stringify(hello)),
      );
    }
  }

  sweep(now = Date.now()): void {
    for (const w of this.workers.values()) {
      if (w.state === 'up' && now - w.lastSeen > this.goneAfterMs) {
        w.state = 'gone';
        this.log(`worker ${w.node} gone (silent for ${Math.round((now - w.lastSeen) / 1000)} s)`);
      }
    }
  }

  list(): WorkerStatus[] {
    this.sweep();
    return [...this.workers.values()].sort((a, b) => a.node.localeCompare(b.node));
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

function toStatus(h: WorkerHello, lastSeen: number, state: WorkerStatus['state']): WorkerStatus {
  const stats: Record<string, number> = {};
  if (h.stats && typeof h.stats === 'object') for (const [k, v] of Object.entries(h.stats)) if (typeof v === 'number') stats[k] = v;
  return {
    node: h.node,
    bootId: typeof h.bootId === 'string' ? h.bootId : null,
    version: typeof h.version === 'string' ? h.version : null,
    lastSeen,
    state,
    capturing: h.capturing === true,
    interfaces: Array.isArray(h.interfaces) ? h.interfaces.filter((i): i is string => typeof i === 'string') : [],
    stats,
  };
}
