import { u16, u32 } from '../bytes/reader.js';
import { CaptureFormatError } from './errors.js';
import type { FormatParser, FrameSink } from './format.js';

const FILE_HEADER = 24;
const RECORD_HEADER = 16;
/** libpcap's own ceiling for a record, used when a file announces a smaller (or zero) snaplen. */
const MAX_SNAPLEN = 262_144;
/** incl_len above orig_len is tolerated (some writers), but not by more than a whole packet. */
const MAX_INCL_OVER_ORIG = 65_536;

export const PCAP_MAGIC_US = 0xa1b2c3d4;
export const PCAP_MAGIC_NS = 0xa1b23c4d;

/** Classic libpcap files: 24-byte file header, then 16-byte record headers each followed by data. */
export class PcapParser implements FormatParser {
  readonly format = 'pcap';
  headerSize = FILE_HEADER;
  linkType = -1;
  snaplen = 0;
  private readonly fracToMs: number;

  constructor(
    private readonly le: boolean,
    nanoseconds: boolean,
    private readonly emit: FrameSink,
  ) {
    this.fracToMs = nanoseconds ? 1e-6 : 1e-3;
  }

  unitName(): string {
    return this.linkType < 0 ? 'file' : 'record';
  }

  unitSize(b: Uint8Array, o: number, _avail: number, fileOffset: number): number {
    if (this.linkType < 0) return FILE_HEADER;
    const incl = u32(b, o + 8, this.le);
    const orig = u32(b, o + 12, this.le);
    if (incl > Math.max(this.snaplen, MAX_SNAPLEN) || incl > orig + MAX_INCL_OVER_ORIG) {
      throw new CaptureFormatError(
        `bad record length ${incl} at byte offset ${fileOffset} (snaplen ${this.snaplen}, original length ${orig})`,
        fileOffset,
      );
    }
    return RECORD_HEADER + incl;
  }

  unit(b: Uint8Array, o: number, len: number, fileOffset: number): void {
    const le = this.le;
    if (this.linkType < 0) {
      const major = u16(b, o + 4, le);
      if (major !== 2) {
        throw new CaptureFormatError(`unsupported pcap version ${major}.${u16(b, o + 6, le)} at byte offset ${fileOffset + 4}`, fileOffset + 4);
      }
      this.snaplen = u32(b, o + 16, le);
      // The upper 16 bits carry the FCS length and reserved bits; the link type is the rest.
      this.linkType = u32(b, o + 20, le) & 0xffff;
      this.headerSize = RECORD_HEADER;
      return;
    }
    const incl = len - RECORD_HEADER;
    const orig = u32(b, o + 12, le);
    this.emit({
      ts: u32(b, o, le) * 1000 + u32(b, o + 4, le) * this.fracToMs,
      linkType: this.linkType,
      data: b.subarray(o + RECORD_HEADER, o + len),
      wireLength: orig > incl ? orig : incl,
      fileOffset,
      interfaceId: 0,
    });
  }

  truncated(b: Uint8Array, o: number, avail: number, fileOffset: number): string {
    if (this.linkType < 0) return `truncated file header: ${FILE_HEADER} bytes needed, file ends after ${avail}`;
    const incl = u32(b, o + 8, this.le);
    return `truncated record at byte offset ${fileOffset}: header announces ${incl} bytes, file ends after ${avail - RECORD_HEADER}`;
  }
}
