// The proof against the oracle: tshark's AMQP dissection of the deepflow AMQP fixtures and of our
// own captures (decode-as for port 5680; trawl gets no hint) against trawl's entries, per
// connection: the multiset of method frames (each entry's request method, plus its reply method
// when the reply is a frame of its own) and the content header frames (entries with properties).
// tshark's frame total (heartbeats and body frames included) is shown for reference. Every
// difference must be listed below with its reason, and every listed difference must still occur.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FIXTURES_DIR } from '../capture/test-support/fixtures.js';
import { connKey, normalizeIp } from '../capture/test-support/tshark.js';
import type { Entry } from '../entry/types.js';
import { replay } from './test-support/replay.js';
import { tsharkAmqp, tsharkAvailable } from './test-support/tshark.js';

const OWN = fileURLToPath(new URL('./captures/', import.meta.url));
const FILES: { path: string; decodeAs: string[]; manifest?: { frames: number; methods: number } }[] = [
  { path: `${FIXTURES_DIR}/deepflow/amqp/amqp1.pcap`, decodeAs: [], manifest: { frames: 38, methods: 34 } },
  { path: `${FIXTURES_DIR}/deepflow/amqp/amqp2.pcap`, decodeAs: [], manifest: { frames: 16, methods: 12 } },
  { path: `${FIXTURES_DIR}/deepflow/amqp/amqp3.pcap`, decodeAs: [], manifest: { frames: 13, methods: 11 } },
  { path: `${FIXTURES_DIR}/deepflow/amqp/amqp-error.pcap`, decodeAs: [], manifest: { frames: 47, methods: 43 } },
  { path: `${OWN}session.pcap`, decodeAs: ['tcp.port==5680,amqp'] },
  { path: `${OWN}errors.pcap`, decodeAs: ['tcp.port==5680,amqp'] },
];

/** Differences as `missing:<method>` (tshark only) / `extra:<method>` (trawl only), with counts. */
const EXPLAINED: Record<string, { diffs: Record<string, number>; why: string }> = {
  'errors.pcap': {
    diffs: { 'missing:channel.close-ok': 1 },
    why: 'amqplib sends connection.close before the channel.close-ok of the broker’s 404 close; trawl has already paired the channel.close with that connection.close and ends the connection at close-ok, so the late channel.close-ok (answering nothing) is counted (amqp.unpaired_reply), not shown',
  },
};

const CLOSES = new Set(['channel.close', 'connection.close']);

/** The method frames an entry stands for. */
function entryMethods(e: Entry): string[] {
  const rq = e.request as Record<string, unknown> | null;
  const rs = e.response as Record<string, unknown> | null;
  const out: string[] = [];
  if (rq) out.push(String(rq.method));
  // A reply that is a close was the request of its own entry; basic.return and unpaired replies repeat the request.
  if (rs && typeof rs.method === 'string' && !CLOSES.has(rs.method) && rs.method !== rq?.method) out.push(rs.method);
  return out;
}

interface Row {
  file: string;
  tshark: { frames: number; methods: number; headers: number };
  trawl: { entries: number; methods: number; headers: number };
  diffs: Record<string, number>;
}

async function compare(path: string, decodeAs: string[]): Promise<Row> {
  const oracle = await tsharkAmqp(path, decodeAs);
  const { entries } = replay(path);
  const row: Row = { file: path.split('/').pop()!, tshark: { frames: 0, methods: 0, headers: 0 }, trawl: { entries: entries.length, methods: 0, headers: 0 }, diffs: {} };
  const mine = new Map<string, { methods: string[]; headers: number }>();
  for (const e of entries) {
    const key = connKey(`${normalizeIp(e.src.ip)} ${e.src.port}`, `${normalizeIp(e.dst.ip)} ${e.dst.port}`);
    let m = mine.get(key);
    if (!m) mine.set(key, (m = { methods: [], headers: 0 }));
    m.methods.push(...entryMethods(e));
    m.headers += [e.request, e.response].filter((s) => s && 'properties' in s).length;
  }
  for (const key of new Set([...oracle.keys(), ...mine.keys()])) {
    const t = oracle.get(key) ?? { methods: [], headers: 0, frames: 0 };
    const w = mine.get(key) ?? { methods: [], headers: 0 };
    row.tshark.frames += t.frames;
    row.tshark.methods += t.methods.length;
    row.tshark.headers += t.headers;
    row.trawl.methods += w.methods.length;
    row.trawl.headers += w.headers;
    const count = new Map<string, number>();
    for (const m of t.methods) count.set(m, (count.get(m) ?? 0) + 1);
    for (const m of w.methods) count.set(m, (count.get(m) ?? 0) - 1);
    for (const [m, n] of count) if (n !== 0) row.diffs[`${n > 0 ? 'missing' : 'extra'}:${m}`] = (row.diffs[`${n > 0 ? 'missing' : 'extra'}:${m}`] ?? 0) + Math.abs(n);
    if (t.headers !== w.headers) row.diffs['headers'] = (row.diffs['headers'] ?? 0) + w.headers - t.headers;
  }
  return row;
}

