// Per-connection Kafka state: a FrameStream per direction and the correlation-id map. Requests
// are decoded on arrival; a response is decoded with the request it answers (its header and body
// versions depend on that request's api key and version). Every public method is wrapped: an
// unexpected exception is counted and that direction resynchronises.
import type { ChunkMeta, Direction, DissectorSession, SessionContext } from '../engine/types.js';
import { API, apiInfo, responseHeaderVersion } from './apis.js';
import { buildEntry } from './build.js';
import { bodyDecoders, TopicIds, type BodyDecoders } from './decoders.js';
import { probeRequest } from './detect.js';
import { KAFKA_LIMITS } from './limits.js';
import { pushOnce, type Message } from './message.js';
import { Pending } from './pair.js';
import { decodeRequestBody, decodeResponseBody, MIN_REQUEST_SIZE, MIN_RESPONSE_SIZE, readRequestHeader, readResponseHeader, type DecodedBody } from './parse.js';
import { KafkaReader } from './reader.js';
import { FrameStream, type Frame } from './stream.js';

export class KafkaSession implements DissectorSession {
  private readonly streams: [FrameStream, FrameStream];
  private readonly pending: Pending;
  private readonly decoders: BodyDecoders;
  private closed = false;
  /** Anomalies for the next message of each direction (bytes lost before it). */
  private readonly carry: [string[], string[]] = [[], []];

  constructor(private readonly ctx: SessionContext) {
    this.decoders = bodyDecoders(new TopicIds((e) => ctx.count(e)));
    this.pending = new Pending(ctx.limits.maxPendingRequests, (q, r, u) => ctx.emit(buildEntry(q, r, u, ctx)), (e) => ctx.count(e));
    this.streams = [this.newStream(0), this.newStream(1)];
  }

  feed(dir: Direction, bytes: Uint8Array, meta: ChunkMeta): void {
    if (this.closed) return;
    try {
      this.streams[dir].feed(bytes, meta);
    } catch {
      this.internalError(dir);
    }
  }

  gap(dir: Direction, length: number, _meta: ChunkMeta): void {
    if (this.closed) return;
    try {
      pushOnce(this.carry[dir], 'gap');
      this.streams[dir].gap(length);
    } catch {
      this.internalError(dir);
    }
  }

  end(dir: Direction, ts: number): void {
    if (this.closed) return;
    try {
      this.streams[dir].end(ts);
    } catch {
      this.internalError(dir);
    }
  }

  close(ts: number): void {
    if (this.closed) return;
    try {
      this.streams[0].end(ts);
      this.streams[1].end(ts);
      this.pending.flushAll();
    } catch {
      this.ctx.count('kafka.internal_error');
    }
    this.closed = true;
  }

  private internalError(dir: Direction): void {
    this.ctx.count('kafka.internal_error');
    this.streams[dir] = this.newStream(dir);
    this.streams[dir].gap(1);
  }

  private newStream(dir: Direction): FrameStream {
    return new FrameStream({
      minSize: dir === 0 ? MIN_REQUEST_SIZE : MIN_RESPONSE_SIZE,
      onFrame: (f) => (dir === 0 ? this.request(f) : this.response(f)),
      startsFrame: (b) => (dir === 0 ? probeRequest(b, 0, b.length) === 'yes' : this.startsResponse(b)),
      onDesync: (reason) => {
        this.ctx.count(`kafka.desync.${reason}`);
        pushOnce(this.carry[dir], 'desync');
      },
      count: (e) => this.ctx.count(e),
    });
  }

