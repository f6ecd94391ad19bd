import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clock } from './clock.js';

const iso = (ms: number) => new Date(ms).toISOString().slice(11, 23);

test('clock() is toISOString().slice(11, 23) in and out of order, across seconds and days', () => {
  const base = 1692957822217.564;
  const times = [base, base + 0.5, base + 782.9, base + 783, base + 999.999, base - 1, base + 86_400_000, 0, 0.999, 999.5, 1000, 59_999.9];
  // A pseudo-random walk: mostly forward within a second, sometimes jumping back or across days.
  let t = base;
  let seed = 7;
  for (let i = 0; i < 20_000; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    t += (seed % 7 === 0 ? -1 : 1) * ((seed % 100_000) / 37);
    times.push(seed % 1000 === 0 ? seed * 1000 : t);
  }
  for (const ms of times) assert.equal(clock(ms), iso(ms), String(ms));
});

test('clock() outside years 0..9999 and before 1970 still matches toISOString', () => {
  for (const ms of [-1, -0.5, -1000.25, -62_198_755_200_000, 253402300799999.9, 253402300800000, 8.64e15, -8.64e15]) {
    assert.equal(clock(ms), iso(ms), String(ms));
  }
  assert.throws(() => clock(NaN), RangeError);
  assert.throws(() => clock(8.64e15 + 1), RangeError);
});
