// Pairing, per channel (CONVENTIONS §6): a synchronous method waits for its reply from the other
// side on the same channel (queue.declare → queue.declare-ok, basic.get → get-ok | get-empty,
// channel.close → close-ok); asynchronous methods (basic.publish, deliver, ack, return, …) and
// no-wait requests are one-way operations. A close answers every request still waiting on its
// channel (every channel for connection.close) with its reply code. Methods that carry a message
// complete when the last body byte arrives.
import type { Direction } from '../engine/types.js';
import { showArgs } from './args.js';
import { AMQP_LIMITS } from './limits.js';
import type { Content, Op } from './op.js';
import type { Frame } from './parse.js';
import type { ContentHeader } from './properties.js';

type MethodFrame = Extract<Frame, { kind: 'method' }>;

class Channel {
  /** Requests sent by each direction, waiting for the other side's reply, oldest first. */
  readonly pending: [Op[], Op[]] = [[], []];
  /** The message each direction is sending on this channel. */
  readonly content: [Content | null, Content | null] = [null, null];

  idle(): boolean {
    return this.pending[0].length === 0 && this.pending[1].length === 0 && !this.content[0] && !this.content[1];
  }
}

export interface PairHooks {
  /** A finished operation (response null when one-way or never answered). */
  done(op: Op): void;
  /** A body is complete: the hooks turn its kept bytes into the Entry's body. */
  body(content: Content): void;
  count(event: string, n?: number): void;
}

/** AMQP's REPLY_SUCCESS: a normal close is status 0 like every success. */
const REPLY_SUCCESS = 200;
export const statusOf = (replyCode: unknown): number => (typeof replyCode === 'number' && replyCode !== REPLY_SUCCESS ? replyCode : 0);

export class Pairer {
  private readonly channels = new Map<number, Channel>();
  private seq = 0;
  /** connection.close was sent: the connection is going away. */
  private closing = false;
  /** Body bytes held by messages in progress on every channel. */
  private keptTotal = 0;

  constructor(
    private readonly hooks: PairHooks,
    /** Body bytes kept per message (the engine's maxBodyBytes). */
    private readonly bodyLimit: number,
  ) {}

  private channel(n: number): Channel {
    let c = this.channels.get(n);
    if (!c) {
      if (this.channels.size >= AMQP_LIMITS.maxChannels) {
        // Forget the oldest channel's state: its operations end now, unanswered.
        this.hooks.count('limit.amqp.maxChannels');
        const [oldest, state] = this.channels.entries().next().value as [number, Channel];
        this.flushChannel(state, 'unpaired');
        this.channels.delete(oldest);
      }
      c = new Channel();
      this.channels.set(n, c);
    }
    return c;
  }

  private tidy(n: number): void {
    const c = this.channels.get(n);
    if (c && c.idle()) this.channels.delete(n);
  }

  method(dir: Direction, f: MethodFrame, ts: number): void {
    const ch = this.channel(f.channel);
    const other = (dir ^ 1) as Direction;
    this.cutContent(ch, dir, 'truncated');
    const spec = f.spec;
    const name = spec?.name ?? `${f.classId}.${f.methodId}`;
    const args = showArgs(name, f.args);
    if (f.error) {
      this.hooks.count('amqp.bad_arguments.error');
    }
    // A reply to the other side's oldest matching request?
    const waiting = ch.pending[other];
    const at = waiting.findIndex((op) => op.replies.includes(name));
    if (at >= 0) {
      for (const skipped of waiting.splice(0, at)) this.finish(skipped, 'unpaired');
      const op = waiting.shift()!;
      op.response = { status: statusOf(op.request.replyCode), method: name, ...args };
      if (op.request.replyText !== undefined && op.response.status !== 0) op.response.replyText = op.request.replyText;
      if (f.error) op.anomalies.add('malformed');
      op.responseSize += f.size;
      op.lastTs = ts;
      if (spec?.content) ch.content[dir] = this.newContent(op, 'response');
      else this.finish(op);
      if (name === 'connection.close-ok') this.flushAll('unpaired');
      this.tidy(f.channel);
      return;
    }
    const op: Op = {
      channel: f.channel,
      dir,
      request: { method: name, channel: f.channel, ...args },
      response: null,
      replies: [],
      firstTs: ts,
      lastTs: ts,
      requestSize: f.size,
      responseSize: 0,
      anomalies: new Set(f.error ? ['malformed'] : []),
      seq: this.seq++,
    };
    if (!spec || spec.replies.length === 0) {
      // A reply nobody asked for (capture started mid-way), or an asynchronous method.
      if (spec && /-ok$|\.get-empty$/.test(name)) {
        this.hooks.count('amqp.unpaired_reply');
        // Past connection.close, late replies (a channel.close-ok) answer nothing that matters.
        if (this.closing) return;
        op.response = { status: 0, method: name, ...args };
        op.request = { method: name, channel: f.channel };
        op.anomalies.add('unpaired');
      } else if (name === 'basic.return') {
        op.response = { status: statusOf(args.replyCode), method: name, replyText: args.replyText };
      }
      if (spec?.content) ch.content[dir] = this.newContent(op, 'request');
      else this.finish(op);
      this.tidy(f.channel);
      return;
    }
    if (name === 'connection.close') this.closing = true;
    if (name === 'channel.close' || name === 'connection.close') this.closeFrom(dir, op, name === 'connection.close' ? null : ch);
    // A server's basic.cancel notifies a consumer's end; no-wait requests get no reply.
    if (args.noWait === true || (name === 'basic.cancel' && dir === 1)) {
      this.finish(op);
      this.tidy(f.channel);
      return;
    }
    op.replies = spec.replies;
    if (ch.pending[dir].length >= AMQP_LIMITS.maxPendingPerChannel) {
      this.hooks.count('limit.amqp.maxPendingPerChannel');
      this.finish(ch.pending[dir].shift()!, 'unpaired');
    }
    ch.pending[dir].push(op);
  }

