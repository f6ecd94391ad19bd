// TcpReassembler against a recording sink: in-order delivery exactly once, holes, bounds, FIN.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TcpReassembler, type ReassemblyBudget, type StreamSink } from './reassembler.js';

type Event = { data: string; side: 0 | 1; offset: number } | { gap: number; side: 0 | 1; offset: number } | { fin: 0 | 1 };

class Recorder implements StreamSink {
  events: Event[] = [];
  data(side: 0 | 1, bytes: Uint8Array, _ts: number, offset: number): void {
    this.events.push({ data: new TextDecoder().decode(bytes), side, offset });
  }
  gap(side: 0 | 1, length: number, _ts: number, offset: number): void {
    this.events.push({ gap: length, side, offset });
  }
  fin(side: 0 | 1): void {
    this.events.push({ fin: side });
  }
  /** What `side` received as one string: data as is, a gap as `<gap n>`, the FIN as `<fin>`. */
  text(side: 0 | 1 = 0): string {
    let s = '';
    for (const e of this.events) {
      if ('fin' in e) s += e.fin === side ? '<fin>' : '';
      else if (e.side !== side) continue;
      else if ('data' in e) s += e.data;
      else s += `<gap ${e.gap}>`;
    }
    return s;
  }
}

function budget(over: Partial<ReassemblyBudget> = {}): ReassemblyBudget {
  return {
    pendingBytes: 0,
    maxPendingBytesTotal: 1 << 20,
    maxPendingBytesPerStream: 1 << 20,
    maxPendingSegments: 1000,
    retransmittedBytes: 0,
    gaps: 0,
    gapBytes: 0,
    forcedGaps: 0,
    ...over,
  };
}

const enc = (s: string) => new TextEncoder().encode(s);

function setup(over: Partial<ReassemblyBudget> = {}) {
  const sink = new Recorder();
  const b = budget(over);
  const r = new TcpReassembler(sink, b);
  /** Data from `side` at sequence number `seq`, optionally with an ACK and a FIN. */
  const seg = (side: 0 | 1, seq: number, text: string, opts: { ack?: number; fin?: boolean } = {}) =>
    r.segment(side, seq >>> 0, opts.ack ?? -1, enc(text), opts.fin ?? false, 0);
  return { sink, b, r, seg };
}

function* permutations<T>(xs: T[]): Generator<T[]> {
  if (xs.length <= 1) {
    yield xs.slice();
    return;
  }
  for (let i = 0; i < xs.length; i++) {
    const rest = [...xs.slice(0, i), ...xs.slice(i + 1)];
    for (const p of permutations(rest)) yield [xs[i], ...p];
  }
}

