// tshark as the oracle for Redis: which packets it dissects as RESP, per direction, and the
// payload bytes of each direction (retransmissions excluded). tshark 4.0 counts RESP by packet,
// not by message (fixtures README), so the test compares packets as a bound and bytes exactly.
import { tsharkFields } from '../../capture/test-support/tshark.js';

export { tsharkAvailable } from '../../capture/test-support/tshark.js';

export interface RespPackets {
  reqPkts: number;
  respPkts: number;
  /** Payload bytes sent by clients / by servers. */
  clientBytes: number;
  serverBytes: number;
}

/** `ports`: the server ports; each is decoded as RESP (decode-as), as the MANIFEST's forced pass does. */
export async function tsharkResp(file: string, ports: number[]): Promise<RespPackets> {
  const rows = await tsharkFields(file, {
    filter: 'tcp.len > 0 && !tcp.analysis.retransmission',
    decodeAs: ports.filter((p) => p !== 6379).map((p) => `tcp.port==${p},resp`),
    fields: ['tcp.srcport', 'tcp.dstport', 'tcp.len', 'frame.protocols'],
  });
  const out: RespPackets = { reqPkts: 0, respPkts: 0, clientBytes: 0, serverBytes: 0 };
  for (const [sport, dport, len, protocols] of rows) {
    const fromServer = ports.includes(Number(sport)) && !ports.includes(Number(dport));
    const resp = /:resp(:|$)/.test(protocols);
    if (fromServer) {
      out.serverBytes += Number(len);
      if (resp) out.respPkts++;
    } else {
      out.clientBytes += Number(len);
      if (resp) out.reqPkts++;
    }
  }
  return out;
}
