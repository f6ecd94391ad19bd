// tcpdump's stderr as tcpdump 4.99.3 (Debian 12) prints it: the lines below were copied from
// real runs (SIGUSR1 while capturing, SIGINT at the end, a missing interface, a vanished veth).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tcpdumpArgs } from './tcpdump-process.js';
import { TcpdumpStderr, type TcpdumpStats } from './tcpdump-stderr.js';

const REAL = [
  'tcpdump: listening on lo, link-type EN10MB (Ethernet), snapshot length 262144 bytes',
  'tcpdump: 5941 packets captured, 12318 packets received by filter, 3 packets dropped by kernel',
  'tcpdump: 1 packet captured, 1 packet received by filter, 0 packets dropped by kernel, 2 packets dropped by interface',
  'tcpdump: pcap_loop: The interface disappeared',
  '5942 packets captured',
  '12320 packets received by filter',
  '7 packets dropped by kernel',
  '',
].join('\n');

function parse(chunks: string[]) {
  const out: { listening: string[]; stats: TcpdumpStats[]; messages: string[] } = { listening: [], stats: [], messages: [] };
  const p = new TcpdumpStderr({ listening: (l) => out.listening.push(l), stats: (s) => out.stats.push(s), message: (m) => out.messages.push(m) });
  for (const c of chunks) p.push(c);
  p.end();
  return { ...out, last: p.lastMessage };
}

test('listening, SIGUSR1 one-line stats, exit multi-line stats and errors', () => {
  const r = parse([REAL]);
  assert.deepEqual(r.listening, ['EN10MB']);
  assert.deepEqual(r.stats, [
    { captured: 5941, received: 12318, droppedKernel: 3, droppedInterface: 0 },
    { captured: 1, received: 1, droppedKernel: 0, droppedInterface: 0 },
    { captured: 1, received: 1, droppedKernel: 0, droppedInterface: 2 },
    { captured: 5942, received: 12320, droppedKernel: 7, droppedInterface: 0 },
  ]);
  assert.deepEqual(r.messages, ['tcpdump: pcap_loop: The interface disappeared']);
  assert.equal(r.last, 'tcpdump: pcap_loop: The interface disappeared');
});

test('any chunking gives the same events (byte by byte)', () => {
  assert.deepEqual(parse(REAL.split('')), parse([REAL]));
});

test('a last line without newline counts; a runaway line stays bounded', () => {
  assert.equal(parse(['tcpdump: nosuch0: No such device exists\n(No such device exists)']).last, 'tcpdump: nosuch0: No such device exists');
  const p = new TcpdumpStderr({ listening() {}, stats() {}, message() {} });
  for (let i = 0; i < 1000; i++) p.push('x'.repeat(1000));
  p.end();
  assert.ok(p.lastMessage.length <= 4096);
});

test('arguments: full snaplen, nanosecond pcap on stdout, packet-buffered, -B in KiB, stays root, filter after --', () => {
  assert.deepEqual(tcpdumpArgs('lo', 'tcp port 80', 16 << 20), ['-i', 'lo', '-n', '-s', '0', '-U', '-w', '-', '--time-stamp-precision', 'nano', '-B', '16384', '-Z', 'root', '--', 'tcp port 80']);
  assert.deepEqual(tcpdumpArgs('any', ' ', 1000).slice(-4), ['-B', '1', '-Z', 'root']);
});

test('arguments: --immediate-mode and a snaplen only when asked', () => {
  assert.deepEqual(tcpdumpArgs('lo', 'tcp', 16 << 20, 'block', 0), tcpdumpArgs('lo', 'tcp', 16 << 20));
  const a = tcpdumpArgs('lo', 'tcp', 16 << 20, 'immediate', 1978);
  assert.deepEqual(a.slice(a.indexOf('-s'), a.indexOf('-s') + 2), ['-s', '1978']);
  assert.ok(a.indexOf('--immediate-mode') > 0 && a.indexOf('--immediate-mode') < a.indexOf('--'));
});

test('trawl-pcap speaks the same: its lines (copied from a real run) give the same events', () => {
  const r = parse([
    [
      'trawl-pcap: listening on lo, link-type EN10MB (Ethernet), snapshot length 262144 bytes',
      'trawl-pcap: 3 packets captured, 6 packets received by filter, 0 packets dropped by kernel',
      'trawl-pcap: pcap_dispatch: The interface disappeared',
      '3 packets captured',
      '6 packets received by filter',
      '0 packets dropped by kernel',
      '',
    ].join('\n'),
  ]);
  assert.deepEqual(r.listening, ['EN10MB']);
  assert.deepEqual(r.stats, [
    { captured: 3, received: 6, droppedKernel: 0, droppedInterface: 0 },
    { captured: 3, received: 6, droppedKernel: 0, droppedInterface: 0 },
  ]);
  assert.equal(r.last, 'trawl-pcap: pcap_dispatch: The interface disappeared');
});