const verdict = (r: Row) => (Object.keys(r.diffs).length === 0 ? (EXPLAINED[r.file] ? 'FAIL' : 'agree') : EXPLAINED[r.file] && JSON.stringify(r.diffs) === JSON.stringify(EXPLAINED[r.file].diffs) ? 'explained' : 'FAIL');

function table(rows: Row[]): string {
  const head = ['file', 'tshark frames/methods/headers', 'trawl entries/methods/headers', 'verdict'];
  const lines = rows.map((r) => [r.file, `${r.tshark.frames}/${r.tshark.methods}/${r.tshark.headers}`, `${r.trawl.entries}/${r.trawl.methods}/${r.trawl.headers}`, verdict(r) + (Object.keys(r.diffs).length ? ` ${JSON.stringify(r.diffs)}` : '')]);
  const width = head.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c].length)));
  return [head, ...lines].map((l) => l.map((v, c) => (c === l.length - 1 ? v : v.padEnd(width[c]))).join('  ')).join('\n');
}

const skip = !existsSync(`${FIXTURES_DIR}/MANIFEST.tsv`) ? 'fixtures not present' : !(await tsharkAvailable()) ? 'tshark not installed' : false;

test('AMQP: trawl agrees with tshark, or the difference is explained', { skip, timeout: 120_000 }, async (t) => {
  const rows = await Promise.all(FILES.map((f) => compare(f.path, f.decodeAs)));
  console.log(`\ntrawl vs tshark, AMQP 0-9-1 (${rows.length} captures)\n${table(rows)}\n`);
  for (const [i, row] of rows.entries()) {
    await t.test(row.file, () => {
      const m = FILES[i].manifest;
      // MANIFEST's counts are tshark's too (amqp_frames, amqp_methods): the oracle run reproduces them.
      if (m) assert.deepEqual([row.tshark.frames, row.tshark.methods], [m.frames, m.methods], 'MANIFEST amqp_frames/amqp_methods');
      const expected = EXPLAINED[row.file];
      if (!expected) assert.deepEqual(row.diffs, {});
      else assert.deepEqual(row.diffs, expected.diffs, expected.why);
    });
  }
});

// deepflow's own decode (`.result` beside each fixture): the failures it reports on responses
// (msg_type Response or Session with an error resp_code) are the operations trawl shows with a
// non-zero status, the closes themselves aside (deepflow reports those as requests).
const DEEPFLOW_CODES: Record<string, number> = { NotAllowed: 530, PreconditionFailed: 406, NoRoute: 312, NotFound: 404, AccessRefused: 403, ResourceLocked: 405 };

test('AMQP: failures agree with deepflow .result', { skip }, () => {
  for (const name of ['amqp1', 'amqp2', 'amqp3', 'amqp-error']) {
    const base = `${FIXTURES_DIR}/deepflow/amqp/${name}`;
    const theirs: number[] = [];
    for (const line of readFileSync(`${base}.result`, 'utf8').split('\n')) {
      const m = /msg_type: (Response|Session)\b.*resp_code: Some\((\w+)\)/.exec(line);
      if (m && m[2] !== 'Success') theirs.push(DEEPFLOW_CODES[m[2]] ?? -1);
    }
    const ours = replay(`${base}.pcap`)
      .entries.filter((e) => {
        const rs = e.response as Record<string, unknown> | null;
        return rs && rs.status !== 0 && !String(rs.method).endsWith('close-ok');
      })
      .map((e) => (e.response as { status: number }).status);
    assert.deepEqual(ours.sort(), theirs.sort(), name);
  }
});
