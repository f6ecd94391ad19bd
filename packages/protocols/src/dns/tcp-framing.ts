import { detectTcp } from './detect.js';
import { HEADER_SIZE } from './parse.js';

/** A whole message (without its length prefix), valid only during the call. */
export type FrameSink = (message: Uint8Array, ts: number, endTs: number) => void;

/**
 * One direction of DNS over TCP: splits the byte stream into length-prefixed messages. A length
 * below a header means framing is lost (`dns.error.bad_length`); after that or a capture gap the
 * direction is desynchronised and resumes only where a chunk starts like a DNS message
 * (`detectTcp`), never mid-message. Memory: at most one message (≤ 65 537 bytes) per direction;
 * a message within one chunk is handed over as a view, one spanning chunks is copied once.
 */
export class TcpFramer {
  /** Length prefix bytes read so far (0–2) and its value. */
  private prefix = 0;
  private length = 0;
  private body: Uint8Array | null = null;
  private filled = 0;
  private startTs = 0;
  private desync = false;
  /** While desynchronised: a plausible message start detection wants more of. */
  private probe: Uint8Array | null = null;

  constructor(
    private readonly sink: FrameSink,
    private readonly count: (event: string) => void,
  ) {}

  feed(bytes: Uint8Array, ts: number): void {
    if (this.desync) {
      const candidate = this.probe ? concat(this.probe, bytes) : bytes;
      const verdict = detectTcp(candidate);
      if (verdict === 'more') {
        this.probe = candidate.slice();
        return;
      }
      this.probe = null;
      if (verdict === null) return;
      this.desync = false;
      this.count('dns.resync');
      bytes = candidate;
    }
    let o = 0;
    while (o < bytes.length) {
      if (this.body === null) {
        if (this.prefix === 0) {
          this.startTs = ts;
          // The common case: the whole message in this chunk, handed over without a copy.
          if (bytes.length - o >= 2) {
            const length = (bytes[o] << 8) | bytes[o + 1];
            if (length >= HEADER_SIZE && bytes.length - o >= 2 + length) {
              this.sink(bytes.subarray(o + 2, o + 2 + length), ts, ts);
              o += 2 + length;
              continue;
            }
          }
        }
        this.length = (this.length << 8) | bytes[o++];
        if (++this.prefix < 2) continue;
        if (this.length < HEADER_SIZE) {
          this.count('dns.error.bad_length');
          this.reset();
          this.desync = true;
          return;
        }
        this.body = new Uint8Array(this.length);
        this.filled = 0;
        continue;
      }
      const n = Math.min(this.body.length - this.filled, bytes.length - o);
      this.body.set(bytes.subarray(o, o + n), this.filled);
      this.filled += n;
      o += n;
      if (this.filled === this.body.length) {
        const body = this.body;
        this.reset();
        this.sink(body, this.startTs, ts);
      }
    }
  }

  gap(): void {
    if (this.prefix > 0) this.count('dns.truncated_message');
    this.reset();
    this.probe = null;
    this.desync = true;
  }

  /** The sender closed: a message still incomplete never will be. */
  end(): void {
    if (this.prefix > 0) this.count('dns.truncated_message');
    this.reset();
  }

  private reset(): void {
    this.prefix = 0;
    this.length = 0;
    this.body = null;
    this.filled = 0;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