  /** After lost bytes, a response frame start: a sane size and the correlation id of a waiting request. */
  private startsResponse(b: Uint8Array): boolean {
    if (b.length < 8) return false;
    const size = ((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0;
    if (size < MIN_RESPONSE_SIZE || size > KAFKA_LIMITS.maxFrameBytes) return false;
    return this.pending.has((b[4] << 24) | (b[5] << 16) | (b[6] << 8) | b[7]);
  }

  private takeCarry(dir: Direction, frame: Frame): string[] {
    const a = this.carry[dir];
    this.carry[dir] = [];
    if (frame.gap) pushOnce(a, 'gap');
    if (frame.cut) pushOnce(a, 'truncated');
    return a;
  }

  private request(f: Frame): void {
    const anomalies = this.takeCarry(0, f);
    if (f.payload.length < MIN_REQUEST_SIZE) return this.headerLost(0, anomalies);
    const r = new KafkaReader(f.payload, 0, f.payload.length, f.size);
    let msg: Message;
    let body: DecodedBody | null = null;
    try {
      const h = readRequestHeader(r);
      msg = { kind: 'request', correlationId: h.correlationId, apiKey: h.apiKey, apiVersion: h.apiVersion, clientId: h.clientId, body: null, anomalies, firstTs: f.firstTs, lastTs: f.lastTs, wireSize: f.size + 4 };
      if (h.tags) msg.headerTags = h.tags;
      if (apiInfo(h.apiKey)) body = decodeRequestBody(this.decoders, h, r);
      else this.ctx.count('kafka.unknown_api');
    } catch {
      // The fixed part is 8 bytes (the minimum size): only the client id can fail.
      const b = f.payload;
      msg = { kind: 'request', correlationId: (b[4] << 24) | (b[5] << 16) | (b[6] << 8) | b[7], apiKey: ((b[0] << 24) | (b[1] << 16)) >> 16, apiVersion: ((b[2] << 24) | (b[3] << 16)) >> 16, clientId: null, body: null, anomalies, firstTs: f.firstTs, lastTs: f.lastTs, wireSize: f.size + 4 };
      pushOnce(anomalies, 'header');
      this.ctx.count('kafka.header.error');
    }
    if (body) this.attachBody(msg, body);
    if (msg.apiKey === API.Produce && msg.body?.fields.acks === 0) {
      // acks = 0: the broker never answers.
      this.ctx.emit(buildEntry(msg, null, false, this.ctx));
      return;
    }
    this.pending.add(msg);
  }

  private response(f: Frame): void {
    const anomalies = this.takeCarry(1, f);
    if (f.payload.length < MIN_RESPONSE_SIZE) return this.headerLost(1, anomalies);
    const b = f.payload;
    const correlationId = (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3];
    const req = this.pending.take(correlationId);
    const msg: Message = { kind: 'response', correlationId, apiKey: req?.apiKey ?? -1, apiVersion: req?.apiVersion ?? -1, clientId: null, body: null, anomalies, firstTs: f.firstTs, lastTs: f.lastTs, wireSize: f.size + 4 };
    if (!req) {
      this.ctx.count('kafka.unknown_correlation_id');
      this.ctx.emit(buildEntry(null, msg, true, this.ctx));
      return;
    }
    const r = new KafkaReader(b, 0, b.length, f.size);
    try {
      const h = readResponseHeader(r, responseHeaderVersion(req.apiKey, req.apiVersion));
      if (h.tags) msg.headerTags = h.tags;
      if (apiInfo(req.apiKey)) this.attachBody(msg, decodeResponseBody(this.decoders, req.apiKey, req.apiVersion, r));
    } catch {
      pushOnce(anomalies, f.cut ? 'truncated' : 'header');
      this.ctx.count('kafka.header.error');
    }
    this.ctx.emit(buildEntry(req, msg, false, this.ctx));
  }

  /** A gap took the frame's header (api key, correlation id): nothing to pair; the next message carries the gap. */
  private headerLost(dir: Direction, anomalies: string[]): void {
    this.ctx.count('kafka.header_lost');
    for (const a of anomalies) if (a !== 'truncated') pushOnce(this.carry[dir], a);
  }

  private attachBody(msg: Message, d: DecodedBody): void {
    msg.body = d.out;
    if (d.out.overflow > 0) this.ctx.count('kafka.limit.maxListed', d.out.overflow);
    if (d.anomaly) {
      pushOnce(msg.anomalies, d.anomaly);
      if (d.anomaly === 'body') this.ctx.count(`kafka.body.error`);
    }
  }
}
