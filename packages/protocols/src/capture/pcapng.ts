import { hex32, u16, u32, u32be, u32le } from '../bytes/reader.js';
import { CaptureFormatError } from './errors.js';
import type { FormatParser, FrameSink } from './format.js';

export const PCAPNG_SHB = 0x0a0d0d0a;
const IDB = 1;
const PB = 2; // obsolete Packet Block
const SPB = 3;
const EPB = 6;
const BYTE_ORDER_MAGIC = 0x1a2b3c4d;
const OPT_END = 0;
const OPT_IF_TSRESOL = 9;
const OPT_IF_TSOFFSET = 14;
/** Largest block we buffer (Wireshark uses the same bound); beyond it the length is garbage. */
const MAX_BLOCK = 16 << 20;
const SHB_HEADER = 12;

interface Interface {
  linkType: number;
  snaplen: number;
  /** ms per timestamp unit, and per 2^32 units (the high word), precomputed for precision. */
  msPerUnit: number;
  msPerHigh: number;
  offsetMs: number;
}

const BLOCK_NAMES: Record<number, string> = { [PCAPNG_SHB]: 'section header', [IDB]: 'interface description', [PB]: 'packet', [SPB]: 'simple packet', [EPB]: 'enhanced packet' };

/** pcapng: a sequence of sections (SHB), each with its interfaces (IDB) and packet blocks. */
export class PcapngParser implements FormatParser {
  readonly format = 'pcapng';
  /** Type and length; a section header needs 4 more (its byte-order magic) before its length is read. */
  readonly headerSize = 8;
  private le = false;
  private interfaces: Interface[] = [];
  private lastTs = 0;

  constructor(private readonly emit: FrameSink) {}

  unitName(): string {
    return 'block';
  }

  unitSize(b: Uint8Array, o: number, avail: number, fileOffset: number): number {
    if (u32be(b, o) === PCAPNG_SHB) {
      if (avail < SHB_HEADER) return SHB_HEADER;
      // The section's byte order is only known from the byte-order magic inside its header.
      if (u32be(b, o + 8) === BYTE_ORDER_MAGIC) this.le = false;
      else if (u32le(b, o + 8) === BYTE_ORDER_MAGIC) this.le = true;
      else throw new CaptureFormatError(`bad byte-order magic ${hex32(u32be(b, o + 8))} in section header at byte offset ${fileOffset}`, fileOffset);
    }
    const type = u32(b, o, this.le);
    const len = u32(b, o + 4, this.le);
    const min = type === PCAPNG_SHB ? 28 : 12;
    if (len < min || len % 4 !== 0 || len > MAX_BLOCK) {
      throw new CaptureFormatError(`bad block length ${len} at byte offset ${fileOffset} (block type ${hex32(type)})`, fileOffset);
    }
    return len;
  }

  unit(b: Uint8Array, o: number, len: number, fileOffset: number): void {
    const le = this.le;
    const type = u32(b, o, le);
    const trailer = u32(b, o + len - 4, le);
    if (trailer !== len) {
      throw new CaptureFormatError(`block length mismatch at byte offset ${fileOffset}: header says ${len}, trailer says ${trailer}`, fileOffset);
    }
    switch (type) {
      case PCAPNG_SHB: {
        const major = u16(b, o + 12, le);
        if (major !== 1) throw new CaptureFormatError(`unsupported pcapng version ${major} at byte offset ${fileOffset}`, fileOffset);
        this.interfaces = [];
        return;
      }
      case IDB:
        return this.interfaceBlock(b, o, len, fileOffset);
      case EPB:
        return this.packetBlock(b, o, len, fileOffset, u32(b, o + 8, le));
      case PB:
        return this.packetBlock(b, o, len, fileOffset, u16(b, o + 8, le));
      case SPB:
        return this.simplePacketBlock(b, o, len, fileOffset);
      default:
        return; // name resolution, statistics, custom, secrets…: not needed to decode packets
    }
  }

