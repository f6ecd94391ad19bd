/**
 * A packet decoded down to L4. Produced by link/ + net/ decoders, consumed by the engine.
 * `payload` is a view into the capture buffer: valid only until the next packet is decoded,
 * so anything that keeps bytes must copy them.
 */
export interface DecodedPacket {
  /** Capture time, ms since the epoch (fractional). */
  ts: number;
  ipVersion: 4 | 6;
  srcIp: string;
  dstIp: string;
  transport: 'tcp' | 'udp';
  srcPort: number;
  dstPort: number;
  /** TCP only (0 for UDP). */
  seq: number;
  ack: number;
  /** TCP flag bits as on the wire: FIN=0x01 SYN=0x02 RST=0x04 PSH=0x08 ACK=0x10 URG=0x20. */
  flags: number;
  /** L4 payload actually captured. */
  payload: Uint8Array;
  /** L4 payload length on the wire (from the IP header); > payload.length when snaplen cut it. */
  payloadWireLength: number;
}

export const TCP_FIN = 0x01;
export const TCP_SYN = 0x02;
export const TCP_RST = 0x04;
export const TCP_ACK = 0x10;

/** One record of a capture file, before link decoding. `data` is a view into the read buffer. */
export interface CapturedFrame {
  ts: number;
  linkType: number;
  data: Uint8Array;
  /** Length on the wire (>= data.length). */
  wireLength: number;
  /** Byte offset of the record in its file, for error messages. */
  fileOffset: number;
  interfaceId: number;
}
