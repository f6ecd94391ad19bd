import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleState } from './bundle-state.js';

test('a bundle is current until a witness is written after it, and missing without a manifest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trawl-bundle-'));
  const bundle = join(dir, 'bundle');
  mkdirSync(bundle);
  assert.equal(bundleState(bundle), 'missing');

  const witness = join(dir, 'tsconfig.tsbuildinfo');
  writeFileSync(witness, '{}');
  const builtAtMs = Date.now() + 10_000;
  writeFileSync(join(bundle, 'manifest.json'), JSON.stringify({ builtAtMs, witnesses: ['../tsconfig.tsbuildinfo'] }));
  utimesSync(witness, (builtAtMs - 5_000) / 1000, (builtAtMs - 5_000) / 1000);
  assert.equal(bundleState(bundle), 'current');

  // tsc wrote the project again after the bundle was made.
  utimesSync(witness, (builtAtMs + 5_000) / 1000, (builtAtMs + 5_000) / 1000);
  assert.equal(bundleState(bundle), 'stale');

  writeFileSync(join(bundle, 'manifest.json'), JSON.stringify({ builtAtMs, witnesses: ['../gone.tsbuildinfo'] }));
  assert.equal(bundleState(bundle), 'stale');
  writeFileSync(join(bundle, 'manifest.json'), '{"builtAtMs":');
  assert.equal(bundleState(bundle), 'missing');
});