describe('TcpReassembler', () => {
  it('delivers in-order segments at once, with their stream offsets', () => {
    const { sink, r, seg } = setup();
    r.syn(0, 999);
    seg(0, 1000, 'GET ');
    seg(0, 1004, '/ HTTP/1.1');
    assert.deepEqual(sink.events, [
      { data: 'GET ', side: 0, offset: 0 },
      { data: '/ HTTP/1.1', side: 0, offset: 4 },
    ]);
  });

  it('every order of six segments (with overlaps) gives the same bytes, each once', () => {
    const text = 'abcdefghijklmnopqrstuvwxyz';
    // [start, end) pieces; some overlap their neighbours.
    // [6, 9] lies inside [4, 11]: whether it is held first or arrives later, it is never delivered.
    const pieces: [number, number][] = [[0, 5], [4, 11], [6, 9], [11, 15], [13, 20], [20, 26]];
    for (const order of permutations(pieces)) {
      const { sink, b, r, seg } = setup();
      r.syn(0, 99);
      for (const [s, e] of order) seg(0, 100 + s, text.slice(s, e));
      assert.equal(sink.text(0), text, `order ${JSON.stringify(order)}`);
      // Offsets are contiguous: nothing delivered twice.
      let at = 0;
      for (const ev of sink.events) {
        assert.ok('data' in ev);
        assert.equal(ev.offset, at);
        assert.ok(ev.data.length > 0, 'no empty deliveries');
        at += ev.data.length;
      }
      assert.equal(b.pendingBytes, 0);
      assert.equal(b.gaps, 0);
    }
  });

  it('counts exact and partial retransmissions and never delivers them twice', () => {
    const { sink, b, r, seg } = setup();
    r.syn(0, 0);
    seg(0, 1, 'hello');
    seg(0, 1, 'hello'); // exact
    assert.equal(b.retransmittedBytes, 5);
    seg(0, 4, 'lo world'); // partial: "lo" is old, " world" is new
    assert.equal(b.retransmittedBytes, 7);
    seg(0, 2, 'ell'); // inside old data
    assert.equal(b.retransmittedBytes, 10);
    assert.equal(sink.text(0), 'hello world');
  });

  it('keeps new data past the end of a held segment that it overlaps (first copy wins inside)', () => {
    const { sink, b, r, seg } = setup();
    r.syn(0, 0);
    seg(0, 6, 'wor'); // held: "wor" at offset 5
    seg(0, 4, 'XXXXXXld'); // offsets 3..10: covers "wor" (5..7) and carries "Xld" past it
    assert.equal(b.pendingBytes, 3 + 2 + 3);
    seg(0, 1, 'hel');
    assert.equal(sink.text(0), 'helXXworXld');
    assert.equal(b.pendingBytes, 0);
  });

  it('holds copies: the caller may reuse its packet buffer at once', () => {
    const { sink, r } = setup();
    r.syn(0, 0);
    const buf = enc('later');
    r.segment(0, 4, -1, buf, false, 0);
    buf.fill(0x21);
    r.segment(0, 1, -1, enc('abc'), false, 0);
    assert.equal(sink.text(0), 'abclater');
  });

  it('crosses the 2^32 sequence wraparound', () => {
    const { sink, r, seg } = setup();
    r.syn(0, 0xfffffffa);
    seg(0, 0xfffffffb, 'abc');
    seg(0, 0xfffffffe + 3, 'ghi'); // out of order, after the wrap (seq 1)
    seg(0, 0xfffffffe, 'def'); // spans the wrap: 0xfffffffe, 0xffffffff, 0
    seg(0, 0xfffffffe, 'def'); // retransmitted
    assert.equal(sink.text(0), 'abcdefghi');
    assert.equal(r.sides[0].nextSeq, 4);
  });

  it('starts at the first data segment when the SYN was not captured', () => {
    const { sink, r, seg } = setup();
    seg(1, 5000, 'HTTP/1.1 200 OK\r\n');
    seg(1, 4990, 'old'); // before the start: a retransmission we cannot place
    seg(1, 5017, '\r\n');
    assert.deepEqual(sink.events[0], { data: 'HTTP/1.1 200 OK\r\n', side: 1, offset: 0 });
    assert.equal(sink.text(1), 'HTTP/1.1 200 OK\r\n\r\n');
  });

  it('a SYN then data: the SYN takes one sequence number', () => {
    const { sink, r, seg } = setup();
    r.syn(0, 41);
    seg(0, 41, ''); // the SYN segment itself carries nothing
    seg(0, 42, 'x');
    assert.deepEqual(sink.events, [{ data: 'x', side: 0, offset: 0 }]);
  });

  it('delivers a FIN that arrived before the bytes it follows once the hole fills', () => {
    const { sink, r, seg } = setup();
    r.syn(0, 0);
    seg(0, 1, 'ab');
    seg(0, 5, 'ef', { fin: true }); // held, FIN after it
    seg(0, 3, 'cd');
    assert.equal(sink.text(0), 'abcdef<fin>');
    assert.ok(r.sides[0].ended);
  });

  it('delivers a bare FIN that arrived before the last data segment', () => {
    const { sink, r, seg } = setup();
    r.syn(0, 0);
    seg(0, 1, 'ab');
    seg(0, 5, '', { fin: true });
    seg(0, 3, 'cd');
    assert.equal(sink.text(0), 'abcd<fin>');
    assert.ok(r.sides[0].ended);
  });

  it('a hole acknowledged by the peer becomes a gap, then the held bytes follow', () => {
    const { sink, b, r, seg } = setup();
    r.syn(0, 0);
    r.syn(1, 500);
    seg(0, 1, 'aaa');
    seg(0, 7, 'ccc'); // "bbb" (seq 4..6) is missing
    seg(1, 501, '', { ack: 8 }); // the server has everything up to seq 8: "bbb" was lost in capture
    assert.equal(sink.text(0), 'aaa<gap 3>ccc');
    assert.deepEqual(sink.events[1], { gap: 3, side: 0, offset: 3 });
    assert.equal(b.gaps, 1);
    assert.equal(b.gapBytes, 3);
    assert.equal(b.pendingBytes, 0);
    seg(0, 4, 'bbb'); // a late copy of the lost bytes is a retransmission now
    assert.equal(sink.text(0), 'aaa<gap 3>ccc');
  });

  it('an ACK past the last byte we saw is capture loss too', () => {
    const { sink, r, seg } = setup();
    r.syn(0, 0);
    r.syn(1, 500);
    seg(0, 1, 'aaa');
    seg(1, 501, '', { ack: 10 });
    seg(0, 10, 'z');
    assert.equal(sink.text(0), 'aaa<gap 6>z');
  });

  it('an implausible ACK (a jump of 2^30 or more) is ignored', () => {
    const { sink, r, seg } = setup();
    r.syn(0, 0);
    r.syn(1, 500);
    seg(0, 1, 'aaa');
    seg(1, 501, '', { ack: 0x7000_0000 });
    seg(0, 4, 'b');
    assert.equal(sink.text(0), 'aaab');
  });

  it('the FIN sequence number acknowledged by the peer is not a 1-byte gap', () => {
    for (const finFirst of [false, true]) {
      const { sink, b, r, seg } = setup();
      r.syn(0, 0);
      r.syn(1, 500);
      seg(0, 1, 'ab');
      if (finFirst) {
        seg(0, 5, 'ef', { fin: true }); // held, then the peer ACKs the FIN (seq 7 → ack 8)
        seg(1, 501, '', { ack: 8 });
        assert.equal(sink.text(0), 'ab<gap 2>ef<fin>');
      } else {
        seg(0, 3, 'cd', { fin: true }); // FIN at seq 5
        seg(1, 501, '', { ack: 6 });
        assert.equal(sink.text(0), 'abcd<fin>');
      }
      assert.equal(b.gaps, finFirst ? 1 : 0);
    }
  });

  it('an ACK of a FIN we never saw leaves the FIN position alone after the gap', () => {
    const { sink, r, seg } = setup();
    r.syn(0, 0);
    r.syn(1, 500);
    seg(0, 1, 'ab');
    seg(0, 5, '', { fin: true }); // bare FIN at seq 5, "cd" lost
    seg(1, 501, '', { ack: 6 }); // acks the FIN: the hole is "cd" (2 bytes), not 3
    assert.equal(sink.text(0), 'ab<gap 2><fin>');
  });

  it('flush: a hole never filled becomes a gap, held bytes are delivered, the budget is returned', () => {
    const { sink, b, r, seg } = setup();
    r.syn(0, 0);
    seg(0, 1, 'a');
    seg(0, 5, 'e');
    seg(0, 10, 'jk', { fin: true });
    assert.equal(b.pendingBytes, 3);
    r.flush(0);
    assert.equal(sink.text(0), 'a<gap 3>e<gap 4>jk<fin>');
    assert.equal(b.pendingBytes, 0);
    assert.equal(b.gaps, 2);
    assert.equal(b.gapBytes, 7);
  });

  it('release gives held bytes back to the budget without delivering them', () => {
    const { sink, b, r, seg } = setup();
    r.syn(0, 0);
    seg(0, 5, 'abcd');
    seg(0, 20, 'xyz');
    assert.equal(b.pendingBytes, 7);
    r.release();
    assert.equal(b.pendingBytes, 0);
    assert.equal(sink.events.length, 0);
  });

  it('per-stream bound: the first hole is declared lost, counted, and memory stays bounded', () => {
    const { sink, b, r, seg } = setup({ maxPendingBytesPerStream: 10 });
    r.syn(0, 0);
    seg(0, 1, 'a');
    seg(0, 3, 'cccc'); // hole at seq 2
    seg(0, 8, 'hhhh'); // hole at seq 7
    assert.equal(b.pendingBytes, 8);
    seg(0, 13, 'mmmm'); // 12 > 10: skip the first hole, deliver "cccc", then stop (4+4 ≤ 10)
    assert.equal(b.forcedGaps, 1);
    assert.equal(b.pendingBytes, 8);
    assert.equal(sink.text(0), 'a<gap 1>cccc');
    r.flush(0);
    assert.equal(sink.text(0), 'a<gap 1>cccc<gap 1>hhhh<gap 1>mmmm');
    assert.equal(b.pendingBytes, 0);
  });

  it('segment-count bound forces a gap', () => {
    const { sink, b, r, seg } = setup({ maxPendingSegments: 3 });
    r.syn(0, 0);
    for (const s of [3, 5, 7]) seg(0, s, 'x');
    assert.equal(b.forcedGaps, 0);
    seg(0, 9, 'y');
    assert.equal(b.forcedGaps, 1);
    assert.equal(r.sides[0].pending.length, 3);
    assert.equal(sink.text(0), '<gap 2>x');
  });

  it('the total bound is shared by every reassembler of a budget', () => {
    const b = budget({ maxPendingBytesTotal: 10 });
    const s1 = new Recorder();
    const s2 = new Recorder();
    const r1 = new TcpReassembler(s1, b);
    const r2 = new TcpReassembler(s2, b);
    r1.syn(0, 0);
    r2.syn(0, 0);
    r1.segment(0, 5, -1, enc('aaaaaa'), false, 0);
    assert.equal(b.pendingBytes, 6);
    r2.segment(0, 5, -1, enc('bbbbbb'), false, 0); // 12 > 10: r2 gives up its own hole
    assert.equal(b.forcedGaps, 1);
    assert.ok(b.pendingBytes <= 10);
    assert.equal(s2.text(0), '<gap 4>bbbbbb');
    assert.equal(s1.text(0), '');
    r1.flush(0);
    r2.flush(0);
    assert.equal(b.pendingBytes, 0);
    assert.equal(s1.text(0), '<gap 4>aaaaaa');
  });

  it('keeps the two directions apart', () => {
    const { sink, r, seg } = setup();
    r.syn(0, 100);
    r.syn(1, 900);
    seg(0, 101, 'req', { ack: 901 });
    seg(1, 901, 'res', { ack: 104, fin: true });
    seg(0, 104, '', { ack: 905, fin: true });
    assert.equal(sink.text(0), 'req<fin>');
    assert.equal(sink.text(1), 'res<fin>');
    assert.ok(r.bothEnded);
  });
});
