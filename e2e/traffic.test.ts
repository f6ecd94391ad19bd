// The traffic overview of a real `trawl start`: a user's HTTP traffic on lo, counted by the
// worker's L4 counters, published over NATS, summed by the hub, read from /api/traffic/*, and
// compared packet for packet and byte for byte with what tcpdump recorded of the same traffic
// (tshark sums it). The ends are named: curl on one side, this test's node process on the other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TrafficFlowResponse, TrafficOverviewResponse, TrafficTotalResponse } from '@trawl/api';
import { freePort } from '@trawl/bus';
import { sleep, startTrawl } from './support/start-trawl.js';

const run = promisify(execFile);
const json = async <T>(url: string): Promise<T> => (await (await fetch(url)).json()) as T;

test('bytes and packets between named ends agree with tcpdump + tshark on the same traffic', { timeout: 180_000 }, async (t) => {
  // The server first, like a long-lived service: its socket is there when the worker first looks.
  const port = await freePort();
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(Number(new URL(req.url!, 'http://x').searchParams.get('size')))));
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
  t.after(() => server.close());
  const trawl = await startTrawl(t, 'trawl-e2e-traffic-', ['--bpf', `tcp port ${port}`]);
  const dir = trawl.data;
  const pcap = join(dir, 'oracle.pcap');
  const tcpdump = spawn('tcpdump', ['-i', 'lo', '-U', '-w', pcap, `tcp port ${port}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let tcpdumpErr = '';
  tcpdump.stderr.on('data', (d) => (tcpdumpErr += d));
  t.after(() => tcpdump.kill('SIGKILL'));
  await trawl.waitFor(() => /listening on lo/.test(tcpdumpErr), 'tcpdump listening');
  await sleep(300);

  // Twenty requests, bodies of different sizes both ways (asynchronously: the server is in this process).
  for (let i = 0; i < 20; i++) {
    await run('curl', ['-sf', '--max-time', '10', '-o', '/dev/null', '--data-binary', 'y'.repeat(i * 700), `http://127.0.0.1:${port}/upload?size=${i * 1_500}`]);
  }
  await sleep(500);
  tcpdump.kill('SIGINT');
  await once(tcpdump, 'close');
  const lens = execFileSync('tshark', ['-r', pcap, '-T', 'fields', '-e', 'frame.len']).toString().trim().split('\n').map(Number);
  const oracle = { packets: lens.length, bytes: lens.reduce((a, b) => a + b, 0) };
  assert.ok(oracle.packets >= 20 * 6, `tcpdump saw ${oracle.packets} packets`);

  // The worker reports every 5 s; the hub sums per minute.
  let totals: TrafficTotalResponse | undefined;
  await trawl.waitFor(async () => {
    totals = await json<TrafficTotalResponse>(`${trawl.url}/api/traffic/total`);
    return totals.total.packets >= oracle.packets;
  }, `the traffic overview to reach tcpdump's ${oracle.packets} packets`, 30_000).catch((e) => {
    throw new Error(`${(e as Error).message}; it has ${JSON.stringify(totals)}`);
  });
  await sleep(6_000); // one more report: nothing more may come
  totals = await json<TrafficTotalResponse>(`${trawl.url}/api/traffic/total`);
  assert.deepEqual(totals.total, oracle, 'packets and bytes as tcpdump recorded them');
  assert.deepEqual(totals.local, oracle, 'loopback traffic is local');
  assert.deepEqual(totals.external, { bytes: 0, packets: 0 });

  // The server end is this long-lived node process; curl exits within milliseconds and may be gone
  // before its socket is looked up (then it is this machine, `host`: apps/worker/README.md).
  const flows = await json<TrafficFlowResponse>(`${trawl.url}/api/traffic/flow`);
  const ends = new Set(flows.flows.flatMap((f) => [`${f.src.kind}:${f.src.name}`, `${f.dst.kind}:${f.dst.name}`]));
  assert.ok(ends.has('process:node'), `the server named: ${[...ends].join(', ')}`);
  const toServer = flows.flows.filter((f) => f.dst.name === 'node').reduce((a, f) => a + f.bytes, 0);
  const fromServer = flows.flows.filter((f) => f.src.name === 'node').reduce((a, f) => a + f.bytes, 0);
  assert.equal(toServer + fromServer, oracle.bytes);
  assert.ok(toServer > 20 * 700 * 9 && fromServer > 20 * 1_500 * 9, `uploads ${toServer} B, downloads ${fromServer} B`);
  const overview = await json<TrafficOverviewResponse>(`${trawl.url}/api/traffic/overview`);
  const node = overview.ends.find((e) => e.kind === 'process' && e.name === 'node')!;
  assert.deepEqual([node.received.local.bytes, node.sent.local.bytes, node.bytes], [toServer, fromServer, oracle.bytes]);
});
