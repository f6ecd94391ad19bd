/**
 * The byte stream from a capture child to the worker (stdout of `child.js`): records of
 * `[u8 type][u8 0][u16 linkType][u32 length][f64 ts][u32 interfaceId]` + `length` bytes.
 * Type 1 is a packet; type 2 a status (JSON: the interfaces open); type 3 a fatal error (JSON).
 */
export const RECORD_HEADER = 20;
export const REC_PACKET = 1;
export const REC_STATUS = 2;
export const REC_ERROR = 3;

export interface ChildStatus {
  interfaces: string[];
  /** Packets the child dropped because the worker did not read fast enough. */
  dropped: number;
}

export interface ChildError {
  message: string;
  usage: boolean;
}

export function encodeRecord(type: number, linkType: number, ts: number, interfaceId: number, data: Uint8Array): Buffer {
  const b = Buffer.allocUnsafe(RECORD_HEADER + data.length);
  writeHeader(b, 0, type, linkType, data.length, ts, interfaceId);
  b.set(data, RECORD_HEADER);
  return b;
}

export function writeHeader(b: Buffer, at: number, type: number, linkType: number, length: number, ts: number, interfaceId: number): void {
  b[at] = type;
  b[at + 1] = 0;
  b.writeUInt16LE(linkType, at + 2);
  b.writeUInt32LE(length, at + 4);
  b.writeDoubleLE(ts, at + 8);
  b.writeUInt32LE(interfaceId, at + 16);
}

export interface RecordSink {
  packet(linkType: number, ts: number, interfaceId: number, data: Uint8Array): void;
  control(type: number, json: unknown): void;
}

/** Splits the child's stdout into records, whatever the chunking. */
export class RecordReader {
  private carry: Buffer = Buffer.alloc(0);

  constructor(private readonly sink: RecordSink) {}

  push(chunk: Buffer): void {
    const b = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    let o = 0;
    while (b.length - o >= RECORD_HEADER) {
      const length = b.readUInt32LE(o + 4);
      if (b.length - o < RECORD_HEADER + length) break;
      const type = b[o];
      const body = b.subarray(o + RECORD_HEADER, o + RECORD_HEADER + length);
      if (type === REC_PACKET) {
        this.sink.packet(b.readUInt16LE(o + 2), b.readDoubleLE(o + 8), b.readUInt32LE(o + 16), new Uint8Array(body.buffer, body.byteOffset, body.byteLength));
      } else {
        let json: unknown = null;
        try {
          json = JSON.parse(body.toString('utf8'));
        } catch {
          // A torn control record: ignore it, the next status replaces it.
        }
        this.sink.control(type, json);
      }
      o += RECORD_HEADER + length;
    }
    this.carry = o === b.length ? Buffer.alloc(0) : Buffer.from(b.subarray(o));

  }
}
