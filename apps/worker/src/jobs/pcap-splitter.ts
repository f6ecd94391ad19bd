/**
 * Cuts a pcap byte stream (what tcpdump -w - and trawl-pcap write) at record boundaries, so a
 * capture job can start a new file at any record: each file gets the stream's 24-byte global
 * header, then whole records. Fed chunks of any size; a record that spans chunks is held until it
 * is whole. Pure: the caller writes what it is handed.
 */
const GLOBAL_HEADER = 24;
const RECORD_HEADER = 16;
/** Larger than any snaplen libpcap uses: a length past it means the stream is not pcap. */
const MAX_RECORD = 256 * 1024 + RECORD_HEADER;

export class PcapStreamError extends Error {
  override name = 'PcapStreamError';
}

export interface PcapSink {
  /** The stream's global header, once, before any record. */
  header(bytes: Uint8Array): void;
  /** One whole record (its 16-byte header and data). The view is valid during the call only. */
  record(bytes: Uint8Array): void;
}

export class PcapSplitter {
  private pending = new Uint8Array(0);
  private header: Uint8Array | null = null;
  private littleEndian = true;
  records = 0;

  constructor(private readonly sink: PcapSink) {}

  get globalHeader(): Uint8Array | null {
    return this.header;
  }

  /** Throws PcapStreamError when the bytes are not a pcap stream. */
  push(chunk: Uint8Array): void {
    let buf = chunk;
    if (this.pending.length > 0) {
      buf = new Uint8Array(this.pending.length + chunk.length);
      buf.set(this.pending);
      buf.set(chunk, this.pending.length);
    }
    let at = 0;
    if (this.header === null) {
      if (buf.length < GLOBAL_HEADER) {
        this.pending = buf.slice();
        return;
      }
      const magic = new DataView(buf.buffer, buf.byteOffset, 4).getUint32(0, true);
      if (magic === 0xa1b2c3d4 || magic === 0xa1b23c4d) this.littleEndian = true;
      else if (magic === 0xd4c3b2a1 || magic === 0x4d3cb2a1) this.littleEndian = false;
      else throw new PcapStreamError(`not a pcap stream (magic 0x${magic.toString(16)})`);
      this.header = buf.slice(0, GLOBAL_HEADER);
      this.sink.header(this.header);
      at = GLOBAL_HEADER;
    }
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    while (buf.length - at >= RECORD_HEADER) {
      const caplen = view.getUint32(at + 8, this.littleEndian);
      const size = RECORD_HEADER + caplen;
      if (size > MAX_RECORD) throw new PcapStreamError(`a record of ${caplen} bytes at stream byte ${at}: not a pcap stream`);
      if (buf.length - at < size) break;
      this.sink.record(buf.subarray(at, at + size));
      this.records++;
      at += size;
    }
    this.pending = buf.slice(at);
  }

  /** Bytes of a record not yet whole (0 at a clean end). */
  get leftover(): number {
    return this.pending.length;
  }
}
