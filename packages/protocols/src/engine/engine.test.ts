// The real Engine with the HTTP/1 dissector, driven by hand-built packets.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Entry, HttpRequest, HttpResponse } from '../entry/types.js';
import { http1Dissector } from '../http1/index.js';
import type { EngineLimits } from '../limits.js';
import { TCP_ACK, TCP_FIN, TCP_RST, type DecodedPacket } from '../net/packet.js';
import { Engine, type EngineOptions } from './engine.js';
import { Conversation } from './test-support/conversation.js';
import { DissectorRegistry } from './registry.js';
import type { Dissector } from './types.js';

const T0 = 1_700_000_000_000;

function engine(options: Partial<EngineOptions> & { limits?: Partial<EngineLimits> } = {}) {
  const entries: Entry[] = [];
  const e = new Engine({ dissectors: [http1Dissector], node: 'n1', captureId: 'cap', onEntry: (x) => entries.push(x), ...options });
  const feed = (packets: DecodedPacket[]) => {
    for (const p of packets) e.packet(p);
  };
  return { e, entries, feed };
}

const rq = (x: Entry) => x.request as unknown as HttpRequest;
const rs = (x: Entry) => x.response as unknown as HttpResponse;
/** method path → status, or `-` for a missing side. */
const line = (x: Entry) => `${x.request ? `${rq(x).method} ${rq(x).path}` : '-'} → ${x.response ? rs(x).status : '-'}`;

const GET = (path: string, extra = '') => `GET ${path} HTTP/1.1\r\nHost: example\r\n${extra}\r\n`;
const OK = (body: string) => `HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\n\r\n${body}`;

/** A keep-alive conversation of `paths` on a fresh connection, with handshake and FINs. */
function keepAlive(conv: Conversation, paths: string[]): DecodedPacket[] {
  const out = conv.handshake();
  for (const p of paths) out.push(conv.c(GET(p)), conv.s(OK(`body of ${p}`)));
  return [...out, ...conv.close()];
}

