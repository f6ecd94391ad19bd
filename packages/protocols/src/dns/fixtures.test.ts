// Exact entries on notable shared fixtures (zeek, deepflow): record types, EDNS, extended rcode,
// TCP reuse, mDNS one-way messages, a duplicate response, dynamic update, a compression bomb.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Entry } from '../entry/types.js';
import { FIXTURES_DIR } from '../capture/test-support/fixtures.js';
import type { DnsRecord } from './parse.js';
import { replayDns } from './test-support/replay.js';

const skip = !existsSync(`${FIXTURES_DIR}/MANIFEST.tsv`) && 'fixtures not present';
const run = (path: string) => replayDns(`${FIXTURES_DIR}/${path}`).entries;
type Any = Record<string, unknown> & { answers?: DnsRecord[]; additionals?: DnsRecord[]; authorities?: DnsRecord[] };
const req = (e: Entry) => e.request as Any;
const res = (e: Entry) => e.response as Any;
const data = (list: DnsRecord[] | undefined) => (list ?? []).map((a) => `${a.type} ${a.data}`);

describe('DNS fixtures: exact entries', { skip }, () => {
  it('zeek/dns-https: HTTPS with alpn and address hints; EDNS cookie', () => {
    const [e] = run('zeek/dns-https.pcap');
    assert.deepEqual([req(e).method, req(e).path, res(e).status, res(e).rcode], ['HTTPS', 'cloudflare.com', 0, 'NOERROR']);
    assert.deepEqual(data(res(e).answers), ['HTTPS 1 . alpn="h3,h3-29,h3-28,h3-27,h2" ipv4hint=104.16.132.229,104.16.133.229 ipv6hint=2606:4700::6810:84e5,2606:4700::6810:85e5']);
    assert.deepEqual(req(e).edns, { udpSize: 4096, extendedRcode: 0, version: 0, do: false, options: [{ code: 'COOKIE', data: '0dd44d9a6c66f6e7' }] });
    assert.deepEqual([e.src.port, e.dst.port, e.transport], [62978, 53, 'udp']);
  });

  it('CAA, NAPTR, SVCB, TXT (several strings)', () => {
    assert.deepEqual(data(res(run('zeek/dns-caa.pcap')[0]).answers), ['CAA 0 issue "symantec.com"']);
    assert.deepEqual(data(res(run('zeek/dns/naptr.pcap')[0]).answers), ['NAPTR 100 100 "s" "SIPS+D2T" "" _sips._tcp.fp-de-carrier-vodafone.rcs.telephony.goog']);
    assert.deepEqual(data(res(run('zeek/dns-svcb.pcap')[0]).answers), ['SVCB 0 foo.example.com']);
    const txt = res(run('zeek/dns-txt-multiple.pcap')[0]).answers!;
    assert.deepEqual(txt.map((a) => a.type), ['CNAME', 'CNAME', 'TXT']);
    assert.match(txt[2].data, /^"k=rsa; p=MIGf[^"]*" "[^"]+"$/);
  });

  it('zeek/dns/dns_extended_rcode: the EDNS extended rcode makes BADVERS (16)', () => {
    const [e] = run('zeek/dns/dns_extended_rcode.pcap');
    assert.deepEqual([req(e).id, res(e).id, res(e).status, res(e).rcode], [42, 42, 16, 'BADVERS']);
  });

  it('zeek/dns-edns-tcp-keepalive: two TCP connections, keepalive option decoded', () => {
    const entries = run('zeek/dns-edns-tcp-keepalive.pcap');
    assert.deepEqual(entries.map((e) => [e.transport, e.protocol.version, req(e).name, res(e).rcode]), [['tcp', 'tcp', 'wikipedia.org', 'NOERROR'], ['tcp', 'tcp', 'wikipedia.org', 'NOERROR']]);
    assert.deepEqual((res(entries[0]).edns as { options: unknown[] }).options[1], { code: 'TCP-KEEPALIVE', data: '370' });
  });

  it('deepflow/dns/dns-tcp-multi: A and AAAA on one TCP connection, SOA in authority', () => {
    const entries = run('deepflow/dns/dns-tcp-multi.pcap');
    assert.deepEqual(entries.map((e) => [req(e).type, data(res(e).answers), res(e).authorities?.length ?? 0]), [['A', ['A 192.168.59.22'], 0], ['AAAA', [], 1]]);
    assert.equal(new Set(entries.map((e) => e.src.port)).size, 1);
  });

  it('zeek/dns-two-responses: the first response pairs, the duplicate is unpaired', () => {
    const entries = run('zeek/dns-two-responses.pcap');
    assert.deepEqual(entries.map((e) => [req(e)?.name ?? null, res(e).rcode, e.anomalies ?? []]), [['www.cmu.edu', 'NOERROR', []], [null, 'NOERROR', ['unpaired']]]);
  });

  it('zeek/dns/mdns-no-assoc: one-way announcements and queries, not paired with each other', () => {
    const entries = run('zeek/dns/mdns-no-assoc.pcap');
    assert.equal(entries.length, 6);
    assert.deepEqual(entries.filter((e) => e.request).map((e) => [req(e).name, e.response]), [['initial-query-a.local', null], ['initial-query-aaaa.local', null], ['v6-initial.local', null]]);
    assert.deepEqual(entries.filter((e) => !e.request).map((e) => data(res(e).answers)[0]), ['A 192.168.0.2', 'AAAA fe80::200:deff:fead:beef', 'AAAA fe80::1']);
  });

  it('zeek/dns/dynamic-update: UPDATE with deletions (empty rdata of class ANY) is not malformed', () => {
    const entries = run('zeek/dns/dynamic-update.pcap');
    assert.deepEqual(entries.map((e) => [req(e).opcode, req(e).type, res(e).rcode, e.anomalies]), [['UPDATE', 'SOA', 'REFUSED', undefined], ['UPDATE', 'SOA', 'NOERROR', undefined]]);
  });

  it('malformed records are events on the entry, never a lost message', () => {
    const [svcb] = run('zeek/dns/svcb-port-malformed.pcap');
    assert.deepEqual([svcb.anomalies, data(res(svcb).answers)], [['malformed'], ['HTTPS \\# 10 0001000003000301BB00']]);
    assert.equal(run('zeek/dns/max-compression-depth.pcap').length, 1);
    assert.equal(run('zeek/dns-edns-ecs-weirds.pcap').every((e) => e.anomalies?.includes('malformed')), true);
  });

  it('zeek/dns-edns-ecs: responses split in IP fragments are reassembled (UDP checksum not checked)', () => {
    const r = replayDns(`${FIXTURES_DIR}/zeek/dns-edns-ecs.pcap`);
    assert.deepEqual([r.stats.counters['ip.fragments'], r.stats.counters['ip.reassembled']], [8, 4]);
    const big = r.entries.filter((e) => e.transport === 'udp' && e.responseSize > 1400);
    assert.ok(big.length >= 4, `${big.length} large UDP responses`);
    assert.ok(big.every((e) => e.anomalies === undefined || !e.anomalies.includes('truncated')));
  });

  it('zeek/dns/proto255: not DNS (IP protocol 255), nothing', () => {
    assert.deepEqual(run('zeek/dns/proto255.pcap'), []);
  });
});
