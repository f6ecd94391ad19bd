import { CaptureReader } from '../capture/reader.js';
import type { CaptureFormatError } from '../capture/errors.js';
import { PacketDecoder } from '../link/decode.js';
import type { CapturedFrame } from '../net/packet.js';
import { Engine, type EngineOptions } from './engine.js';
import type { EngineStats } from './stats.js';

/**
 * A capture file's bytes in, entries out: CaptureReader → PacketDecoder → Engine. The offline
 * command and the worker's file source both use it; live capture feeds frames directly.
 * Several files pushed in turn through one pipeline behave like one concatenated capture, so a
 * connection that spans rotated files stays whole.
 */
export class CapturePipeline {
  readonly engine: Engine;
  readonly decoder: PacketDecoder;
  private reader: CaptureReader;

  constructor(options: EngineOptions) {
    this.engine = new Engine(options);
    this.decoder = new PacketDecoder(this.engine.limits);
    this.reader = this.newReader();
  }

  private newReader(): CaptureReader {
    return new CaptureReader(this.plainFrame);
  }

  /** One captured frame (also the entry point for live capture). */
  frame(frame: CapturedFrame): void {
    if (!isPlain(frame.data)) frame = { ...frame, data: plain(frame.data) };
    this.plainFrame(frame);
  }

  /**
   * A frame whose data is already a plain Uint8Array: every frame the reader hands out views a
   * chunk `push` made plain (or the reader's own buffer), so the check is made once per chunk,
   * not once per packet.
   */
  private readonly plainFrame = (frame: CapturedFrame): void => {
    this.engine.stats.bytes += frame.wireLength;
    const packet = this.decoder.decode(frame);
    if (packet) this.engine.packet(packet);
    else this.engine.otherPacket();
  };

  push(chunk: Uint8Array): void {
    this.reader.push(isPlain(chunk) ? chunk : plain(chunk));
  }

  /**
   * End of the current file: returns its format error, if any (every entry before the error has
   * been kept). The pipeline is ready for the next file.
   */
  endFile(): CaptureFormatError | null {
    this.reader.end();
    const error = this.reader.error;
    this.reader = this.newReader();
    return error;
  }

  /** End of all input: flush every connection. */
  finish(): EngineStats {
    this.engine.finish();
    const stats = this.engine.syncBudgetStats();
    for (const [name, n] of Object.entries(this.decoder.counters)) {
      stats.counters[name] = (stats.counters[name] ?? 0) + n;
    }
    return stats;
  }
}

/**
 * Node's Buffer (a Uint8Array subclass) makes `slice` a view, not a copy: the bytes that
 * reassembly, fragments and bodies hold past the call (copied with `slice()`) would then point
 * into the caller's read buffer and change when it is reused. Input is viewed as a plain
 * Uint8Array instead (no copy), whose `slice` copies and whose `subarray` is faster.
 */
function isPlain(bytes: Uint8Array): boolean {
  return Object.getPrototypeOf(bytes) === Uint8Array.prototype;
}

function plain(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
