// Capture jobs on a real worker: asked over a real nats-server (request/reply on
// trawl.jobs.<node>.*), capturing real traffic on lo with trawl-pcap into rotated pcap files,
// read back in chunks over NATS and checked with tshark (each file a valid capture, every request
// in exactly one of them); a bad filter, a bad request, stop, delete, and a worker restart.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { JOB_ERROR_HEADER, SUBJECTS, type CaptureJobStatus, type NatsServer } from '@trawl/bus';
import { ensureBuilt, run, startNats, startWorker, tempDir, waitFor, type WorkerProcess } from '../test-support/harness.js';

const NODE = 'jobs-node';
let dir: string;
let nats: NatsServer;
let nc: NatsConnection;
let worker: WorkerProcess;
let server: Server;
let port: number;

const enc = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
async function ask<T>(op: string, body: unknown = {}): Promise<T> {
  const m = await nc.request(SUBJECTS.job(NODE, op), enc(body), { timeout: 10_000 });
  return JSON.parse(new TextDecoder().decode(m.data)) as T;
}
async function readFile(id: string, file: string): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for (let offset = 0; ; ) {
    const m = await nc.request(SUBJECTS.job(NODE, 'read'), enc({ id, file, offset, length: 64 * 1024 }), { timeout: 10_000 });
    assert.equal(m.headers?.get(JOB_ERROR_HEADER) ?? '', '', new TextDecoder().decode(m.data));
    if (m.data.length === 0) return Buffer.concat(parts);
    parts.push(m.data);
    offset += m.data.length;
  }
}
/** tshark's count of `filter` in `file`; `httpPort`: decode that port as HTTP (no heuristics to miss a mid-stream file's first request). */
const tsharkCount = (file: string, filter: string, httpPort?: number) =>
  Number(execFileSync('sh', ['-c', `tshark -r '${file}' ${httpPort ? `-d tcp.port==${httpPort},http` : ''} -Y '${filter}' 2>/dev/null | wc -l`]).toString().trim());

async function startJobsWorker(): Promise<WorkerProcess> {
  const w = await startWorker(['--nats', nats.url, '--node', NODE, '--iface', 'lo', '--bpf', 'tcp port 1', '--jobs-dir', join(dir, 'jobs')]);
  await w.waitLog(/jobs\.listening/);
  return w;
}

before(async () => {
  ensureBuilt();
  dir = tempDir('jobs');
  nats = await startNats(dir);
  nc = await connect({ servers: nats.url });
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.end('x'.repeat(4000)));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  port = (server.address() as AddressInfo).port;
  worker = await startJobsWorker();
});

