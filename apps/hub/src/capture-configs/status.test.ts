// A capture job as the workers report it, in a config's status: per node, the phase, the message.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CaptureJob, CaptureJobStatus, CaptureJobWorker } from '@trawl/api';
import { JOB_GONE } from '../jobs/start.js';
import { downloadPath, progress } from './status.js';

const spec = { iface: 'any', bpf: 'port 80', durationMs: 60_000, maxBytes: 1 << 20, rotateBytes: 1 << 20, snaplen: 0, maxPackets: 1000 };
const job = (...workers: CaptureJobWorker[]): CaptureJob => ({ id: 'j-1', name: 'pcc/web', createdAt: 0, spec, workers });
const st = (node: string, state: CaptureJobStatus['state'], files: [string, number, number][] = [], extra: Partial<CaptureJobStatus> = {}): CaptureJobWorker => ({
  node,
  status: { id: 'j-1', node, state, startedAt: 0, endedAt: state === 'running' ? null : 1, packets: files.reduce((n, f) => n + f[2], 0), bytes: 0, files: files.map(([name, bytes, packets]) => ({ name, bytes, packets })), reason: state === 'done' ? 'duration' : null, error: null, ...extra },
  error: null,
});
const err = (node: string, error: string): CaptureJobWorker => ({ node, status: null, error });

test('download paths are the hub route, each part encoded', () => {
  assert.equal(downloadPath('j-1', 'node a', 'vm-001.pcap'), '/api/jobs/j-1/files/node%20a/vm-001.pcap');
});

test('running while any worker runs; the message names the workers', () => {
  const p = progress(job(st('a', 'running', [['a-001.pcap', 100, 2]]), st('b', 'done', [['b-001.pcap', 24, 0]])), {}, false);
  assert.equal(p.finished, false);
  assert.equal(p.phase, 'Running');
  assert.equal(p.message, 'capturing on a (job j-1)');
  assert.deepEqual(p.captureFiles.a, { status: 'running', output_file: '/api/jobs/j-1/files/a/a-001.pcap', files: ['/api/jobs/j-1/files/a/a-001.pcap'], file_size: 100, packets: 2 });
  assert.equal(p.captureFiles.b!.reason, 'duration');
});

test('completed when every worker is done: the first file, every file, their bytes and packets', () => {
  const p = progress(job(st('a', 'done', [['a-001.pcap', 1000, 10], ['a-002.pcap', 500, 5]]), st('b', 'done', [], { reason: 'maxPackets' })), {}, false);
  assert.equal(p.phase, 'Completed');
  assert.deepEqual(p.captureFiles.a, {
    status: 'done',
    output_file: '/api/jobs/j-1/files/a/a-001.pcap',
    files: ['/api/jobs/j-1/files/a/a-001.pcap', '/api/jobs/j-1/files/a/a-002.pcap'],
    file_size: 1500,
    packets: 15,
    reason: 'duration',
  });
  assert.deepEqual(p.captureFiles.b, { status: 'done', output_file: '', files: [], file_size: 0, packets: 0, reason: 'maxPackets' });
  assert.match(p.message, /^captured 15 packets into 2 files on a \(duration\), b \(maxPackets\)/);
});

test('failed when a worker failed, was refused at start, or lost the job; the reasons in the message', () => {
  const p = progress(job(st('a', 'done', [['a-001.pcap', 24, 1]]), st('b', 'failed', [], { error: 'capture program exited: no such device' }), err('c', 'worker c did not answer (TIMEOUT)'), err('d', JOB_GONE)), { c: 'worker c did not answer (TIMEOUT)' }, false);
  assert.equal(p.finished, true);
  assert.equal(p.phase, 'Failed');
  assert.equal(p.message, `failed on b: capture program exited: no such device; c: worker c did not answer (TIMEOUT); d: ${JOB_GONE}; captured 1 packet into 1 file on a (duration)`);
  assert.deepEqual(p.captureFiles.c, { status: 'failed', output_file: '', files: [], file_size: 0, packets: 0, reason: 'worker c did not answer (TIMEOUT)' });
});

test('a worker not answering is a moment until the job is overdue', () => {
  const w = [st('a', 'done'), err('b', 'worker b did not answer (TIMEOUT)')];
  const now = progress(job(...w), {}, false);
  assert.deepEqual([now.finished, now.phase, now.captureFiles.b!.status], [false, 'Running', 'unreachable']);
  assert.match(now.message, /capturing on b \(not answering: worker b did not answer/);
  const late = progress(job(...w), {}, true);
  assert.deepEqual([late.finished, late.phase, late.captureFiles.b!.status], [true, 'Failed', 'failed']);
});
