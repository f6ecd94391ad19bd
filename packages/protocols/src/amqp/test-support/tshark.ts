// tshark as the oracle for AMQP: per connection, the method frames it dissects (as class.method
// names), its content header frames and all its frames. Needs tshark on PATH.
import { connKey, normalizeIp, tsharkFields } from '../../capture/test-support/tshark.js';
import { methodName } from '../methods.js';

export interface OracleConn {
  methods: string[];
  headers: number;
  frames: number;
}

export { tsharkAvailable } from '../../capture/test-support/tshark.js';

export async function tsharkAmqp(file: string, decodeAs: string[]): Promise<Map<string, OracleConn>> {
  const rows = await tsharkFields(file, { filter: 'amqp', decodeAs, fields: ['ip.src', 'ipv6.src', 'tcp.srcport', 'ip.dst', 'ipv6.dst', 'tcp.dstport', 'amqp.type', 'amqp.method.class', 'amqp.method.method'] });
  const conns = new Map<string, OracleConn>();
  for (const [src4, src6, sport, dst4, dst6, dport, types, classes, methods] of rows) {
    const key = connKey(`${normalizeIp(src6 || src4)} ${sport}`, `${normalizeIp(dst6 || dst4)} ${dport}`);
    let c = conns.get(key);
    if (!c) conns.set(key, (c = { methods: [], headers: 0, frames: 0 }));
    const ts = types ? types.split(',') : [];
    c.frames += ts.length;
    c.headers += ts.filter((t) => t === '2').length;
    const cs = classes ? classes.split(',') : [];
    const ms = methods ? methods.split(',') : [];
    cs.forEach((cl, i) => c!.methods.push(methodName(Number(cl), Number(ms[i]))));
  }
  return conns;
}
