import type { CapturedFrame } from '../net/packet.js';

/**
 * One capture file format as the reader drives it: the file is a sequence of units (file header,
 * records, blocks) whose size is known once the first `headerSize` bytes of the unit are there.
 * Methods throw CaptureFormatError; the reader catches it and stops.
 */
export interface FormatParser {
  readonly format: 'pcap' | 'pcapng';
  /** Bytes of a unit needed before `unitSize` can answer (may change after the file header). */
  readonly headerSize: number;
  /**
   * Total size of the unit starting at `b[o]`, given `avail` (>= headerSize) of its bytes; may
   * answer a larger partial need first (the reader asks again once that many bytes are there).
   */
  unitSize(b: Uint8Array, o: number, avail: number, fileOffset: number): number;
  /** Handle one whole unit `b[o, o + len)`. */
  unit(b: Uint8Array, o: number, len: number, fileOffset: number): void;
  /** Message for a unit cut by the end of the file, `avail` (>= headerSize) bytes of it present. */
  truncated(b: Uint8Array, o: number, avail: number, fileOffset: number): string;
  /** What a unit is called in messages ("record", "block"). */
  unitName(): string;
}

export type FrameSink = (frame: CapturedFrame) => void;
