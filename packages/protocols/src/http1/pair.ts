// Request/response pairing for HTTP/1: strictly in order (pipelining included), except right
// after a gap, where the server's acknowledgement number tells which request a response answers.
import type { Message } from './stream.js';

export interface Exchange {
  req: Message | null;
  reqDone: boolean;
  resp: Message | null;
  respDone: boolean;
  /** 1xx statuses seen before the final response. */
  interim: number[];
  /** Wire bytes of those interim responses: they count in the entry's responseSize. */
  interimSize: number;
  /**
   * Stream offset just past the request (a lower bound while its body is still arriving):
   * a response whose sender had acknowledged less cannot answer it.
   */
  endOffset: number;
}

export type EmitExchange = (ex: Exchange, unpaired: boolean) => void;

export class Pairer {
  private readonly queue: Exchange[] = [];
  /** Responses were lost in a gap: re-pair the next one by its peerAck. */
  responsesLost = false;
  /** Requests were lost in a gap: a response the server sent before our oldest request was whole answers a lost one. */
  requestsLost = false;

  constructor(
    private readonly maxPending: number,
    private readonly emit: EmitExchange,
    private readonly count: (event: string) => void,
  ) {}

  get pending(): number {
    return this.queue.length;
  }

  /** The next response is an HTTP/0.9 reply (no status line) when it answers a 0.9 request. */
  nextIsHeadless(): boolean {
    const ex = this.queue.find((e) => e.resp === null);
    return ex !== undefined && ex.req !== null && ex.req.head.version === '0.9';
  }

  requestHead(msg: Message): Exchange {
    const ex: Exchange = { req: msg, reqDone: false, resp: null, respDone: false, interim: [], interimSize: 0, endOffset: msg.endOffset };
    msg.exchange = ex;
    this.queue.push(ex);
    if (this.queue.length > this.maxPending) {
      const i = this.queue.findIndex((e) => e.resp === null);
      if (i >= 0 && this.queue[i] !== ex) {
        this.count('http1.pending_overflow');
        const [old] = this.queue.splice(i, 1);
        this.emit(old, true);
      }
    }
    return ex;
  }

  requestDone(msg: Message): void {
    const ex = msg.exchange;
    if (!ex) return;
    ex.reqDone = true;
    ex.endOffset = msg.endOffset;
    this.flush();
  }

  /** The exchange a response answers, or null when its request is unknown. */
  responseTarget(msg: Message): Exchange | null {
    const first = this.queue.findIndex((e) => e.resp === null);
    if (first < 0) return null;
    const ack = msg.peerAck;
    if (this.responsesLost) {
      this.responsesLost = false;
      if (ack >= 0) {
        // The newest request the server had whole when it answered; older ones lost their response.
        let best = -1;
        for (let j = first; j < this.queue.length; j++) if (this.queue[j].endOffset <= ack) best = j;
        if (best < 0) return null;
        const lost = this.queue.splice(first, best - first);
        for (const ex of lost) this.emit(ex, true);
        return this.queue[first];
      }
    }
    if (this.requestsLost && ack >= 0) {
      if (this.queue[first].endOffset > ack) return null;
      this.requestsLost = false;
    }
    return this.queue[first];
  }

  responseHead(ex: Exchange, msg: Message): void {
    ex.resp = msg;
    msg.exchange = ex;
  }

  responseDone(msg: Message): void {
    const ex = msg.exchange;
    if (!ex) {
      this.emit({ req: null, reqDone: false, resp: msg, respDone: true, interim: [], interimSize: 0, endOffset: -1 }, true);
      return;
    }
    ex.respDone = true;
    this.flush();
  }

  /** Emits every exchange still held (end of connection), complete or not. */
  flushAll(): void {
    // Emptied in place: a new array in the field would deoptimise the code that reads it.
    const rest = this.queue.splice(0, this.queue.length);
    for (const ex of rest) this.emit(ex, ex.resp === null);
  }

  private flush(): void {
    while (this.queue.length > 0 && this.queue[0].reqDone && this.queue[0].respDone) {
      this.emit(this.queue.shift()!, false);
    }
  }
}
