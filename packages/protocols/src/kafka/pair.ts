// Pairing by correlation id (CONVENTIONS §6): a bounded, insertion-ordered map of the requests
// waiting for their response. A broker answers the requests of one connection in order, so a
// response also settles every request sent before the one it answers: those lost their response
// (a capture gap) and are emitted unpaired.
import type { Message } from './message.js';

export type EmitPair = (req: Message | null, resp: Message | null, unpaired: boolean) => void;

export class Pending {
  private readonly map = new Map<number, Message>();

  constructor(
    private readonly maxPending: number,
    private readonly emit: EmitPair,
    private readonly count: (event: string) => void,
  ) {}

  get size(): number {
    return this.map.size;
  }

  has(correlationId: number): boolean {
    return this.map.has(correlationId);
  }

  get(correlationId: number): Message | undefined {
    return this.map.get(correlationId);
  }

  add(req: Message): void {
    const id = req.correlationId;
    const old = this.map.get(id);
    if (old) {
      // The same id twice without a response between: the first one's answer was lost.
      this.count('kafka.duplicate_correlation_id');
      this.map.delete(id);
      this.emit(old, null, true);
    }
    this.map.set(id, req);
    if (this.map.size > this.maxPending) {
      this.count('kafka.limit.pending');
      const [oldestId, oldest] = this.map.entries().next().value!;
      this.map.delete(oldestId);
      this.emit(oldest, null, true);
    }
  }

  /** The request `correlationId` answers, after flushing the older ones as unpaired. */
  take(correlationId: number): Message | undefined {
    const req = this.map.get(correlationId);
    if (!req) return undefined;
    for (const [id, older] of this.map) {
      if (id === correlationId) break;
      this.map.delete(id);
      this.emit(older, null, true);
    }
    this.map.delete(correlationId);
    return req;
  }

  flushAll(): void {
    const rest = [...this.map.values()];
    this.map.clear();
    for (const req of rest) this.emit(req, null, true);
  }
}
