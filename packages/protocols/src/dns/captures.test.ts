// Our own captures (captures/record.mjs: dig against dnsmasq on 127.0.0.1:5300, a port no table
// maps to DNS, over UDP and TCP) replayed through the real engine: exact entries, plus the golden
// file beside each pcap.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Entry } from '../entry/types.js';
import { assertGolden } from '../capture/test-support/golden.js';
import type { DnsRecord } from './parse.js';
import { replayDns } from './test-support/replay.js';

const DIR = fileURLToPath(new URL('./captures/', import.meta.url));
const PORT = 5300;
type Req = { method: string; path: string; name: string; type: string; id: number; opcode: string; flags: Record<string, boolean>; edns?: { udpSize: number } };
type Res = { status: number; rcode: string; id: number; flags: Record<string, boolean>; answers: DnsRecord[]; additionals?: DnsRecord[]; authorities?: DnsRecord[] };
const rq = (e: Entry) => e.request as unknown as Req;
const rs = (e: Entry) => e.response as unknown as Res;
const rr = (list: DnsRecord[] | undefined) => (list ?? []).map((a) => `${a.name} ${a.ttl} ${a.type} ${a.data}`);

/** What dnsmasq answers for each query of record.mjs (its local records have TTL 0). */
const EXPECTED: [string, string, string, string[], string[]][] = [
  ['A', 'api.trawl.test', 'NOERROR', ['api.trawl.test 0 A 10.1.2.3'], []],
  ['AAAA', 'web.trawl.test', 'NOERROR', ['web.trawl.test 0 AAAA fd00::4'], []],
  ['MX', 'trawl.test', 'NOERROR', ['trawl.test 0 MX 10 mail.trawl.test'], ['mail.trawl.test 0 A 10.1.2.5']],
  ['TXT', 'txt.trawl.test', 'NOERROR', ['txt.trawl.test 0 TXT "v=spf1 -all" "second string"'], []],
  ['SRV', '_http._tcp.trawl.test', 'NOERROR', ['_http._tcp.trawl.test 0 SRV 10 5 8080 web.trawl.test'], ['web.trawl.test 0 A 10.1.2.4', 'web.trawl.test 0 AAAA fd00::4']],
  ['A', 'alias.trawl.test', 'NOERROR', ['alias.trawl.test 0 CNAME web.trawl.test', 'web.trawl.test 0 A 10.1.2.4'], []],
  ['A', 'missing.trawl.test', 'NXDOMAIN', [], []],
  ['PTR', '4.2.1.10.in-addr.arpa', 'NOERROR', ['4.2.1.10.in-addr.arpa 0 PTR web.trawl.test'], []],
];

function common(e: Entry, transport: 'udp' | 'tcp'): void {
  assert.deepEqual(e.protocol, { name: 'dns', version: transport, abbr: 'DNS' });
  assert.equal(e.transport, transport);
  assert.deepEqual([e.src.ip, e.dst.ip, e.dst.port], ['127.0.0.1', '127.0.0.1', PORT]);
  assert.ok(e.request && e.response, 'paired');
  assert.equal(rq(e).id, rs(e).id);
  assert.equal(rq(e).opcode, 'QUERY');
  assert.deepEqual([rq(e).flags.rd, rs(e).flags.ra, rs(e).flags.aa], [true, true, rs(e).rcode === 'NOERROR'], 'dnsmasq is authoritative for its records, not for --local NXDOMAIN');
  assert.equal(rq(e).edns?.udpSize, 1232, 'dig sends EDNS');
  assert.ok(e.elapsedTime !== null && e.elapsedTime >= 0 && e.elapsedTime < 100);
  assert.equal(e.anomalies, undefined);
}

function table(entries: Entry[]) {
  return entries.map((e) => [rq(e).method, rq(e).path, rs(e).rcode, rr(rs(e).answers), rr(rs(e).additionals).sort()]);
}

describe('DNS captures (dig → dnsmasq on port 5300)', () => {
  it('udp: one flow per query, every type, NXDOMAIN, PTR; sizes are the datagrams', () => {
    const r = replayDns(`${DIR}udp.pcap`);
    assert.deepEqual(table(r.entries), EXPECTED.map((x) => [...x.slice(0, 4), [...x[4]].sort()]));
    for (const e of r.entries) common(e, 'udp');
    assert.deepEqual([r.stats.udpFlows, r.stats.udpUnknownFlows, r.stats.tcpStreams, r.stats.parseErrors], [8, 0, 0, 0]);
    assert.deepEqual(r.entries.map((e) => rs(e).status), [0, 0, 0, 0, 0, 0, 3, 0]);
    // api.trawl.test A: 12 header + 16 name + 4 + 11 OPT + 12 cookie option.
    assert.deepEqual([r.entries[0].requestSize, r.entries[0].responseSize], [55, 59]);
    assert.equal(new Set(r.entries.map((e) => e.src.port)).size, 8);
  });

  it('tcp: one connection per query (dig +tcp); sizes include the length prefix', () => {
    const r = replayDns(`${DIR}tcp.pcap`);
    assert.deepEqual(table(r.entries), EXPECTED.map((x) => [...x.slice(0, 4), [...x[4]].sort()]));
    for (const e of r.entries) common(e, 'tcp');
    assert.deepEqual([r.stats.tcpStreams, r.stats.udpFlows, r.stats.unknownStreams, r.stats.parseErrors], [8, 0, 0, 0]);
    assert.deepEqual([r.entries[0].requestSize, r.entries[0].responseSize], [57, 61]);
  });

  it('tcp-keepopen: three queries on one connection, in order', () => {
    const r = replayDns(`${DIR}tcp-keepopen.pcap`);
    assert.deepEqual(table(r.entries), [EXPECTED[0], EXPECTED[1], EXPECTED[6]]);
    for (const e of r.entries) common(e, 'tcp');
    assert.equal(new Set(r.entries.map((e) => e.src.port)).size, 1);
    assert.equal(r.stats.tcpStreams, 1);
  });

  for (const name of ['udp', 'tcp', 'tcp-keepopen']) {
    it(`${name}.golden.jsonl`, () => {
      assertGolden(`${DIR}${name}`, replayDns(`${DIR}${name}.pcap`).entries);
    });
  }
});
