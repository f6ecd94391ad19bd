// Hand-built MySQL conversations for session tests: packets from hex payloads, fed to a fresh
// session one-shot or split into pieces.
import { feedScript, type ScriptStep } from '../../engine/test-support/script.js';
import type { PartialEntry } from '../../engine/types.js';
import { fakeContext, type FakeContext } from '../../http1/test-support/fake-context.js';
import { concat as cat, hex } from '../../capture/test-support/hex.js';
import type { EngineLimits } from '../../limits.js';
import { mysqlDissector } from '../index.js';

export { cat, hex };
export const text = (s: string): Uint8Array => new TextEncoder().encode(s);

/** One packet: 3-byte length, sequence id, payload. */
export function pkt(seq: number, payload: Uint8Array | string): Uint8Array {
  const p = typeof payload === 'string' ? hex(payload) : payload;
  return cat(Uint8Array.of(p.length & 0xff, (p.length >> 8) & 0xff, p.length >> 16, seq), p);
}

export type Step = ScriptStep;

export function run(steps: Step[], options: { split?: number; limits?: Partial<EngineLimits> } = {}): FakeContext {
  const ctx = fakeContext(options.limits);
  feedScript(mysqlDissector.createSession(ctx), steps, options.split);
  return ctx;
}

export { c as c2s, s as s2c } from '../../engine/test-support/script.js';

/** Request and response of each entry, for compact assertions. */
export const pairs = (entries: PartialEntry[]): [unknown, unknown][] => entries.map((e) => [e.request, e.response]);

// ---- real packets (from captures/binary-protocol.pcap, MariaDB 10.11) -------------------------

export const GREETING = pkt(
  0,
  '0a352e352e352d31302e31312e31392d4d6172696144422d302b646562313275310006000000273161764c5a5d4700fef7080200ff81150000000000001d0000002c4453522252553547466a64006d7973716c5f6e61746976655f70617373776f726400',
);
export const LOGIN = pkt(
  1,
  '09a20f00000000012d00000000000000000000000000000000000000000000006170700014dec66ccb410afb0666300bd13d3fad51596615e073686f70006d7973716c5f6e61746976655f70617373776f726400',
);
export const AUTH_OK = pkt(2, '00000002000000');
export const PREPARE_INSERT = pkt(0, cat(Uint8Array.of(0x16), text('INSERT INTO items (name, price, created) VALUES (?, ?, ?)')));
export const PREPARE_INSERT_OK = hex(
  '0c0000010002000000000003000000001700000203646566000000013f000c3f00000000000680000000001700000303646566000000013f000c3f00000000000680000000001700000403646566000000013f000c3f000000000006800000000005000005fe00000200',
);
export const EXECUTE_INSERT = hex('29000000170200000000010000000001fd0005000c0006776964676574000000000000234007e80705110a1e00');
export const EXECUTE_INSERT_OK = hex('0700000100010402000000');
export const query = (sql: string): Uint8Array => pkt(0, cat(Uint8Array.of(3), text(sql)));
