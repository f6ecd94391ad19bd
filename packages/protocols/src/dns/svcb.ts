import { encodeBase64 } from '../bytes/base64.js';
import { hex, ipv4, ipv6, quote, RdataError, type Rdata } from './rdata.js';

const KEYS: Record<number, string> = { 0: 'mandatory', 1: 'alpn', 2: 'no-default-alpn', 3: 'port', 4: 'ipv4hint', 5: 'ech', 6: 'ipv6hint', 7: 'dohpath', 8: 'ohttp' };
const keyName = (k: number): string => KEYS[k] ?? `key${k}`;

/** SvcParams of SVCB/HTTPS (RFC 9460 §2.2) as ` key=value…`; a bad parameter fails the whole record. */
export function renderSvcParams(r: Rdata): string {
  let out = '';
  while (r.left > 0) {
    const key = r.u16();
    const len = r.u16();
    const v = r.bytes(len);
    out += ' ' + keyName(key) + value(key, v);
  }
  return out;
}

function value(key: number, v: Uint8Array): string {
  switch (key) {
    case 0: {
      if (v.length === 0 || v.length % 2) throw new RdataError('bad_svcparam');
      const keys: string[] = [];
      for (let i = 0; i < v.length; i += 2) keys.push(keyName((v[i] << 8) | v[i + 1]));
      return '=' + keys.join(',');
    }
    case 1: {
      const ids: string[] = [];
      for (let i = 0; i < v.length; ) {
        const n = v[i];
        if (n === 0 || i + 1 + n > v.length) throw new RdataError('bad_svcparam');
        ids.push(quote(v.subarray(i + 1, i + 1 + n)).slice(1, -1).replace(/,/g, '\\\\,'));
        i += 1 + n;
      }
      if (ids.length === 0) throw new RdataError('bad_svcparam');
      return `="${ids.join(',')}"`;
    }
    case 2:
      if (v.length !== 0) throw new RdataError('bad_svcparam');
      return '';
    case 3:
      if (v.length !== 2) throw new RdataError('bad_svcparam');
      return `=${(v[0] << 8) | v[1]}`;
    case 4:
    case 6: {
      const size = key === 4 ? 4 : 16;
      if (v.length === 0 || v.length % size) throw new RdataError('bad_svcparam');
      const ips: string[] = [];
      for (let i = 0; i < v.length; i += size) ips.push(key === 4 ? ipv4(v.subarray(i, i + 4)) : ipv6(v.subarray(i, i + 16)));
      return '=' + ips.join(',');
    }
    case 5:
      return '=' + encodeBase64(v);
    default:
      return v.length ? `=${quote(v)}` : '';
  }
}

