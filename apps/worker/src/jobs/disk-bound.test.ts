import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CaptureJobStatus } from '@trawl/bus';
import { jobsToPrune } from './disk-bound.js';

const job = (id: string, state: CaptureJobStatus['state'], endedAt: number | null, ...sizes: number[]): CaptureJobStatus => ({
  id,
  node: 'n',
  state,
  startedAt: (endedAt ?? 1_000) - 100,
  endedAt,
  packets: 0,
  bytes: sizes.reduce((a, b) => a + b, 0),
  files: sizes.map((bytes, i) => ({ name: `${id}-${i}.pcap`, bytes, packets: 1 })),
  reason: null,
  error: null,
});

test('within the bound nothing goes; past it the oldest finished jobs go first, until it fits', () => {
  const jobs = [job('b', 'done', 200, 300), job('a', 'failed', 100, 200, 200), job('c', 'done', 300, 100), job('run', 'running', null, 500)];
  assert.deepEqual(jobsToPrune(jobs, 1_300), []);
  assert.deepEqual(jobsToPrune(jobs, 1_299), ['a']);
  assert.deepEqual(jobsToPrune(jobs, 600), ['a', 'b']);
  // A running job is never pruned, even when it alone is over the bound.
  assert.deepEqual(jobsToPrune(jobs, 100), ['a', 'b', 'c']);
  assert.deepEqual(jobsToPrune([job('x', 'done', 1, 0)], 0), [], 'a job without bytes frees nothing and stays');
});