  /** A close answers, with its reply code, what the other side still waits for on `ch` (all channels: null). */
  private closeFrom(dir: Direction, close: Op, ch: Channel | null): void {
    const other = (dir ^ 1) as Direction;
    const status = statusOf(close.request.replyCode);
    const chans = ch ? [ch] : [...this.channels.values()];
    for (const c of chans) {
      for (const op of c.pending[other].splice(0)) {
        // A channel.close cut short by connection.close keeps its own reply code.
        if (op.request.method === 'channel.close') {
          const own = statusOf(op.request.replyCode);
          op.response = { status: own, method: close.request.method, ...(own ? { replyText: op.request.replyText } : {}) };
        } else op.response = { status, method: close.request.method, replyCode: close.request.replyCode, replyText: close.request.replyText };
        op.lastTs = close.firstTs;
        this.finish(op);
      }
    }
  }

  header(dir: Direction, channel: number, header: ContentHeader | undefined, size: number, ts: number): void {
    const ch = this.channels.get(channel);
    const c = ch?.content[dir];
    if (!ch || !c || c.bodySize !== null) {
      this.hooks.count('amqp.unexpected_header');
      return;
    }
    const side = c.side === 'request' ? c.op.request : c.op.response!;
    this.grow(c, size, ts);
    if (!header) {
      c.op.anomalies.add('malformed');
      this.hooks.count('amqp.bad_header.error');
      this.complete(ch, dir);
      return;
    }
    side.properties = header.properties;
    c.contentEncoding = header.properties.contentEncoding;
    c.bodySize = typeof header.bodySize === 'number' ? header.bodySize : Number.MAX_SAFE_INTEGER;
    if (c.bodySize === 0) this.complete(ch, dir);
  }

  /** Body payload bytes (a part of a frame). */
  body(dir: Direction, channel: number, bytes: Uint8Array, missing: number): void {
    const c = this.channels.get(channel)?.content[dir];
    if (!c || c.bodySize === null) {
      this.hooks.count('amqp.unexpected_body');
      return;
    }
    c.received += bytes.length + missing;
    c.missing += missing;
    let room = this.bodyLimit - c.keptBytes;
    if (bytes.length && room > 0) {
      // Many channels with a message in progress share one per-connection budget.
      if (this.keptTotal + Math.min(room, bytes.length) > AMQP_LIMITS.maxKeptBodyBytesPerConnection) {
        this.hooks.count('limit.amqp.maxKeptBodyBytesPerConnection');
        room = Math.max(0, AMQP_LIMITS.maxKeptBodyBytesPerConnection - this.keptTotal);
      }
      const keep = bytes.subarray(0, room).slice();
      if (keep.length) c.kept.push(keep);
      c.keptBytes += keep.length;
      this.keptTotal += keep.length;
    }
  }

  /** A body frame ended (`wire` bytes with framing). */
  bodyEnd(dir: Direction, channel: number, wire: number, ts: number): void {
    const ch = this.channels.get(channel);
    const c = ch?.content[dir];
    if (!ch || !c || c.bodySize === null) return;
    this.grow(c, wire, ts);
    if (c.received >= c.bodySize) {
      if (c.received > c.bodySize) c.op.anomalies.add('malformed');
      this.complete(ch, dir);
    }
  }

  private grow(c: Content, size: number, ts: number): void {
    if (c.side === 'request') c.op.requestSize += size;
    else c.op.responseSize += size;
    c.op.lastTs = ts;
  }

  private newContent(op: Op, side: 'request' | 'response'): Content {
    return { op, side, bodySize: null, received: 0, missing: 0, kept: [], keptBytes: 0 };
  }

  private complete(ch: Channel, dir: Direction): void {
    const c = ch.content[dir]!;
    ch.content[dir] = null;
    this.keptTotal -= c.keptBytes;
    this.hooks.body(c);
    this.finish(c.op);
    this.tidy(c.op.channel);
  }

  /** A message cut short (a new method, a gap, the end): emitted with what arrived. */
  private cutContent(ch: Channel, dir: Direction, anomaly: string): void {
    const c = ch.content[dir];
    if (!c) return;
    c.op.anomalies.add(anomaly);
    this.hooks.count('amqp.content_cut');
    ch.content[dir] = null;
    this.keptTotal -= c.keptBytes;
    this.hooks.body(c);
    this.finish(c.op);
  }

  /** Framing of `dir` was lost: its messages in progress end here. */
  lost(dir: Direction, anomaly: string): void {
    for (const [n, ch] of this.channels) {
      this.cutContent(ch, dir, anomaly);
      // Replies may have been lost with the bytes: what pairs next may not be the true answer.
      for (const op of ch.pending[dir ^ 1]) op.anomalies.add(anomaly);
      this.tidy(n);
    }
  }

  private flushChannel(ch: Channel, anomaly: string | null): void {
    this.cutContent(ch, 0, 'truncated');
    this.cutContent(ch, 1, 'truncated');
    const left = [...ch.pending[0].splice(0), ...ch.pending[1].splice(0)].sort((a, b) => a.seq - b.seq);
    for (const op of left) this.finish(op, anomaly);
  }

  /** The connection is over: every operation still open ends, unanswered. */
  flushAll(anomaly: string | null = null): void {
    for (const ch of this.channels.values()) this.flushChannel(ch, anomaly);
    this.channels.clear();
  }

  private finish(op: Op, anomaly: string | null = null): void {
    if (anomaly && op.response === null && op.replies.length > 0) op.anomalies.add(anomaly);
    this.hooks.done(op);
  }
}

