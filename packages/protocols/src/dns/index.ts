// Public API of the DNS dissector (UDP and TCP).
import type { Dissector, DissectorSession, SessionContext } from '../engine/types.js';
import { detectTcp, detectUdp } from './detect.js';
import { DnsTcpSession, DnsUdpSession } from './session.js';

/** DNS over UDP (and mDNS, LLMNR: same message format): one datagram, one message. */
export const dnsDissector: Dissector = {
  name: 'dns',
  transport: 'udp',
  detect: detectUdp,
  createSession(ctx: SessionContext): DissectorSession {
    return new DnsUdpSession(ctx);
  },
};

/** DNS over TCP: 2-byte length-prefixed messages. Same protocol name; `protocol.version` says `tcp`. */
export const dnsTcpDissector: Dissector = {
  name: 'dns-tcp',
  transport: 'tcp',
  detect: detectTcp,
  createSession(ctx: SessionContext): DissectorSession {
    return new DnsTcpSession(ctx);
  },
};

export { detectTcp, detectUdp } from './detect.js';
export { parseMessage, parseHeader, HEADER_SIZE, type DnsMessage, type DnsHeader, type DnsQuestion, type DnsRecord, type Edns, type EdnsOption, type ParseResult } from './parse.js';
export { readName, type NameResult, type NameError } from './name.js';
export { decodeRdata, type RdataResult } from './rdata.js';
export { typeName, className, rcodeName, opcodeName } from './names.js';
export { DnsUdpSession, DnsTcpSession } from './session.js';
export { TcpFramer } from './tcp-framing.js';
export { DNS_LIMITS } from './limits.js';
export { DNS_FIELDS, type DnsField, type DnsFieldPath } from './fields.js';
