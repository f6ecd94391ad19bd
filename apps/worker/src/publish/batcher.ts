import { entryBatchHeader } from '@trawl/bus';
import type { Body, Entry } from '@trawl/protocols';
import type { QueuedBatch } from './queue.js';

export interface BatcherOptions {
  node: string;
  bootId: string;
  maxEntries: number;
  /** Encoded batch size limit: under NATS's max_payload. */
  maxBytes: number;
  lingerMs: number;
  onBatch: (batch: QueuedBatch) => void;
}

const HEAD_ROOM = 256;

/**
 * Entries in, encoded `EntryBatch`es out: a batch is sealed at `maxEntries`, at `maxBytes`, or
 * `lingerMs` after its first entry. Each entry is serialised once, here; the batch is the v2 wire
 * format (the same bytes `encodeEntryBatch()` of @trawl/bus produces): the header line, then one
 * line per entry, which the hub stores as is.
 */
export class EntryBatcher {
  private parts: string[] = [];
  private bytes = 0;
  private firstAt = 0;
  private timer: NodeJS.Timeout | null = null;
  private seq = 0;
  /** Entries larger than a batch even without their bodies: dropped, counted. */
  oversizeDropped = 0;
  /** Entries whose bodies were removed to fit a batch. */
  bodiesStripped = 0;
  constructor(private readonly options: BatcherOptions) {}

  add(entry: Entry): void {
    let json = JSON.stringify(entry);
    let size = Buffer.byteLength(json);
    const limit = this.options.maxBytes - HEAD_ROOM;
    if (size > limit) {
      json = JSON.stringify(withoutBodies(entry));
      size = Buffer.byteLength(json);
      if (size > limit) {
        this.oversizeDropped++;
        return;
      }
      this.bodiesStripped++;
    }
    if (this.parts.length > 0 && this.bytes + size + 1 > limit) this.seal();
    if (this.parts.length === 0) {
      this.firstAt = performance.now();
      this.timer = setTimeout(() => this.seal(), this.options.lingerMs);
    }
    this.parts.push(json);
    this.bytes += size + 1;
    if (this.parts.length >= this.options.maxEntries) this.seal();
  }

  get pending(): number {
    return this.parts.length;
  }

  /** Seals the current batch now (shutdown, or the linger timer). */
  seal(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.parts.length === 0) return;
    const id = `${this.options.bootId}-${(this.seq++).toString(36)}`;
    const text = `${entryBatchHeader(this.options.node, id, this.parts.length)}\n${this.parts.join('\n')}\n`;
    const batch: QueuedBatch = { id, data: Buffer.from(text), entries: this.parts.length, firstAt: this.firstAt };
    this.parts = [];
    this.bytes = 0;
    this.options.onBatch(batch);
  }
}

function withoutBodies(entry: Entry): Entry {
  const strip = (m: Record<string, unknown> | null): Record<string, unknown> | null => {
    const body = m?.body as Body | null | undefined;
    if (!m || !body) return m;
    const { text: _text, base64: _base64, ...rest } = body;
    return { ...m, body: { ...rest, captured: 0, truncated: true } };
  };
  return { ...entry, request: strip(entry.request), response: strip(entry.response) };
}
