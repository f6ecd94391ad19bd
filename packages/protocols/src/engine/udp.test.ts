// The engine's UDP path (engine/udp.ts) with a toy datagram protocol: flows pair both directions,
// detection by content names the client, undetected flows become unknown, idle flows close,
// the flow table is bounded, a throwing session is contained.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Entry } from '../entry/types.js';
import type { DecodedPacket } from '../net/packet.js';
import type { EngineLimits } from '../limits.js';
import { Engine } from './engine.js';
import type { ChunkMeta, Direction, Dissector, SessionContext } from './types.js';
import { UDP_DETECT_DATAGRAMS, UDP_IDLE_TIMEOUT_MS } from './udp.js';

const T0 = 1_700_000_000_000;
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

interface Fed {
  dir: Direction;
  text: string;
  meta: ChunkMeta;
}

/**
 * `Q…` datagrams are requests, `R…` responses; `X` throws. One entry per datagram, emitted at once.
 * With `idle`, a session says it holds nothing once the requests it saw are all answered (`I` as
 * a response makes `idle()` throw).
 */
function toy(log: Fed[], closes: number[] = [], idle = false): Dissector {
  return {
    name: 'toy',
    transport: 'udp',
    detect: (b) => (b[0] === 0x51 ? 'client' : b[0] === 0x52 ? 'server' : null),
    createSession(ctx: SessionContext) {
      let open = 0;
      let broken = false;
      return {
        ...(idle
          ? {
              idle: () => {
                if (broken) throw new Error('idle boom');
                return open === 0;
              },
            }
          : {}),
        feed(dir, bytes, meta) {
          if (bytes[0] === 0x58) throw new Error('boom');
          if (bytes[0] === 0x49) broken = true;
          open += bytes[0] === 0x51 ? 1 : open > 0 ? -1 : 0;
          log.push({ dir, text: dec(bytes), meta });
          ctx.emit({ timestamp: meta.ts, elapsedTime: null, protocol: { name: 'toy', version: '1', abbr: 'TOY' }, request: { text: dec(bytes) }, response: null, requestSize: bytes.length, responseSize: 0 });
        },
        gap() {},
        end() {},
        close(ts) {
          closes.push(ts);
        },
      };
    },
  };
}

const udp = (src: string, dst: string, text: string, ts: number): DecodedPacket => {
  const [sip, sport] = src.split(':');
  const [dip, dport] = dst.split(':');
  const payload = enc(text);
  return { ts, ipVersion: 4, srcIp: sip, dstIp: dip, transport: 'udp', srcPort: Number(sport), dstPort: Number(dport), seq: 0, ack: 0, flags: 0, payload, payloadWireLength: payload.length };
};

function setup(limits: Partial<EngineLimits> = {}, idle = false) {
  const log: Fed[] = [];
  const closes: number[] = [];
  const entries: Entry[] = [];
  const e = new Engine({ dissectors: [toy(log, closes, idle)], node: 'n', captureId: 'c', limits, onEntry: (x) => entries.push(x) });
  return { e, log, closes, entries };
}

const A = '10.0.0.1:40000';
const B = '10.0.0.2:5300';

