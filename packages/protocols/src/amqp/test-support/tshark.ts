// tshark as the oracle for AMQP: per connection, the method frames it dissects (as class.method
// names), its content header frames and all its frames. Needs tshark on PATH.
import { execFile } from 'node:child_process';
import { connKey, normalizeIp } from '../../http1/test-support/tshark.js';
import { methodName } from '../methods.js';

export interface OracleConn {
  methods: string[];
  headers: number;
  frames: number;
}

export function tsharkAmqp(file: string, decodeAs: string[]): Promise<Map<string, OracleConn>> {
  const args = ['-r', file, '-n', '-Y', 'amqp', '-T', 'fields', '-E', 'separator=/t', '-E', 'occurrence=a', '-E', 'aggregator=,'];
  for (const d of decodeAs) args.push('-d', d);
  for (const f of ['ip.src', 'ipv6.src', 'tcp.srcport', 'ip.dst', 'ipv6.dst', 'tcp.dstport', 'amqp.type', 'amqp.method.class', 'amqp.method.method']) args.push('-e', f);
  return new Promise((resolve, reject) => {
    execFile('tshark', args, { maxBuffer: 1 << 26, encoding: 'utf8' }, (err, stdout) => {
      if (err) return reject(new Error(`tshark ${args.join(' ')}: ${err.message}`));
      const conns = new Map<string, OracleConn>();
      for (const line of stdout.split('\n')) {
        if (!line) continue;
        const [src4, src6, sport, dst4, dst6, dport, types, classes, methods] = line.split('\t');
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
      resolve(conns);
    });
  });
}

export function tsharkAvailable(): Promise<boolean> {
  return new Promise((resolve) => execFile('tshark', ['--version'], (err) => resolve(!err)));
}