describe('Engine with HTTP/1', () => {
  it('a keep-alive conversation gives exact entries, ids, peers and timestamps', () => {
    const { e, entries, feed } = engine();
    const conv = new Conversation({ ts: T0 });
    const packets = keepAlive(conv, ['/a', '/b']);
    feed(packets);
    // Both FINs close the connection: entries are out before finish().
    assert.equal(entries.length, 2);
    e.finish();
    assert.deepEqual(
      entries.map((x) => ({ id: x.id, node: x.node, src: x.src, dst: x.dst, ts: x.timestamp, el: x.elapsedTime, line: line(x), body: rs(x).body?.text })),
      [
        { id: 'n1/cap-0-0', node: 'n1', src: { ip: '10.0.0.1', port: 40000 }, dst: { ip: '10.0.0.2', port: 80 }, ts: T0 + 3, el: 1, line: 'GET /a → 200', body: 'body of /a' },
        { id: 'n1/cap-0-1', node: 'n1', src: { ip: '10.0.0.1', port: 40000 }, dst: { ip: '10.0.0.2', port: 80 }, ts: T0 + 5, el: 1, line: 'GET /b → 200', body: 'body of /b' },
      ],
    );
    assert.equal(entries[0].anomalies, undefined);
    const s = e.syncBudgetStats();
    assert.deepEqual(
      [s.packets, s.tcpPackets, s.tcpStreams, s.entries, s.unpairedRequests, s.unpairedResponses, s.unknownStreams, s.gaps, s.retransmittedBytes],
      [packets.length, packets.length, 1, 2, 0, 0, 0, 0, 0],
    );
    assert.equal(e.pendingBytes, 0);
  });

  it('detects HTTP by content on any port', () => {
    for (const port of [22, 5432, 31337]) {
      const { e, entries, feed } = engine();
      feed(keepAlive(new Conversation({ serverPort: port }), ['/x']));
      e.finish();
      assert.deepEqual(entries.map(line), ['GET /x → 200'], `port ${port}`);
      assert.equal(entries[0].dst.port, port);
    }
  });

  it('a stream seen mid-way (no SYN) starting at a request works', () => {
    const { e, entries, feed } = engine();
    const conv = new Conversation({ clientIsn: 0x12345678, serverIsn: 0xfffffff0 });
    feed([conv.c(GET('/mid')), conv.s(OK('0123456789abcdefghij')), conv.c(GET('/next')), conv.s(OK('n'))]);
    e.finish();
    assert.deepEqual(entries.map(line), ['GET /mid → 200', 'GET /next → 200']);
    assert.equal(rs(entries[0]).body?.text, '0123456789abcdefghij'); // crossed the seq wrap
    assert.deepEqual(entries[0].src, { ip: '10.0.0.1', port: 40000 });
  });

  it('a stream whose first captured bytes are mid-body resynchronises on the next request', () => {
    const { e, entries, feed } = engine();
    const conv = new Conversation();
    feed([
      conv.s('tail of a body we missed the start of\n'),
      conv.s('<p>more of it</p>\n'),
      conv.c(GET('/after')),
      conv.s(OK('fine')),
    ]);
    e.finish();
    const paired = entries.filter((x) => x.request && x.response);
    assert.deepEqual(paired.map(line), ['GET /after → 200']);
    assert.deepEqual(paired[0].src, { ip: '10.0.0.1', port: 40000 });
    assert.equal(e.stats.unknownStreams, 0);
  });

  it('a SYN-ACK seen before the SYN still names the client right', () => {
    const { e, entries, feed } = engine();
    const conv = new Conversation();
    const [syn, synAck, ack] = conv.handshake();
    feed([synAck, syn, ack, conv.c(GET('/r')), conv.s(OK('x')), ...conv.close()]);
    e.finish();
    assert.deepEqual(entries.map(line), ['GET /r → 200']);
    assert.deepEqual([entries[0].src.port, entries[0].dst.port], [40000, 80]);
  });

  it('the server speaking first (no handshake) still names the client right', () => {
    const { e, entries, feed } = engine();
    const conv = new Conversation();
    feed([conv.s(OK('late response')), conv.c(GET('/r')), conv.s(OK('x'))]);
    e.finish();
    assert.deepEqual(
      entries.map((x) => [line(x), x.src.port, x.dst.port]),
      [
        ['- → 200', 40000, 80],
        ['GET /r → 200', 40000, 80],
      ],
    );
  });

  it('a FIN that overtakes the last data segment still ends the response and closes the connection', () => {
    const { e, entries, feed } = engine();
    const conv = new Conversation();
    const hs = conv.handshake();
    const req = conv.c('GET /old HTTP/1.0\r\n\r\n');
    const head = conv.s('HTTP/1.0 200 OK\r\n\r\n'); // no length: the body ends with the FIN
    const body = conv.s('until close');
    const sfin = conv.packet(false, TCP_FIN | TCP_ACK);
    const cfin = conv.packet(true, TCP_FIN | TCP_ACK);
    const last = conv.packet(false, TCP_ACK);
    feed([...hs, req, head, sfin, body, cfin, last]); // the server's FIN overtook its last segment
    assert.deepEqual(entries.map(line), ['GET /old → 200']); // before finish(): the connection closed
    assert.equal(rs(entries[0]).body?.text, 'until close');
    assert.equal(entries[0].anomalies, undefined);
    assert.equal(e.openConnections, 1); // closed, lingering for late retransmissions
    e.finish();
    assert.equal(entries.length, 1);
  });

  it('RST closes the connection and flushes the unpaired request at once', () => {
    const { e, entries, feed } = engine();
    const conv = new Conversation();
    feed([...conv.handshake(), conv.c(GET('/never')), conv.rst(false)]);
    assert.deepEqual(entries.map(line), ['GET /never → -']);
    assert.ok(entries[0].anomalies?.includes('unpaired'));
    assert.equal(e.stats.unpairedRequests, 1);
    e.finish();
    assert.equal(entries.length, 1);
  });

  it('a connection silent past idleTimeoutMs is flushed as other connections advance time', () => {
    const { e, entries, feed } = engine({ limits: { idleTimeoutMs: 10_000 } });
    const a = new Conversation({ clientPort: 1111, ts: T0 });
    feed([...a.handshake(), a.c(GET('/idle'))]);
    const b = new Conversation({ clientPort: 2222, ts: T0 + 5_000, step: 1_000 });
    feed(b.handshake()); // up to T0 + 7 s: not idle yet
    assert.equal(entries.length, 0);
    feed([b.c(GET('/b1')), b.s(OK('1')), b.c(GET('/b2'))]); // up to T0 + 10 s: still not idle
    assert.deepEqual(entries.map(line), ['GET /b1 → 200']);
    feed([b.s(OK('2'))]); // T0 + 11 s: /idle has been silent for more than 10 s
    assert.deepEqual(entries.map(line), ['GET /b1 → 200', 'GET /idle → -', 'GET /b2 → 200']);
    assert.equal(e.stats.idleEvictions, 1);
    assert.equal(e.openConnections, 1);
    e.finish();
    assert.equal(entries.length, 3);
  });

  it('maxConnections evicts the least recently active connection, counted', () => {
    const { e, entries, feed } = engine({ limits: { maxConnections: 2 } });
    const convs = [1, 2, 3].map((i) => new Conversation({ clientPort: 1000 + i, ts: T0 + i * 10 }));
    for (const c of convs) feed([...c.handshake(), c.c(GET(`/${c.clientPort}`))]);
    assert.deepEqual(entries.map(line), ['GET /1001 → -']);
    assert.equal(e.stats.connectionEvictions, 1);
    assert.equal(e.stats.counters['limit.maxConnections'], 1);
    assert.equal(e.openConnections, 2);
    e.finish();
    assert.equal(entries.length, 3);
    assert.deepEqual(entries.map((x) => x.id).sort(), ['n1/cap-0-0', 'n1/cap-1-0', 'n1/cap-2-0']);
  });

  it('a new SYN with another ISN on a closed 4-tuple starts a new connection', () => {
    const { e, entries, feed } = engine();
    feed(keepAlive(new Conversation({ clientIsn: 100, ts: T0 }), ['/first']));
    feed(keepAlive(new Conversation({ clientIsn: 900_000, ts: T0 + 100 }), ['/second']));
    e.finish();
    assert.deepEqual(
      entries.map((x) => [x.id, line(x)]),
      [
        ['n1/cap-0-0', 'GET /first → 200'],
        ['n1/cap-1-0', 'GET /second → 200'],
      ],
    );
    assert.equal(e.stats.tcpStreams, 2);
  });

  it('a SYN retransmitted after the close (same ISN) does not start a connection', () => {
    const { e, entries, feed } = engine();
    const conv = new Conversation({ clientIsn: 100 });
    const packets = keepAlive(conv, ['/only']);
    const lateSyn = { ...packets[0], ts: conv.ts + 1 };
    const lateSynAck = { ...packets[1], ts: conv.ts + 2 };
    feed([...packets, lateSyn, lateSynAck]);
    e.finish();
    assert.deepEqual(entries.map(line), ['GET /only → 200']);
    assert.equal(e.stats.tcpStreams, 1);
  });

  it('a late retransmission after the close creates no entry', () => {
    const { e, entries, feed } = engine();
    const conv = new Conversation();
    const packets = keepAlive(conv, ['/once']);
    feed(packets);
    const request = packets[3];
    feed([{ ...request, ts: conv.ts + 100 }, { ...packets[4], ts: conv.ts + 101 }]);
    e.finish();
    assert.deepEqual(entries.map(line), ['GET /once → 200']);
    assert.equal(e.stats.counters['tcp.after_close'], 2);
    assert.equal(e.stats.tcpStreams, 1);
  });

  it('a stray bare ACK or RST for an unknown 4-tuple opens nothing', () => {
    const { e, feed } = engine();
    const conv = new Conversation();
    feed([conv.packet(true, TCP_ACK), conv.rst(false), conv.packet(false, TCP_RST)]);
    e.finish();
    assert.deepEqual([e.stats.tcpStreams, e.stats.tcpPackets, e.openConnections], [0, 3, 0]);
  });

  it('a stream no dissector knows is counted in unknownStreams', () => {
    const { e, entries, feed } = engine();
    const ssh = new Conversation({ serverPort: 22 });
    feed([...ssh.handshake(), ssh.s('SSH-2.0-OpenSSH_9.6\r\n'), ssh.c('SSH-2.0-OpenSSH_9.6\r\n'), ssh.c(new Uint8Array(300).fill(7)), ...ssh.close()]);
    const bin = new Conversation({ clientPort: 2, serverPort: 5432 });
    feed([...bin.handshake(), bin.c(Uint8Array.of(0, 0, 0, 8, 4, 0xd2, 0x16, 0x2f)), bin.s('N')]);
    e.finish();
    assert.equal(entries.length, 0);
    assert.equal(e.stats.unknownStreams, 2);
    assert.equal(e.stats.tcpStreams, 2);
  });

  it('counts packets, streams, entries and unpaired messages exactly', () => {
    const { e, feed } = engine();
    const a = new Conversation({ clientPort: 1 });
    const b = new Conversation({ clientPort: 2 });
    const packets = [
      ...keepAlive(a, ['/1', '/2', '/3']),
      ...b.handshake(),
      b.c(GET('/lost')),
      b.s(OK('ok')),
      b.c(GET('/unanswered')),
      b.packet(false, 0x10), // a bare ACK: counted as a packet, nothing else
    ];
    feed(packets);
    e.otherPacket();
    e.finish();
    const s = e.syncBudgetStats();
    assert.deepEqual(
      { packets: s.packets, tcp: s.tcpPackets, other: s.otherPackets, streams: s.tcpStreams, entries: s.entries, uq: s.unpairedRequests, ur: s.unpairedResponses, open: e.openConnections },
      { packets: packets.length + 1, tcp: packets.length, other: 1, streams: 2, entries: 5, uq: 1, ur: 0, open: 0 },
    );
  });

  it('redacts secrets by default, keeps them with redact: false', () => {
    for (const redact of [undefined, false] as const) {
      const { e, entries, feed } = engine(redact === false ? { redact } : {});
      const conv = new Conversation();
      feed([...conv.handshake(), conv.c(GET('/me?token=s3cret&x=1', 'Authorization: Bearer abc\r\n')), conv.s(OK('{}'))]);
      e.finish();
      const req = rq(entries[0]);
      if (redact === false) {
        assert.equal(req.headers['authorization'], 'Bearer abc');
        assert.equal(req.queryString['token'], 's3cret');
      } else {
        assert.equal(req.headers['authorization'], '[redacted]');
        assert.equal(req.queryString['token'], '[redacted]');
        assert.equal(req.queryString['x'], '1');
      }
    }
  });

  it('out-of-order and duplicated segments inside the engine still give one exact entry', () => {
    const { e, entries, feed } = engine();
    const conv = new Conversation();
    const hs = conv.handshake();
    const r1 = conv.c('GET /split HTTP/1.1\r\n');
    const r2 = conv.c('Host: x\r\n\r\n');
    const s1 = conv.s('HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\n');
    const s2 = conv.s('abc');
    const s3 = conv.s('def');
    feed([...hs, r2, r1, r2, s1, s3, s1, s2, ...conv.close()]);
    e.finish();
    assert.deepEqual(entries.map(line), ['GET /split → 200']);
    assert.equal(rs(entries[0]).body?.text, 'abcdef');
    assert.equal(e.syncBudgetStats().retransmittedBytes, r2.payload.length + s1.payload.length);
    assert.equal(e.stats.gaps, 0);
  });
});

