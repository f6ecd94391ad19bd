// Table-driven decoder tests: hand-written messages (hex beside what they say), every record type
// the README lists, name compression and its abuse, and every truncated prefix of each fixture.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseMessage, type DnsMessage } from './parse.js';
import { readName } from './name.js';
import { ipv6 } from './rdata.js';
import { hex, msg, name, u16, u32 } from './test-support/build.js';

const ok = (m: Uint8Array): DnsMessage => {
  const r = parseMessage(m);
  assert.ok(r.ok);
  return r.message;
};
const one = (type: number, rdata: number[]): string => {
  const m = ok(msg({ flags: 0x8180, questions: [['x.test', type]], answers: [{ name: 'x.test', type, rdata }] }));
  assert.deepEqual(m.events, []);
  return m.answers[0].data;
};
const str = (s: string): number[] => [s.length, ...Buffer.from(s, 'latin1')];

/** A real dig query: id 0x1bc2, RD AD, api.trawl.test A IN, no EDNS. */
const DIG_QUERY = hex(`
  1bc2 0120 0001 0000 0000 0000
  03 617069 05 747261776c 04 74657374 00  0001 0001`);
/** Its response with a compressed answer name (c00c → offset 12). */
const DIG_RESPONSE = hex(`
  1bc2 8580 0001 0001 0000 0000
  03 617069 05 747261776c 04 74657374 00  0001 0001
  c00c 0001 0001 00000000 0004 0a010203`);

describe('parseMessage: fixtures', () => {
  it('a query', () => {
    const m = ok(DIG_QUERY);
    assert.deepEqual(m.header, { id: 0x1bc2, qr: false, opcode: 0, aa: false, tc: false, rd: true, ra: false, z: false, ad: true, cd: false, rcode: 0, qdcount: 1, ancount: 0, nscount: 0, arcount: 0 });
    assert.deepEqual(m.questions, [{ name: 'api.trawl.test', type: 'A', class: 'IN' }]);
    assert.deepEqual(m.events, []);
  });

  it('a response with a compressed name', () => {
    const m = ok(DIG_RESPONSE);
    assert.equal(m.header.qr, true);
    assert.equal(m.header.aa, true);
    assert.deepEqual(m.answers, [{ name: 'api.trawl.test', type: 'A', ttl: 0, data: '10.1.2.3' }]);
  });

  it('every common type in presentation form', () => {
    assert.equal(one(28, [0xfd, 0, ...Array(13).fill(0), 4]), 'fd00::4');
    assert.equal(one(5, name('web.trawl.test')), 'web.trawl.test');
    assert.equal(one(2, name('ns1.test')), 'ns1.test');
    assert.equal(one(12, name('host.test')), 'host.test');
    assert.equal(one(15, [...u16(10), ...name('mail.test')]), '10 mail.test');
    assert.equal(one(16, [...str('v=spf1 -all'), ...str('a "q"')]), '"v=spf1 -all" "a \\"q\\""');
    assert.equal(one(33, [...u16(10), ...u16(5), ...u16(8080), ...name('web.test')]), '10 5 8080 web.test');
    assert.equal(one(6, [...name('ns.test'), ...name('root.test'), ...u32(2024010101), ...u32(3600), ...u32(600), ...u32(86400), ...u32(300)]), 'ns.test root.test 2024010101 3600 600 86400 300');
    assert.equal(one(257, [0, ...str('issue'), ...Buffer.from('letsencrypt.org')]), '0 issue "letsencrypt.org"');
    assert.equal(one(35, [...u16(100), ...u16(10), ...str('S'), ...str('SIP+D2U'), ...str(''), ...name('_sip._udp.test')]), '100 10 "S" "SIP+D2U" "" _sip._udp.test');
    assert.equal(one(43, [...u16(2371), 13, 2, 0xab, 0xcd]), '2371 13 2 ABCD');
    assert.equal(one(48, [...u16(257), 3, 13, 1, 2, 3]), '257 3 13 AQID');
    assert.equal(one(46, [...u16(1), 13, 2, ...u32(300), ...u32(1700000000), ...u32(1690000000), ...u16(2371), ...name('test'), 1, 2, 3]), 'A 13 2 300 20231114221320 20230722042640 2371 test AQID');
    assert.equal(one(13, [...str('PC'), ...str('Linux')]), '"PC" "Linux"');
    assert.equal(
      one(65, [...u16(1), 0, ...u16(1), ...u16(6), ...str('h3'), ...str('h2'), ...u16(3), ...u16(2), ...u16(443), ...u16(4), ...u16(4), 1, 2, 3, 4]),
      '1 . alpn="h3,h2" port=443 ipv4hint=1.2.3.4',
    );
    assert.equal(one(65280, [1, 2, 0xff]), '\\# 3 0102FF');
  });

  it('EDNS: OPT leaves the additional section, extends the rcode and decodes ECS', () => {
    const opt = { name: '.', type: 41, class: 1232, ttl: 0x01008000, rdata: [...u16(8), ...u16(7), ...u16(1), 24, 0, 10, 1, 2, ...u16(10), ...u16(2), 0xab, 0xcd] };
    const m = ok(msg({ flags: 0x8181, questions: [['x.test', 1]], additionals: [opt] }));
    assert.deepEqual(m.additionals, []);
    assert.deepEqual(m.edns, { udpSize: 1232, extendedRcode: 1, version: 0, do: true, options: [{ code: 'ECS', data: '10.1.2.0/24/0' }, { code: 'COOKIE', data: 'abcd' }] });
    assert.equal(m.rcode, 17);
  });

  it('a record of another class says it; mDNS bits are kept', () => {
    const m = ok(msg({ flags: 0x8400, questions: [['version.bind', 16, 0x8003]], answers: [{ name: 'x.local', type: 1, class: 0x8001, rdata: [1, 2, 3, 4] }, { name: 'v', type: 16, class: 3, rdata: str('9') }] }));
    assert.deepEqual(m.questions, [{ name: 'version.bind', type: 'TXT', class: 'CH', unicastResponse: true }]);
    assert.deepEqual(m.answers, [{ name: 'x.local', type: 'A', ttl: 300, data: '1.2.3.4', cacheFlush: true }, { name: 'v', type: 'TXT', class: 'CH', ttl: 300, data: '"9"' }]);
  });

  it('a bad rdata is an event and RFC 3597 hex, the next record still reads', () => {
    const m = ok(msg({ flags: 0x8180, questions: [['x.test', 1]], answers: [{ name: 'x.test', type: 1, rdata: [1, 2, 3] }, { name: 'x.test', type: 1, rdata: [5, 6, 7, 8] }] }));
    assert.deepEqual(m.answers.map((a) => a.data), ['\\# 3 010203', '5.6.7.8']);
    assert.deepEqual(m.events, ['bad_rdata.A']);
  });

  it('counts that lie: the message ends early → truncated, what was read is kept', () => {
    const m = ok(msg({ questions: [['x.test', 1]], counts: [1, 3, 0, 0] }));
    assert.deepEqual(m.events, ['truncated']);
    assert.equal(m.questions.length, 1);
  });

  it('trailing bytes after the last record', () => {
    const m = ok(Uint8Array.from([...DIG_QUERY, 0, 0]));
    assert.deepEqual(m.events, ['trailing_bytes']);
  });
});

