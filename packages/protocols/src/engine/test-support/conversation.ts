// Builds DecodedPackets for a client/server TCP conversation with correct seq/ack numbers, for
// engine tests (no capture file, no decoder). Every packet advances capture time by `step` ms.
import type { DecodedPacket } from '../../net/packet.js';
import { TCP_ACK, TCP_FIN, TCP_RST, TCP_SYN } from '../../net/packet.js';

const PSH = 0x08;
const enc = (s: string | Uint8Array) => (typeof s === 'string' ? new TextEncoder().encode(s) : s);

export interface ConversationOptions {
  client?: string;
  clientPort?: number;
  server?: string;
  serverPort?: number;
  clientIsn?: number;
  serverIsn?: number;
  /** Capture time of the first packet, ms. */
  ts?: number;
  step?: number;
}

export class Conversation {
  readonly client: string;
  readonly clientPort: number;
  readonly server: string;
  readonly serverPort: number;
  /** Next sequence number each side sends. */
  cseq: number;
  sseq: number;
  ts: number;
  step: number;

  constructor(o: ConversationOptions = {}) {
    this.client = o.client ?? '10.0.0.1';
    this.clientPort = o.clientPort ?? 40000;
    this.server = o.server ?? '10.0.0.2';
    this.serverPort = o.serverPort ?? 80;
    this.cseq = (o.clientIsn ?? 1000) >>> 0;
    this.sseq = (o.serverIsn ?? 5000) >>> 0;
    this.ts = (o.ts ?? 1_700_000_000_000) - (o.step ?? 1);
    this.step = o.step ?? 1;
  }

  /** A packet from the client (`fromClient`) or the server; advances that side's sequence. */
  packet(fromClient: boolean, flags: number, data: string | Uint8Array = ''): DecodedPacket {
    const payload = enc(data);
    this.ts += this.step;
    const seq = fromClient ? this.cseq : this.sseq;
    const ack = flags & TCP_ACK ? (fromClient ? this.sseq : this.cseq) : 0;
    const used = (payload.length + (flags & TCP_SYN ? 1 : 0) + (flags & TCP_FIN ? 1 : 0)) >>> 0;
    if (fromClient) this.cseq = (this.cseq + used) >>> 0;
    else this.sseq = (this.sseq + used) >>> 0;
    return {
      ts: this.ts,
      ipVersion: 4,
      srcIp: fromClient ? this.client : this.server,
      dstIp: fromClient ? this.server : this.client,
      transport: 'tcp',
      srcPort: fromClient ? this.clientPort : this.serverPort,
      dstPort: fromClient ? this.serverPort : this.clientPort,
      seq,
      ack,
      flags,
      payload,
      payloadWireLength: payload.length,
    };
  }

  syn(): DecodedPacket {
    return this.packet(true, TCP_SYN);
  }
  synAck(): DecodedPacket {
    return this.packet(false, TCP_SYN | TCP_ACK);
  }
  handshake(): DecodedPacket[] {
    return [this.syn(), this.synAck(), this.packet(true, TCP_ACK)];
  }
  /** Client data (PSH|ACK). */
  c(data: string | Uint8Array, flags = 0): DecodedPacket {
    return this.packet(true, PSH | TCP_ACK | flags, data);
  }
  /** Server data (PSH|ACK). */
  s(data: string | Uint8Array, flags = 0): DecodedPacket {
    return this.packet(false, PSH | TCP_ACK | flags, data);
  }
  /** FIN from the client then the server, and the last ACK. */
  close(): DecodedPacket[] {
    return [this.packet(true, TCP_FIN | TCP_ACK), this.packet(false, TCP_FIN | TCP_ACK), this.packet(true, TCP_ACK)];
  }
  rst(fromClient = true): DecodedPacket {
    return this.packet(fromClient, TCP_RST | TCP_ACK);
  }
}