describe('Engine edge cases of real captures', () => {
  it('a payload cut by the snaplen becomes a gap at once, and the body stays in step', () => {
    const { e, entries, feed } = engine();
    const conv = new Conversation({ ts: T0 });
    const body = 'x'.repeat(100);
    const pkts = [...conv.handshake(), conv.c(GET('/cut'))];
    const resp = conv.s(`HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n${body}`);
    // Only the first 60 bytes of the response were captured.
    feed([...pkts, { ...resp, payload: resp.payload.subarray(0, 60), payloadWireLength: resp.payload.length }]);
    // No ACK and no close yet: the entry must already be out, with the lost bytes counted.
    assert.equal(entries.length, 1);
    assert.equal(rs(entries[0]).status, 200);
    assert.equal(rs(entries[0]).body?.size, 100);
    assert.equal(e.syncBudgetStats().gapBytes, resp.payload.length - 60);
    feed([conv.c(GET('/next')), conv.s(OK('fine'))]);
    assert.deepEqual(entries.map(line), ['GET /cut → 200', 'GET /next → 200']);
  });

  it('a new SYN on a 4-tuple picked up mid-stream starts a new connection', () => {
    const { e, entries, feed } = engine();
    const old = new Conversation({ ts: T0, clientIsn: 7000 });
    feed([old.c(GET('/old')), old.s(OK('a'))]); // no handshake seen, no close seen
    const fresh = new Conversation({ ts: T0 + 50, clientIsn: 90000 });
    feed(keepAlive(fresh, ['/new']));
    assert.deepEqual(entries.map(line), ['GET /old → 200', 'GET /new → 200']);
    assert.equal(e.stats.tcpStreams, 2);
  });

  it('a connection picked up in the middle of a large download finds the next request', () => {
    const { entries, feed } = engine();
    const conv = new Conversation({ ts: T0 });
    const segments: DecodedPacket[] = [];
    for (let i = 0; i < 100; i++) segments.push(conv.s('y'.repeat(1000) + '\n'));
    feed([...segments, conv.c(GET('/after')), conv.s(OK('ok'))]);
    assert.deepEqual(entries.map(line), ['GET /after → 200']);
  });
});

