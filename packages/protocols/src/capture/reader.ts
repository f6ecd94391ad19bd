import { hex32, u32be } from '../bytes/reader.js';
import type { CapturedFrame } from '../net/packet.js';
import { compressionOf, DECOMPRESS_COMMAND } from './compression.js';
import { CaptureFormatError } from './errors.js';
import type { FormatParser, FrameSink } from './format.js';
import { PCAP_MAGIC_NS, PCAP_MAGIC_US, PcapParser } from './pcap.js';
import { PCAPNG_SHB, PcapngParser } from './pcapng.js';

const MAGIC_BYTES = 4;

function byteSwap32(n: number): number {
  return (((n & 0xff) << 24) | ((n & 0xff00) << 8) | ((n >>> 8) & 0xff00) | (n >>> 24)) >>> 0;
}

function detect(magic: number, sink: FrameSink): FormatParser {
  if (magic === PCAPNG_SHB) return new PcapngParser(sink);
  if (magic === PCAP_MAGIC_US || magic === PCAP_MAGIC_NS) return new PcapParser(false, magic === PCAP_MAGIC_NS, sink);
  const swapped = byteSwap32(magic);
  if (swapped === PCAP_MAGIC_US || swapped === PCAP_MAGIC_NS) return new PcapParser(true, swapped === PCAP_MAGIC_NS, sink);
  const compression = compressionOf(new Uint8Array([magic >>> 24, (magic >>> 16) & 0xff, (magic >>> 8) & 0xff, magic & 0xff]));
  if (compression !== null) {
    const how = DECOMPRESS_COMMAND[compression];
    throw new CaptureFormatError(`not a pcap or pcapng file: compressed with ${compression} (magic ${hex32(magic)}); decompress it first, e.g. ${how} FILE | trawl read -`, 0);
  }
  throw new CaptureFormatError(`not a pcap or pcapng file (magic ${hex32(magic)})`, 0);
}

/**
 * Incremental pcap/pcapng reader. Feed the file in chunks of any size, in order; each record is
 * handed to `onFrame` as soon as it is complete.
 *
 * `frame.data` is a view into the pushed chunk (or, for a record that spans chunks, into an
 * internal buffer that is reused): it is valid only during the `onFrame` call. Copy what you keep.
 *
 * Never throws on bad input: the first format problem is kept in `error` and further input is
 * ignored. (An exception thrown by `onFrame` itself propagates to the caller of `push`.)
 */
export class CaptureReader {
  #onFrame: (frame: CapturedFrame) => void;
  #parser: FormatParser | null = null;
  /** Bytes of the unit that spans chunks; reused across units. */
  #carry = new Uint8Array(0);
  #carryLen = 0;
  /** File offset of the next unit (= of the carried bytes when there are any). */
  #offset = 0;
  #error: CaptureFormatError | null = null;
  #ended = false;
  #frames = 0;
  #bytesRead = 0;
  readonly #sink: FrameSink = (frame) => {
    this.#frames++;
    this.#onFrame(frame);
  };

  constructor(onFrame: (frame: CapturedFrame) => void) {
    this.#onFrame = onFrame;
  }

  get error(): CaptureFormatError | null {
    return this.#error;
  }
  /** Frames delivered so far. */
  get frames(): number {
    return this.#frames;
  }
  /** Bytes pushed so far (including those of a record still incomplete). */
  get bytesRead(): number {
    return this.#bytesRead;
  }
  get format(): 'pcap' | 'pcapng' | null {
    return this.#parser?.format ?? null;
  }

  push(chunk: Uint8Array): void {
    if (this.#error !== null || this.#ended) return;
    this.#bytesRead += chunk.length;
    try {
      this.#push(chunk);
    } catch (e) {
      if (!(e instanceof CaptureFormatError)) throw e;
      this.#fail(e);
    }
  }

  /** End of file: bytes of an unfinished record become an error. */
  end(): void {
    if (this.#error !== null || this.#ended) return;
    this.#ended = true;
    const p = this.#parser;
    const have = this.#carryLen;
    const at = this.#offset;
    if (p === null) {
      this.#fail(new CaptureFormatError(have === 0 ? 'empty file: not a pcap or pcapng file' : `truncated file: ${have} bytes, too short for a capture file header`, 0));
    } else if (have > 0) {
      const msg = have < p.headerSize
        ? `truncated ${p.unitName()} header at byte offset ${at}: ${p.headerSize} bytes needed, file ends after ${have}`
        : p.truncated(this.#carry, 0, have, at);
      this.#fail(new CaptureFormatError(msg, at));
    }
  }

  #fail(e: CaptureFormatError): void {
    this.#error = e;
    this.#carryLen = 0;
    this.#carry = new Uint8Array(0);
  }

  /** Bytes the unit at `b[o]` needs, given `avail` of them; detects the format on the first call. */
  #need(b: Uint8Array, o: number, avail: number): number {
    let p = this.#parser;
    if (p === null) {
      if (avail < MAGIC_BYTES) return MAGIC_BYTES;
      p = this.#parser = detect(u32be(b, o), this.#sink);
    }
    if (avail < p.headerSize) return p.headerSize;
    return p.unitSize(b, o, avail, this.#offset);
  }

  #push(chunk: Uint8Array): void {
    let pos = 0;
    const end = chunk.length;
    if (this.#carryLen > 0) {
      // Complete the unit that spans chunks. Its need only grows (header, then whole unit), and
      // we never copy past it, so the carry holds exactly one unit when it is complete.
      let need = this.#need(this.#carry, 0, this.#carryLen);
      while (this.#carryLen < need) {
        const take = Math.min(need - this.#carryLen, end - pos);
        this.#append(chunk, pos, take);
        pos += take;
        if (this.#carryLen < need) return;
        need = this.#need(this.#carry, 0, this.#carryLen);
      }
      this.#parser!.unit(this.#carry, 0, need, this.#offset);
      this.#offset += need;
      this.#carryLen = 0;
    }
    while (pos < end) {
      const avail = end - pos;
      const need = this.#need(chunk, pos, avail);
      if (avail < need) break;
      this.#parser!.unit(chunk, pos, need, this.#offset);
      this.#offset += need;
      pos += need;
    }
    if (pos < end) this.#append(chunk, pos, end - pos);
  }

  #append(chunk: Uint8Array, pos: number, n: number): void {
    const want = this.#carryLen + n;
    if (want > this.#carry.length) {
      const grown = new Uint8Array(Math.max(want, this.#carry.length * 2, 4096));
      grown.set(this.#carry.subarray(0, this.#carryLen));
      this.#carry = grown;
    }
    this.#carry.set(chunk.subarray(pos, pos + n), this.#carryLen);
    this.#carryLen = want;
  }
}
