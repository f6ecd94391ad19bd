/** One sealed batch: the encoded `EntryBatch` and its JetStream message id. */
export interface QueuedBatch {
  id: string;
  data: Uint8Array;
  entries: number;
  /** When its first entry was added (performance.now()), for publish latency. */
  firstAt: number;
}

export interface QueueBounds {
  maxEntries: number;
  maxBytes: number;
}

/**
 * Batches waiting for JetStream's ack, oldest first. Bounded in entries and bytes: past a bound the
 * oldest batches are dropped (never the one being published) and their entries counted.
 */
export class BatchQueue {
  private items: QueuedBatch[] = [];
  private head = 0;
  entries = 0;
  bytes = 0;
  droppedEntries = 0;
  droppedBatches = 0;
  /** The head is being published: it stays until acked or given back. */
  headInFlight = false;

  constructor(readonly bounds: QueueBounds) {}

  get length(): number {
    return this.items.length - this.head;
  }

  peek(): QueuedBatch | undefined {
    return this.items[this.head];
  }

  push(b: QueuedBatch): QueuedBatch[] {
    this.items.push(b);
    this.entries += b.entries;
    this.bytes += b.data.length;
    const dropped: QueuedBatch[] = [];
    while ((this.entries > this.bounds.maxEntries || this.bytes > this.bounds.maxBytes) && this.length > (this.headInFlight ? 1 : 0)) {
      const at = this.headInFlight ? this.head + 1 : this.head;
      const [old] = this.items.splice(at, 1);
      this.entries -= old.entries;
      this.bytes -= old.data.length;
      this.droppedEntries += old.entries;
      this.droppedBatches++;
      dropped.push(old);
    }
    return dropped;
  }

  /** The head was acked. */
  shift(): QueuedBatch | undefined {
    const b = this.items[this.head];
    if (b === undefined) return undefined;
    this.items[this.head++] = undefined as unknown as QueuedBatch;
    this.headInFlight = false;
    this.entries -= b.entries;
    this.bytes -= b.data.length;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return b;
  }
}