describe('Engine guards and enrichers', () => {
  it('a dissector that throws is counted and dropped; other connections go on', () => {
    const boom: Dissector = {
      name: 'boom',
      transport: 'tcp',
      detect: (b) => (b[0] === 0x42 ? 'client' : null),
      createSession: () => ({
        feed() {
          throw new Error('bug');
        },
        gap() {},
        end() {},
        close() {},
      }),
    };
    const { e, entries, feed } = engine({ dissectors: [boom, http1Dissector] });
    const bad = new Conversation({ ts: T0, clientPort: 41000 });
    feed([...bad.handshake(), bad.c('B not http'), bad.c('B again'), ...bad.close()]);
    const good = new Conversation({ ts: T0 + 10 });
    feed(keepAlive(good, ['/ok']));
    e.finish();
    assert.equal(e.stats.counters['boom.internal_error'], 1);
    assert.deepEqual(entries.map(line), ['GET /ok → 200']);
  });

  it('enrichers refine entries; one that throws is counted and the entry is kept', () => {
    const registry = new DissectorRegistry([http1Dissector], [
      { name: 'tag', enrich: (x) => void (x.protocol = { ...x.protocol, name: 'tagged' }) },
      { name: 'bad', enrich: () => { throw new Error('bug'); } },
    ]);
    const { e, entries, feed } = engine({ dissectors: registry });
    feed(keepAlive(new Conversation({ ts: T0 }), ['/a']));
    e.finish();
    assert.deepEqual(entries.map((x) => x.protocol.name), ['tagged']);
    assert.equal(e.stats.counters['enricher.bad.error'], 1);
  });
});