after(async () => {
  await worker?.stop();
  await nc?.close();
  await nats?.stop();
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

test('a job captures the traffic its filter matches into rotated pcap files that tshark reads whole', async () => {
  const started = await ask<CaptureJobStatus>('start', { id: 'j1', iface: 'lo', bpf: `tcp port ${port}`, durationMs: 60_000, maxBytes: 50 << 20, rotateBytes: 64 * 1024, snaplen: 0 });
  assert.equal(started.state, 'running', JSON.stringify(started));
  const N = 40;
  for (let i = 0; i < N; i++) {
    const r = await run('curl', ['-s', '-o', '/dev/null', `http://127.0.0.1:${port}/job/${i}`]);
    assert.equal(r.code, 0);
  }
  // Traffic outside the filter is not captured.
  await run('curl', ['-s', '-o', '/dev/null', `http://127.0.0.1:${nats.url.split(':').pop()}/`]);
  const stopped = await ask<CaptureJobStatus>('stop', { id: 'j1' });
  assert.deepEqual([stopped.state, stopped.reason], ['done', 'stopped']);
  assert.ok(stopped.files.length >= 3, `rotated: ${stopped.files.length} files of ${stopped.bytes} bytes`);
  let requests = 0;
  let packets = 0;
  for (const f of stopped.files) {
    assert.ok(f.bytes <= 64 * 1024 || f.packets === 1, `${f.name}: ${f.bytes} bytes`);
    const bytes = await readFile('j1', f.name);
    assert.equal(bytes.length, f.bytes);
    const path = join(dir, `copy-${f.name}`);
    writeFileSync(path, bytes);
    assert.equal(tsharkCount(path, 'frame'), f.packets, `${f.name}: tshark reads every packet`);
    packets += f.packets;
    requests += tsharkCount(path, 'http.request', port);
    assert.equal(tsharkCount(path, `not tcp.port == ${port}`), 0, 'only what the filter matches');
  }
  assert.equal(packets, stopped.packets);
  // On a mismatch, say which requests each file holds (and how each file starts).
  const detail = () =>
    stopped.files
      .map((f) => {
        const path = join(dir, `copy-${f.name}`);
        const uris = execFileSync('sh', ['-c', `tshark -r '${path}' -d tcp.port==${port},http -Y http.request -T fields -e http.request.uri 2>/dev/null | tr '\\n' ' '`]).toString();
        const head = execFileSync('sh', ['-c', `tshark -r '${path}' -c 2 2>/dev/null; tshark -r '${path}' 2>/dev/null | tail -2`]).toString();
        return `${f.name} (${f.packets} packets): ${uris}\n${head}`;
      })
      .join('\n');
  assert.equal(requests, N, requests === N ? '' : `every request in exactly one file:\n${detail()}`);
  const listed = await ask<{ jobs: CaptureJobStatus[] }>('list');
  assert.deepEqual(listed.jobs.map((j) => j.id), ['j1']);
});

test('a job ends by itself at its duration, before its files pass maxBytes, or at maxPackets', async () => {
  await ask('start', { id: 'short', iface: 'lo', bpf: `tcp port ${port}`, durationMs: 1_000, maxBytes: 1 << 20, rotateBytes: 1 << 20, snaplen: 0 });
  const done = await waitFor('the duration', async () => {
    const s = await ask<CaptureJobStatus>('status', { id: 'short' });
    return s.state === 'done' ? s : null;
  });
  assert.equal(done.reason, 'duration');
  await ask('start', { id: 'small', iface: 'lo', bpf: `tcp port ${port}`, durationMs: 60_000, maxBytes: 64 * 1024, rotateBytes: 64 * 1024, snaplen: 0 });
  for (let i = 0; i < 30; i++) await run('curl', ['-s', '-o', '/dev/null', `http://127.0.0.1:${port}/fill/${i}`]);
  const full = await waitFor('the size bound', async () => {
    const s = await ask<CaptureJobStatus>('status', { id: 'small' });
    return s.state === 'done' ? s : null;
  });
  assert.equal(full.reason, 'maxBytes');
  assert.ok(full.bytes <= 64 * 1024 && full.bytes > 32 * 1024, `${full.bytes} bytes`);
  await ask('start', { id: 'ten', iface: 'lo', bpf: `tcp port ${port}`, durationMs: 60_000, maxBytes: 1 << 20, rotateBytes: 1 << 20, snaplen: 0, maxPackets: 10 });
  for (let i = 0; i < 5; i++) await run('curl', ['-s', '-o', '/dev/null', `http://127.0.0.1:${port}/ten/${i}`]);
  const ten = await waitFor('the packet bound', async () => {
    const s = await ask<CaptureJobStatus>('status', { id: 'ten' });
    return s.state === 'done' ? s : null;
  });
  assert.deepEqual([ten.reason, ten.packets], ['maxPackets', 10]);
});

test('bad requests: a filter that does not compile, a bad spec, an unknown job or file; nothing is left running', async () => {
  const bad = await ask<{ error: string; code: string }>('start', { id: 'badbpf', iface: 'lo', bpf: 'tcp and (', durationMs: 5_000, maxBytes: 1 << 20, rotateBytes: 1 << 20, snaplen: 0 });
  assert.equal(bad.code, 'bad_request');
  assert.match(bad.error, /filter|syntax/i);
  assert.equal((await ask<CaptureJobStatus>('status', { id: 'badbpf' })).state, 'failed');
  for (const [body, message] of [
    [{ id: '../x', iface: 'lo', bpf: '', durationMs: 5_000, maxBytes: 1 << 20, rotateBytes: 1 << 20 }, /id must be/],
    [{ id: 'x', iface: 'lo; rm -rf /', bpf: '', durationMs: 5_000, maxBytes: 1 << 20, rotateBytes: 1 << 20 }, /iface must be/],
    [{ id: 'x', iface: 'lo', bpf: '', durationMs: 5, maxBytes: 1 << 20, rotateBytes: 1 << 20 }, /durationMs must be an integer/],
    [{ id: 'j1', iface: 'lo', bpf: '', durationMs: 5_000, maxBytes: 1 << 20, rotateBytes: 1 << 20 }, /exists/],
  ] as const) {
    const r = await ask<{ error: string; code: string }>('start', body);
    assert.equal(r.code, 'bad_request', JSON.stringify(r));
    assert.match(r.error, message);
  }
  assert.equal((await ask<{ code: string }>('status', { id: 'nope' })).code, 'not_found');
  const m = await nc.request(SUBJECTS.job(NODE, 'read'), enc({ id: 'j1', file: '../../etc/passwd', offset: 0, length: 10 }), { timeout: 5_000 });
  assert.equal(m.headers?.get(JOB_ERROR_HEADER), 'not_found');
  assert.equal((await ask<{ code: string }>('frobnicate')).code, 'bad_request');
  const garbage = await nc.request(SUBJECTS.job(NODE, 'start'), new TextEncoder().encode('{not json'), { timeout: 5_000 });
  assert.equal(JSON.parse(new TextDecoder().decode(garbage.data)).code, 'bad_request');
  assert.ok(worker.running);
});

test('a worker started again lists its finished jobs; delete removes a job and its files', async () => {
  await worker.stop();
  worker = await startJobsWorker();
  const listed = await ask<{ jobs: CaptureJobStatus[] }>('list');
  assert.deepEqual(listed.jobs.map((j) => [j.id, j.state]).sort(), [['badbpf', 'failed'], ['j1', 'done'], ['short', 'done'], ['small', 'done'], ['ten', 'done']]);
  assert.equal((await readFile('j1', listed.jobs.find((j) => j.id === 'j1')!.files[0]!.name)).subarray(0, 4).readUInt32LE(0), 0xa1b23c4d, 'a nanosecond pcap');
  assert.deepEqual(await ask('delete', { id: 'j1' }), { deleted: true });
  assert.equal(existsSync(join(dir, 'jobs', 'j1')), false);
  assert.equal((await ask<{ code: string }>('status', { id: 'j1' })).code, 'not_found');
});

test('a jobs directory that cannot be made: the worker captures on, and a job is refused with the reason', async () => {
  const file = join(dir, 'not-a-dir');
  writeFileSync(file, 'x');
  const w = await startWorker(['--nats', nats.url, '--node', 'nodir', '--iface', 'lo', '--bpf', 'tcp port 1', '--jobs-dir', join(file, 'jobs')]);
  try {
    await w.waitLog(/jobs\.dir_unusable/);
    await w.waitLog(/jobs\.listening/);
    const m = await nc.request(SUBJECTS.job('nodir', 'start'), enc({ id: 'x', iface: 'lo', bpf: '', durationMs: 5_000, maxBytes: 1 << 20, rotateBytes: 1 << 20 }), { timeout: 10_000 });
    const r = JSON.parse(new TextDecoder().decode(m.data)) as { code: string; error: string };
    assert.equal(r.code, 'failed');
    assert.match(r.error, /jobs directory .* cannot be used: ENOTDIR/);
    assert.ok(w.running);
  } finally {
    await w.stop();
  }
});

test("past --jobs-max-mb the oldest finished jobs lose their files, their status says why (checked at start; a job's end runs the same check)", async () => {
  const jobs = join(dir, 'bounded');
  const seed = (id: string, endedAt: number, bytes: number) => {
    mkdirSync(join(jobs, id), { recursive: true });
    writeFileSync(join(jobs, id, `${id}.pcap`), Buffer.alloc(bytes));
    const status: CaptureJobStatus = { id, node: 'bounded', state: 'done', startedAt: endedAt - 1_000, endedAt, packets: 1, bytes, files: [{ name: `${id}.pcap`, bytes, packets: 1 }], reason: 'duration', error: null };
    writeFileSync(join(jobs, id, 'status.json'), JSON.stringify(status));
  };
  seed('older', 1_000, 700 * 1024);
  seed('newer', 2_000, 600 * 1024);
  const w = await startWorker(['--nats', nats.url, '--node', 'bounded', '--iface', 'lo', '--bpf', 'tcp port 1', '--jobs-dir', jobs, '--jobs-max-mb', '1']);
  try {
    await w.waitLog(/jobs\.listening/);
    assert.match(w.log, /jobs\.files_removed job=older bytes=716800 limitBytes=1048576/);
    const m = await nc.request(SUBJECTS.job('bounded', 'list'), enc({}), { timeout: 10_000 });
    const list = (JSON.parse(new TextDecoder().decode(m.data)) as { jobs: CaptureJobStatus[] }).jobs;
    const older = list.find((j) => j.id === 'older')!;
    assert.deepEqual(older.files, []);
    assert.match(older.filesRemoved ?? '', /passed its limit of 1 MiB \(--jobs-max-mb\)/);
    assert.equal(list.find((j) => j.id === 'newer')!.files.length, 1);
    assert.equal(existsSync(join(jobs, 'older', 'older.pcap')), false);
    assert.equal(existsSync(join(jobs, 'newer', 'newer.pcap')), true);
    // Kept on disk: a restarted worker still says why.
    assert.match(JSON.parse(readFileSync(join(jobs, 'older', 'status.json'), 'utf8')).filesRemoved, /--jobs-max-mb/);
  } finally {
    await w.stop();
  }
});
