// Detection is by content and strict: DNS messages are claimed with the sender's role, other UDP
// protocols (QUIC, NTP, syslog, DHCP, RTP, SNMP), random bytes and other protocols' captures are not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { detectTcp, detectUdp } from './detect.js';
import { answerA, framed, hex, msg, query } from './test-support/build.js';
import { replayDns } from './test-support/replay.js';
import { FIXTURES_DIR, captures } from '../capture/test-support/fixtures.js';

const ascii = (s: string) => new TextEncoder().encode(s);

describe('detect: DNS', () => {
  it('a query is the client, a response the server, over UDP and TCP', () => {
    assert.equal(detectUdp(query('api.trawl.test')), 'client');
    assert.equal(detectUdp(answerA('api.trawl.test', '10.1.2.3')), 'server');
    assert.equal(detectTcp(framed(query('api.trawl.test'))), 'client');
    assert.equal(detectTcp(framed(answerA('api.trawl.test', '10.1.2.3'))), 'server');
  });

  it('mDNS: a response without questions; a query with the unicast-response bit', () => {
    assert.equal(detectUdp(msg({ id: 0, flags: 0x8400, answers: [{ name: 'printer._ipp._tcp.local', type: 12, rdata: [0] }] })), 'server');
    assert.equal(detectUdp(msg({ id: 0, flags: 0, questions: [['_services._dns-sd._udp.local', 12, 0x8001]] })), 'client');
    assert.equal(detectUdp(msg({ id: 0, flags: 0, questions: [['My Printer._ipp._tcp.local', 16]] })), 'client');
  });

  it('DSO over TCP: all counts zero, TLVs after the header', () => {
    const dso = msg({ id: 1, flags: 0x3000 });
    const tlv = Uint8Array.from([...dso, 0, 1, 0, 8, 0, 0, 0x75, 0x30, 0, 0, 0x27, 0x10]);
    assert.equal(detectTcp(framed(tlv)), 'client');
    assert.equal(detectTcp(framed(msg({ id: 1, flags: 0x3000, counts: [0, 1, 0, 0] }))), null);
  });

  it('TCP: more while the header and first question are incomplete, then a verdict', () => {
    const f = framed(query('api.trawl.test'));
    for (let n = 0; n < f.length; n++) assert.equal(detectTcp(f.subarray(0, n)), 'more', `prefix ${n}`);
    assert.equal(detectTcp(f), 'client');
    assert.equal(detectTcp(Uint8Array.from([0, 5, 1, 2, 3, 4, 5])), null);
  });
});

describe('detect: not DNS', () => {
  const quicInitial = hex('c3 00000001 08 0102030405060708 08 1112131415161718 00 4496 ' + 'ab'.repeat(60));
  const quicShort = hex('41 0102030405060708 ' + '5a'.repeat(40));
  const ntpClient = hex('23 00 00 00 00000000 00000000 00000000 0000000000000000 0000000000000000 0000000000000000 e8e1b3c4a1b2c3d4');
  const ntpServer = hex('24 02 03 e8 00000012 0000002a c0a80001 e8e1b3c0 00000000 e8e1b3c4a1b2c3d4 e8e1b3c4a2b2c3d4 e8e1b3c4a3b2c3d4 e8e1b3c4a4b2c3d4');
  const syslog = ascii("<34>Oct 11 22:14:15 mymachine su: 'su root' failed for lonvick on /dev/pts/8");
  const dhcp = hex('01 01 06 00 00030000 0000 0000 00000000 00000000 00000000 00000000 001122334455' + '00'.repeat(202) + '63825363 3501 01 ff');
  const rtp = hex('80 00 1234 00000064 deadbeef' + '7f'.repeat(160));
  const snmp = hex('30 26 02 01 01 04 06 7075626c6963 a0 19 02 04 1234abcd 02 01 00 02 01 00 30 0b 30 09 06 05 2b06010201 05 00');
  const cases: [string, Uint8Array][] = [
    ['QUIC initial', quicInitial],
    ['QUIC short header', quicShort],
    ['NTP client', ntpClient],
    ['NTP server', ntpServer],
    ['syslog', syslog],
    ['DHCP discover', dhcp],
    ['RTP', rtp],
    ['SNMP get', snmp],
    ['HTTP request', ascii('GET / HTTP/1.1\r\nHost: x\r\n\r\n')],
    ['empty', new Uint8Array(0)],
  ];
  for (const [label, bytes] of cases) {
    it(label, () => {
      assert.equal(detectUdp(bytes), null);
      assert.notEqual(detectTcp(bytes), 'client');
      assert.notEqual(detectTcp(bytes), 'server');
    });
  }

  it('a query whose name has control bytes, or type 0, or an unknown class', () => {
    assert.equal(detectUdp(msg({ questions: [['a\x01b', 1]] })), null);
    assert.equal(detectUdp(msg({ questions: [['a.test', 0]] })), null);
    assert.equal(detectUdp(msg({ questions: [['a.test', 1, 77]] })), null);
    assert.equal(detectUdp(msg({ flags: 0x0103, questions: [['a.test', 1]] })), null, 'query with an rcode');
    assert.equal(detectUdp(msg({ flags: 0x3100, questions: [['a.test', 1]] })), null, 'DSO over UDP');
  });

  it('random datagrams are (practically) never DNS', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 0, maxLength: 600 }), (b) => detectUdp(b) === null), { numRuns: 20_000 });
  });

  const http1Dir = fileURLToPath(new URL('../http1/captures/', import.meta.url));
  it('HTTP/1 captures: nothing is DNS', () => {
    for (const f of readdirSync(http1Dir).filter((x) => x.endsWith('.pcap'))) {
      const r = replayDns(http1Dir + f);
      assert.equal(r.entries.filter((e) => e.protocol.name === 'dns').length, 0, f);
    }
  });

  it('every fixture of the other protocols: no DNS entry where tshark saw none', { skip: !existsSync(`${FIXTURES_DIR}/MANIFEST.tsv`) && 'fixtures not present' }, () => {
    let n = 0;
    for (const c of captures()) {
      if (c.path.includes('dns')) continue;
      n++;
      const r = replayDns(`${FIXTURES_DIR}/${c.path}`);
      assert.equal(r.entries.filter((e) => e.protocol.name === 'dns').length, 0, c.path);
    }
    assert.ok(n > 100, `${n} captures`);
  });
});