describe('names', () => {
  it('compression, escapes, root', () => {
    const m = Uint8Array.from([...name('a.b'), 1, 0x2e, 0xc0, 0, 2, 0x20, 0x5c, 0, 0]);
    assert.deepEqual(readName(m, 0), { ok: true, name: 'a.b', next: 5 });
    assert.deepEqual(readName(m, 5), { ok: true, name: '\\..a.b', next: 9 });
    assert.deepEqual(readName(m, 9), { ok: true, name: '\\032\\\\', next: 13 });
    assert.deepEqual(readName(m, 13), { ok: true, name: '.', next: 14 });
  });

  it('a pointer loop, a pointer past the end, a deep chain, an extended label, a long name', () => {
    assert.deepEqual(readName(Uint8Array.from([0xc0, 0]), 0), { ok: false, code: 'pointer_depth' });
    assert.deepEqual(readName(Uint8Array.from([0xc0, 9]), 0), { ok: false, code: 'bad_pointer' });
    const chain: number[] = [0];
    for (let i = 0; i < 20; i++) chain.push(0xc0, chain.length - 2 < 0 ? 0 : chain.length - 2);
    assert.deepEqual(readName(Uint8Array.from(chain), chain.length - 2), { ok: false, code: 'pointer_depth' });
    assert.deepEqual(readName(Uint8Array.from([0x41, 0]), 0), { ok: false, code: 'bad_label' });
    const long = Array.from({ length: 5 }, () => [63, ...Array(63).fill(0x61)]).flat();
    assert.deepEqual(readName(Uint8Array.from([...long, 0]), 0), { ok: false, code: 'name_too_long' });
  });

  it('a looping question name is an event, not a hang', () => {
    const m = ok(hex('2223 0100 0001 0000 0000 0000 c00c 0001 0001'));
    assert.deepEqual(m.events, ['bad_name.pointer_depth']);
  });

  it('IPv6 text form (RFC 5952)', () => {
    const b = (s: string) => Uint8Array.from(s.split(':').flatMap((g) => [parseInt(g, 16) >> 8, parseInt(g, 16) & 0xff]));
    assert.equal(ipv6(b('2001:db8:0:0:1:0:0:1')), '2001:db8::1:0:0:1');
    assert.equal(ipv6(b('0:0:0:0:0:0:0:1')), '::1');
    assert.equal(ipv6(b('0:0:0:0:0:ffff:a01:203')), '::ffff:10.1.2.3');
    assert.equal(ipv6(b('2001:db8:1:1:1:1:0:1')), '2001:db8:1:1:1:1:0:1');
  });
});

describe('every truncated prefix', () => {
  const fixtures = [DIG_QUERY, DIG_RESPONSE, msg({ flags: 0x8180, questions: [['a.test', 16]], answers: [{ name: 'a.test', type: 16, rdata: str('hello') }], additionals: [{ name: '.', type: 41, class: 4096, ttl: 0, rdata: [] }] })];
  it('never throws; shorter than a header fails, longer reads as truncated', () => {
    for (const f of fixtures) {
      for (let n = 0; n < f.length; n++) {
        const r = parseMessage(f.subarray(0, n));
        if (n < 12) assert.deepEqual(r, { ok: false, code: 'short_header' });
        else {
          assert.ok(r.ok);
          assert.ok(r.message.events.includes('truncated'), `prefix ${n} of ${f.length}`);
        }
      }
      assert.deepEqual(ok(f).events, []);
    }
  });
});