describe('Engine UDP path', () => {
  it('both directions are one flow; one feed per datagram, running offsets, peerAck -1, transport udp', () => {
    const { e, log, entries } = setup();
    e.packet(udp(A, B, 'Qone', T0));
    e.packet(udp(B, A, 'Rone!', T0 + 1));
    e.packet(udp(A, B, 'Qtwo', T0 + 2));
    e.finish();
    assert.equal(e.stats.udpFlows, 1);
    assert.equal(e.stats.udpPackets, 3);
    assert.deepEqual(log.map((f) => [f.dir, f.text, f.meta.offset, f.meta.peerAck]), [[0, 'Qone', 0, -1], [1, 'Rone!', 0, -1], [0, 'Qtwo', 4, -1]]);
    assert.deepEqual(entries.map((x) => [x.id, x.transport, `${x.src.ip}:${x.src.port}`, `${x.dst.ip}:${x.dst.port}`]), [
      ['n/c-0-0', 'udp', A, B],
      ['n/c-0-1', 'udp', A, B],
      ['n/c-0-2', 'udp', A, B],
    ]);
  });

  it('a flow first seen from the server: the protocol names the client', () => {
    const { e, log, entries } = setup();
    e.packet(udp(B, A, 'Rfirst', T0));
    e.finish();
    assert.deepEqual(log.map((f) => f.dir), [1]);
    assert.equal(`${entries[0].src.ip}:${entries[0].src.port}`, A);
  });

  it('datagrams before detection are replayed in order once a later one is recognised', () => {
    const { e, log } = setup();
    e.packet(udp(A, B, '?hello', T0));
    e.packet(udp(A, B, 'Qreal', T0 + 1));
    e.finish();
    assert.deepEqual(log.map((f) => [f.text, f.meta.offset, f.meta.ts]), [['?hello', 0, T0], ['Qreal', 6, T0 + 1]]);
  });

  it(`a flow undetected after ${UDP_DETECT_DATAGRAMS} datagrams is unknown and ignored`, () => {
    const { e, log } = setup();
    for (let i = 0; i < UDP_DETECT_DATAGRAMS; i++) e.packet(udp(A, B, `noise${i}`, T0 + i));
    e.packet(udp(A, B, 'Qlate', T0 + 10));
    e.finish();
    assert.deepEqual([log.length, e.stats.udpFlows, e.stats.udpUnknownFlows], [0, 1, 1]);
  });

  it('a flow that ends before any datagram is recognised counts as unknown (nothing is silently dropped)', () => {
    const { e, log } = setup();
    e.packet(udp(A, B, 'noise', T0));
    e.finish();
    assert.deepEqual([log.length, e.stats.udpFlows, e.stats.udpUnknownFlows], [0, 1, 1]);
  });

  it('an idle flow is closed on the sweep (tick or any packet) and a later datagram opens a new one', () => {
    const { e, closes, entries } = setup();
    e.packet(udp(A, B, 'Qone', T0));
    e.tick(T0 + UDP_IDLE_TIMEOUT_MS - 1);
    assert.equal(e.openUdpFlows, 1);
    e.tick(T0 + UDP_IDLE_TIMEOUT_MS + 1_001);
    assert.deepEqual([e.openUdpFlows, closes.length], [0, 1]);
    e.packet(udp(A, B, 'Qtwo', T0 + UDP_IDLE_TIMEOUT_MS + 2_000));
    e.finish();
    assert.deepEqual([e.stats.udpFlows, e.stats.idleEvictions, closes.length], [2, 0, 2]);
    assert.notEqual(entries[0].id.split('-')[1], entries[1].id.split('-')[1]);
  });

  it('the UDP idle timeout never exceeds the engine idle timeout', () => {
    const { e, closes } = setup({ idleTimeoutMs: 2_000 });
    e.packet(udp(A, B, 'Qone', T0));
    e.tick(T0 + 3_000);
    assert.equal(closes.length, 1);
  });

  it('the flow table is bounded by maxConnections: the least recently active are closed, counted', () => {
    const { e, closes } = setup({ maxConnections: 4 });
    for (let i = 0; i < 6; i++) e.packet(udp(`10.0.1.${i}:1000`, B, 'Q', T0 + i));
    assert.ok(e.openUdpFlows <= 4);
    assert.equal(e.stats.udpFlowEvictions, 2);
    assert.equal(e.stats.counters['limit.maxUdpFlows'], 2);
    assert.equal(closes.length, 2);
    e.finish();
    assert.equal(closes.length, 6);
  });

  it('a session that throws is counted and dropped; other flows go on', () => {
    const { e, log } = setup();
    e.packet(udp(A, B, 'Qok', T0));
    e.packet(udp(A, B, 'X', T0 + 1));
    e.packet(udp(A, B, 'Qignored', T0 + 2));
    e.packet(udp('10.0.0.3:1', B, 'Qother', T0 + 3));
    e.finish();
    assert.equal(e.stats.counters['toy.internal_error'], 1);
    assert.deepEqual(log.map((f) => f.text), ['Qok', 'Qother']);
  });

  it('no UDP dissector: flows are counted and become unknown', () => {
    const e = new Engine({ dissectors: [], onEntry: () => {} });
    for (let i = 0; i < UDP_DETECT_DATAGRAMS; i++) e.packet(udp(A, B, 'Q', T0 + i));
    e.finish();
    assert.deepEqual([e.stats.udpFlows, e.stats.udpUnknownFlows], [1, 1]);
  });

  it('a session with nothing left to pair (idle) ends its flow at once; the same ends later start a new flow', () => {
    const { e, closes, entries } = setup({}, true);
    e.packet(udp(A, B, 'Qone', T0));
    assert.equal(e.openUdpFlows, 1, 'a request waits: the flow stays');
    e.packet(udp(B, A, 'Rone', T0 + 1));
    assert.deepEqual([e.openUdpFlows, closes], [0, [T0 + 1]], 'answered: forgotten right after the response');
    e.packet(udp(A, B, 'Qtwo', T0 + 2));
    e.packet(udp(A, B, 'Qthree', T0 + 3));
    e.packet(udp(B, A, 'Rtwo', T0 + 4));
    assert.equal(e.openUdpFlows, 1, 'one request still unanswered');
    e.finish();
    assert.equal(e.stats.udpFlows, 2);
    assert.deepEqual(entries.map((x) => x.id), ['n/c-0-0', 'n/c-0-1', 'n/c-1-0', 'n/c-1-1', 'n/c-1-2']);
  });

  it('a session whose idle() throws is counted and dropped like one whose feed throws', () => {
    const { e, entries } = setup({}, true);
    e.packet(udp(A, B, 'Qone', T0));
    e.packet(udp(B, A, 'Ione', T0 + 1));
    e.packet(udp(A, B, 'Qtwo', T0 + 2));
    e.finish();
    assert.equal(e.stats.counters['toy.internal_error'], 1);
    assert.deepEqual(entries.map((x) => (x.request as { text: string }).text), ['Qone', 'Ione']);
  });
});
