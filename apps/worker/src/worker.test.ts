// The worker as users run it: options, a capture file through the whole path, bad input.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import type { NatsServer } from '@trawl/bus';
import { MAIN, ROOT, ensureBuilt, run, startNats, startWorker, tempDir, waitEntries } from './test-support/harness.js';

let dir: string;
let nats: NatsServer;

before(async () => {
  ensureBuilt();
  dir = tempDir('file');
  nats = await startNats(dir);
});

after(async () => {
  await nats?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const BAD: Array<[string[], RegExp]> = [
  [['--bogus'], /Unknown option '--bogus'/],
  [['--buffer-entries', 'lots'], /--buffer-entries takes a whole number/],
  [['--buffer-entries', '0'], /between 1 and/],
  [['--metrics-port', '70000'], /--metrics-port must be between 0 and 65535/],
  [['--nats', 'http://x'], /not a NATS URL/],
  [['--iface', ''], /--iface needs at least one interface/],
  [['--iface', 'lo', '--file', 'x.pcap'], /cannot be combined/],
  [['--iface', 'any,lo'], /use it alone/],
  [['--capture-process', 'maybe'], /auto, inline or child/],
  [['positional'], /Unexpected argument/],
  [['--iface', 'nosuchif0', '--metrics-port', '0'], /cannot capture on nosuchif0: no such interface/],
  [['--iface', 'lo', '--bpf', 'tcp and (', '--metrics-port', '0'], /cannot capture on lo: .*filter/i],
  [['--capture-backend', 'pcap'], /--capture-backend takes trawl-pcap, tcpdump or cap/],
  [['--block-timeout-ms', '0'], /--block-timeout-ms must be between 1 and 1000/],
  [['--engine-limit', 'maxConnection=5'], /--engine-limit: unknown engine limit "maxConnection" \(NAME=VALUE, one of: maxBodyBytes, .*maxConnections/],
  [['--no-redact', '--redact-header', 'x-a'], /--no-redact and --redact-\* contradict each other/],
  [['--redact-query-key', 'a=b'], /--redact-query-key: "a=b" is not a query key/],
  [['--engine-limit', 'maxConnections=0'], /--engine-limit: engine limit maxConnections needs a whole number ≥ 1, not "0" \(default 100000\)/],
  [['--capture-backend', 'cap', '--iface', 'nosuchif0', '--metrics-port', '0'], /cannot capture on nosuchif0: no such interface/],
  [['--capture-backend', 'cap', '--iface', 'lo', '--bpf', 'tcp and (', '--metrics-port', '0'], /cannot capture on lo: .*filter/i],
  [['--kubeconfig', ' '], /--kubeconfig needs a path/],
  [['--kubeconfig', 'k.yaml', '--no-kubernetes'], /--kubeconfig and --no-kubernetes contradict each other/],
];

for (const [args, message] of BAD) {
  test(`bad options exit 2 with a message: ${args.join(' ')}`, async () => {
    const r = await run(process.execPath, [MAIN, ...args]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, message);
    assert.doesNotMatch(r.stderr, /^\s+at /m, 'no stack trace');
  });
}

test('--file: a capture goes through the engine and JetStream, exactly its entries', async () => {
  const pcap = join(ROOT, 'packages/protocols/src/http1/captures/pipelined.pcap');
  const golden = readFileSync(pcap.replace(/\.pcap$/, '.golden.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const w = await startWorker(['--nats', nats.url, '--node', 'file-node', '--file', pcap]);
  try {
    await w.waitLog(/file\.done/);
    const entries = await waitEntries(nats.url, golden.length);
    assert.equal(entries.length, golden.length);
    assert.deepEqual(
      entries.map((e) => (e.request as { path: string }).path),
      golden.map((e) => e.request.path),
    );
    assert.ok(entries.every((e) => e.node === 'file-node' && e.id.startsWith('file-node/')));
    assert.ok(w.running, 'stays up after the file');
  } finally {
    assert.equal((await w.stop()).code, 0);
  }
});

test('an unreadable or broken --file is logged; the worker stays up and healthy', async () => {
  const garbage = join(dir, 'garbage.pcap');
  writeFileSync(garbage, 'this is not a capture file at all');
  const w = await startWorker(['--nats', nats.url, '--file', join(dir, 'missing.pcap'), '--file', garbage, '--file', dir]);
  try {
    await w.waitLog(/file\.done/);
    assert.match(w.log, /file\.unreadable file=\S*missing\.pcap error="ENOENT/);
    assert.match(w.log, /file\.format_error file=\S*garbage\.pcap .*not a pcap or pcapng file/);
    assert.match(w.log, /file\.unreadable file=\S+ error="EISDIR/);
    const health = await fetch(`http://127.0.0.1:${w.metricsPort}/health`);
    assert.equal(health.status, 200);
    const m = await w.metrics();
    assert.equal(m.trawl_worker_file_errors_total, 3);
    assert.ok(w.running);
  } finally {
    assert.equal((await w.stop()).code, 0);
  }
});

test('--file reads a gzip-compressed capture; gzip data cut short is a format error, the worker stays up', async () => {
  const own = tempDir('file-gzip');
  const server = await startNats(own);
  const pcap = readFileSync(join(ROOT, 'packages/protocols/src/http1/captures/pipelined.pcap'));
  const golden = readFileSync(join(ROOT, 'packages/protocols/src/http1/captures/pipelined.golden.jsonl'), 'utf8').trim().split('\n');
  const gz = join(own, 'pipelined.pcap.gz');
  writeFileSync(gz, gzipSync(pcap));
  const cut = join(own, 'cut.pcap.gz');
  writeFileSync(cut, gzipSync(pcap).subarray(0, 40));
  const w = await startWorker(['--nats', server.url, '--node', 'gz-node', '--file', gz, '--file', cut]);
  try {
    await w.waitLog(/file\.done/);
    const entries = await waitEntries(server.url, golden.length);
    assert.equal(entries.length, golden.length);
    assert.match(w.log, new RegExp(`file\\.read file=\\S*pipelined\\.pcap\\.gz frames=\\d+ bytes=${pcap.length}`));
    assert.match(w.log, /file\.format_error file=\S*cut\.pcap\.gz .*gzip data cut short \(unexpected end of file\) after \d+ bytes of capture/);
    assert.equal((await w.metrics()).trawl_worker_file_errors_total, 1);
    assert.ok(w.running);
  } finally {
    assert.equal((await w.stop()).code, 0);
    await server.stop();
    rmSync(own, { recursive: true, force: true });
  }
});

test('--engine-limit and --redact-header reach the engine: maxBodyBytes=5 keeps 5 bytes of each body, user-agent is redacted', async () => {
  const own = tempDir('file-limits');
  const server = await startNats(own);
  const pcap = join(ROOT, 'packages/protocols/src/http1/captures/keepalive.pcap');
  const w = await startWorker(['--nats', server.url, '--file', pcap, '--engine-limit', 'maxBodyBytes=5', '--engine-limit', 'maxConnections=10', '--redact-header', 'user-agent']);
  try {
    await w.waitLog(/file\.done/);
    const entries = await waitEntries(server.url, 4);
    const bodies = entries.map((e) => (e.response as { body: { size: number; captured: number; truncated: boolean } }).body);
    assert.equal(bodies.length, 4);
    for (const b of bodies) {
      assert.ok(b.size > 5, `a body of ${b.size} bytes`);
      assert.equal(b.captured, 5);
      assert.equal(b.truncated, true);
    }
    // --redact-header adds to the defaults.
    for (const e of entries) {
      const headers = (e.request as { headers: Record<string, string> }).headers;
      assert.equal(headers['user-agent'], '[redacted]');
      assert.equal(headers.authorization, '[redacted]');
      assert.equal(headers.host, '127.0.0.1:31337');
    }
  } finally {
    assert.equal((await w.stop()).code, 0);
    await server.stop();
    rmSync(own, { recursive: true, force: true });
  }
});
