/** What an engine run saw; the CLI prints it, the worker exports it as metrics. */
export interface EngineStats {
  packets: number;
  bytes: number;
  tcpPackets: number;
  udpPackets: number;
  /** Packets that were neither TCP nor UDP over IP (or fragments still incomplete). */
  otherPackets: number;
  tcpStreams: number;
  /** Streams whose bytes no dissector recognised. */
  unknownStreams: number;
  entries: number;
  unpairedRequests: number;
  unpairedResponses: number;
  /** Dissector events counted as errors (`<proto>.error.*`). */
  parseErrors: number;
  retransmittedBytes: number;
  gaps: number;
  gapBytes: number;
  /** Holes declared lost because a memory bound was reached. */
  forcedGaps: number;
  idleEvictions: number;
  /** Connections dropped because the table was full. */
  connectionEvictions: number;
  /**
   * UDP flows (endpoint pairs) seen. A flow seen again counts anew after the UDP idle timeout, or
   * at once when its dissector had nothing left to pair (DNS: every query answered).
   */
  udpFlows: number;
  /** UDP flows whose first datagrams no dissector recognised. */
  udpUnknownFlows: number;
  /** UDP flows closed early because the flow table was full (`limit.maxUdpFlows`). */
  udpFlowEvictions: number;
  /** Every named counter: dissector events, link/IP decode events, `limit.*`. */
  counters: Record<string, number>;
}

export function emptyStats(): EngineStats {
  return {
    packets: 0,
    bytes: 0,
    tcpPackets: 0,
    udpPackets: 0,
    otherPackets: 0,
    tcpStreams: 0,
    unknownStreams: 0,
    entries: 0,
    unpairedRequests: 0,
    unpairedResponses: 0,
    parseErrors: 0,
    retransmittedBytes: 0,
    gaps: 0,
    gapBytes: 0,
    forcedGaps: 0,
    idleEvictions: 0,
    connectionEvictions: 0,
    udpFlows: 0,
    udpUnknownFlows: 0,
    udpFlowEvictions: 0,
    counters: {},
  };
}
