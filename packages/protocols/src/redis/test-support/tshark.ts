// tshark as the oracle for Redis: which packets it dissects as RESP, per direction, and the
// payload bytes of each direction (retransmissions excluded). tshark 4.0 counts RESP by packet,
// not by message (fixtures README), so the test compares packets as a bound and bytes exactly.
import { execFile } from 'node:child_process';

export interface RespPackets {
  reqPkts: number;
  respPkts: number;
  /** Payload bytes sent by clients / by servers. */
  clientBytes: number;
  serverBytes: number;
}

export function tsharkAvailable(): Promise<boolean> {
  return new Promise((resolve) => execFile('tshark', ['--version'], (err) => resolve(!err)));
}

/** `ports`: the server ports; each is decoded as RESP (decode-as), as the MANIFEST's forced pass does. */
export function tsharkResp(file: string, ports: number[]): Promise<RespPackets> {
  const args = ['-r', file, '-n', '-Y', 'tcp.len > 0 && !tcp.analysis.retransmission', '-T', 'fields', '-E', 'separator=/t'];
  for (const p of ports) if (p !== 6379) args.push('-d', `tcp.port==${p},resp`);
  for (const f of ['tcp.srcport', 'tcp.dstport', 'tcp.len', 'frame.protocols']) args.push('-e', f);
  return new Promise((resolve, reject) => {
    execFile('tshark', args, { maxBuffer: 1 << 26, encoding: 'utf8' }, (err, stdout) => {
      if (err) return reject(new Error(`tshark ${args.join(' ')}: ${err.message}`));
      const out: RespPackets = { reqPkts: 0, respPkts: 0, clientBytes: 0, serverBytes: 0 };
      for (const line of stdout.split('\n')) {
        if (!line) continue;
        const [sport, dport, len, protocols] = line.split('\t');
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
      resolve(out);
    });
  });
}