  truncated(b: Uint8Array, o: number, avail: number, fileOffset: number): string {
    if (u32be(b, o) === PCAPNG_SHB && avail < SHB_HEADER) {
      return `truncated section header block at byte offset ${fileOffset}: ${SHB_HEADER} bytes needed, file ends after ${avail}`;
    }
    const type = u32(b, o, this.le);
    const name = BLOCK_NAMES[type] ?? `type ${hex32(type)}`;
    return `truncated ${name} block at byte offset ${fileOffset}: header announces ${u32(b, o + 4, this.le)} bytes, file ends after ${avail}`;
  }

  private interfaceBlock(b: Uint8Array, o: number, len: number, fileOffset: number): void {
    if (len < 20) throw new CaptureFormatError(`interface description block too short (${len} bytes) at byte offset ${fileOffset}`, fileOffset);
    const le = this.le;
    let unitsPerSec = 1e6;
    let offsetMs = 0;
    const end = o + len - 4;
    for (let p = o + 16; p + 4 <= end; ) {
      const code = u16(b, p, le);
      const optLen = u16(b, p + 2, le);
      const v = p + 4;
      if (code === OPT_END || v + optLen > end) break; // a bad option length ends the options, not the file
      if (code === OPT_IF_TSRESOL && optLen >= 1) {
        const r = b[v];
        const exp = r & 0x7f;
        const units = r & 0x80 ? 2 ** exp : 10 ** exp;
        if (Number.isFinite(units) && units > 0) unitsPerSec = units;
      } else if (code === OPT_IF_TSOFFSET && optLen >= 8) {
        const lo = u32(b, le ? v : v + 4, le);
        const hi = u32(b, le ? v + 4 : v, le) | 0; // signed seconds
        offsetMs = (hi * 4294967296 + lo) * 1000;
      }
      p = v + ((optLen + 3) & ~3);
    }
    const unitsPerMs = unitsPerSec / 1000;
    this.interfaces.push({
      linkType: u16(b, o + 8, le),
      snaplen: u32(b, o + 12, le),
      msPerUnit: 1 / unitsPerMs,
      msPerHigh: 4294967296 / unitsPerMs,
      offsetMs,
    });
  }

  private iface(id: number, fileOffset: number): Interface {
    const itf = this.interfaces[id];
    if (itf === undefined) {
      throw new CaptureFormatError(`packet for undefined interface ${id} at byte offset ${fileOffset} (${this.interfaces.length} defined)`, fileOffset);
    }
    return itf;
  }

  /** EPB and the obsolete PB share the layout from the timestamp on. */
  private packetBlock(b: Uint8Array, o: number, len: number, fileOffset: number, id: number): void {
    if (len < 32) throw new CaptureFormatError(`packet block too short (${len} bytes) at byte offset ${fileOffset}`, fileOffset);
    const le = this.le;
    const itf = this.iface(id, fileOffset);
    const caplen = u32(b, o + 20, le);
    if (caplen > len - 32) {
      throw new CaptureFormatError(`bad record length ${caplen} at byte offset ${fileOffset} (block has room for ${len - 32})`, fileOffset);
    }
    const orig = u32(b, o + 24, le);
    const ts = u32(b, o + 12, le) * itf.msPerHigh + u32(b, o + 16, le) * itf.msPerUnit + itf.offsetMs;
    this.lastTs = ts;
    this.emit({
      ts,
      linkType: itf.linkType,
      data: b.subarray(o + 28, o + 28 + caplen),
      wireLength: orig > caplen ? orig : caplen,
      fileOffset,
      interfaceId: id,
    });
  }

  /** SPB: no interface id (always 0), no timestamp (we repeat the last one seen), no caplen. */
  private simplePacketBlock(b: Uint8Array, o: number, len: number, fileOffset: number): void {
    if (len < 16) throw new CaptureFormatError(`simple packet block too short (${len} bytes) at byte offset ${fileOffset}`, fileOffset);
    const itf = this.iface(0, fileOffset);
    const orig = u32(b, o + 8, this.le);
    let caplen = Math.min(orig, len - 16);
    if (itf.snaplen > 0 && itf.snaplen < caplen) caplen = itf.snaplen;
    this.emit({
      ts: this.lastTs,
      linkType: itf.linkType,
      data: b.subarray(o + 12, o + 12 + caplen),
      wireLength: orig > caplen ? orig : caplen,
      fileOffset,
      interfaceId: 0,
    });
  }
}
