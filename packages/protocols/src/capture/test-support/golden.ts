// Golden files: `<case>.golden.jsonl` beside `<case>.pcap`, one entry per line with sorted keys.
// Regenerated only with TRAWL_UPDATE_GOLDEN=1; a mismatch writes `<case>.actual.jsonl` (gitignored).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Entry } from '../../entry/types.js';

export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) out[k] = sortKeys((value as Record<string, unknown>)[k]);
  return out;
}

export const toJsonl = (entries: Entry[]): string => entries.map((e) => JSON.stringify(sortKeys(e)) + '\n').join('');

/** Null when the golden matches (or was just rewritten); otherwise what differs, briefly. */
export function checkGolden(base: string, entries: Entry[]): string | null {
  const golden = `${base}.golden.jsonl`;
  const actualFile = `${base}.actual.jsonl`;
  const actual = toJsonl(entries);
  if (process.env.TRAWL_UPDATE_GOLDEN === '1') {
    writeFileSync(golden, actual);
    rmSync(actualFile, { force: true });
    return null;
  }
  if (!existsSync(golden)) return `${golden} is missing (run with TRAWL_UPDATE_GOLDEN=1)`;
  const expected = readFileSync(golden, 'utf8');
  if (expected === actual) {
    rmSync(actualFile, { force: true });
    return null;
  }
  writeFileSync(actualFile, actual);
  const a = actual.split('\n');
  const e = expected.split('\n');
  const line = a.findIndex((l, i) => l !== e[i]);
  const clip = (s: string | undefined) => (s === undefined ? '(none)' : s.length > 400 ? `${s.slice(0, 400)}…` : s);
  return `${golden} differs at line ${line + 1} (see ${actualFile}):\n  golden: ${clip(e[line])}\n  actual: ${clip(a[line])}`;
}

/** checkGolden as an assertion: fails with what differs. */
export function assertGolden(base: string, entries: Entry[]): void {
  const diff = checkGolden(base, entries);
  assert.equal(diff, null, diff ?? '');
}
