// The proof against the oracle: every DNS capture of the shared fixture set and our own captures,
// dissected by tshark (decode-as for our port 5300; trawl gets no hint: it detects by content)
// and by trawl's real engine; per file, queries and responses counted (tshark: `dns.flags.response`
// of every PDU, and responses it matched to a query (`dns.response_to`); trawl: entries with a
// request / with a response / with both). Every difference is listed below
// with its reason, and every listed difference must still occur.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FIXTURES_DIR } from '../capture/test-support/fixtures.js';
import { replayDns } from './test-support/replay.js';
import { deepflowResult } from './test-support/deepflow.js';
import { dnsFixtures, tsharkAvailable, tsharkDns, type DnsCounts } from './test-support/tshark.js';

const OWN = fileURLToPath(new URL('./captures/', import.meta.url));
const DECODE_AS = ['udp.port==5300,dns', 'tcp.port==5300,dns'];

const MDNS =
  'mDNS: queries and responses are all sent by one host to the multicast group (the same direction, id 0); RFC 6762 responses announce to the group rather than answer a query, so trawl pairs only by id AND reversed addresses (zeek does not associate them either: mdns-no-assoc); tshark pairs id 0 within the conversation';
const SVCB_MALFORMED =
  'an HTTPS record with a malformed SvcParam (alpn length, port length): tshark stops at the malformed field and leaves the response unmatched; trawl pairs it by id and question, renders the record as RFC 3597 hex and marks the entry `malformed`';

/** Expected, explained differences: trawl's counts where they differ from tshark's. */
const EXPLAINED: Record<string, { trawl: DnsCounts; why: string }> = {
  'zeek/dns/mdns-no-assoc.pcap': { trawl: { q: 3, r: 3, paired: 0 }, why: MDNS },
  'zeek/dns/mdns.pcap': { trawl: { q: 12, r: 6, paired: 0 }, why: MDNS },
  'zeek/dns/svcb-alpn-malformed-len-too-long.pcap': { trawl: { q: 1, r: 1, paired: 1 }, why: SVCB_MALFORMED },
  'zeek/dns/svcb-alpn-malformed-len-too-short.pcap': { trawl: { q: 1, r: 1, paired: 1 }, why: SVCB_MALFORMED },
  'zeek/dns/svcb-port-malformed.pcap': { trawl: { q: 1, r: 1, paired: 1 }, why: SVCB_MALFORMED },
  'zeek/dns-edns-ecs-bad.pcap': {
    trawl: { q: 0, r: 0, paired: 0 },
    why: 'fuzzed responses: the question has type 0 and class 0 and 236 answers are claimed in 393 bytes; nothing says DNS but port 53, which trawl does not trust (tshark decodes by port and flags all four Malformed)',
  },
  'zeek/dns/dns-invalid-names.pcap': {
    trawl: { q: 0, r: 0, paired: 0 },
    why: 'synthetic queries whose only question name is cut short or a pointer to itself: by content this is not DNS (tshark decodes by port 53 and flags them Malformed / "pointer that loops")',
  },
};

interface Row {
  path: string;
  file: string;
  decodeAs: string[];
  tshark: DnsCounts;
  trawl: DnsCounts;
}

async function runAll(files: { path: string; file: string; decodeAs: string[] }[]): Promise<Row[]> {
  const rows: Row[] = [];
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const f = files[next++];
      const tshark = await tsharkDns(f.file, f.decodeAs);
      const dns = replayDns(f.file).entries.filter((e) => e.protocol.name === 'dns');
      rows.push({ ...f, tshark, trawl: { q: dns.filter((e) => e.request).length, r: dns.filter((e) => e.response).length, paired: dns.filter((e) => e.request && e.response).length } });
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return rows.sort((a, b) => a.path.localeCompare(b.path));
}

const same = (a: DnsCounts, b: DnsCounts) => a.q === b.q && a.r === b.r && a.paired === b.paired;
const verdict = (r: Row) => (same(r.tshark, r.trawl) ? (EXPLAINED[r.path] ? 'FAIL' : 'agree') : EXPLAINED[r.path] && same(EXPLAINED[r.path].trawl, r.trawl) ? 'explained' : 'FAIL');

function table(rows: Row[]): string {
  const head = ['file', 'tshark q/r/paired', 'trawl q/r/paired', 'verdict'];
  const lines = rows.map((r) => [r.path, `${r.tshark.q}/${r.tshark.r}/${r.tshark.paired}`, `${r.trawl.q}/${r.trawl.r}/${r.trawl.paired}`, verdict(r)]);
  const w = head.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c].length)));
  const fmt = (l: string[]) => l.map((v, c) => (c === l.length - 1 ? v : v.padEnd(w[c]))).join('  ');
  const n = (v: string) => rows.filter((r) => verdict(r) === v).length;
  return [fmt(head), ...lines.map(fmt), `${n('agree')} agree, ${n('explained')} explained, ${n('FAIL')} fail, ${rows.length} files`].join('\n');
}

const fixtures = dnsFixtures(FIXTURES_DIR);
const skip = fixtures.length === 0 ? 'fixtures not present' : !(await tsharkAvailable()) ? 'tshark not installed' : false;

test('DNS captures: trawl agrees with tshark, or the difference is explained', { skip, timeout: 120_000 }, async (t) => {
  const files = [
    ...fixtures.map((f) => ({ path: f.path, file: `${FIXTURES_DIR}/${f.path}`, decodeAs: [] })),
    ...['udp', 'tcp', 'tcp-keepopen'].map((n) => ({ path: `own/${n}.pcap`, file: `${OWN}${n}.pcap`, decodeAs: DECODE_AS })),
  ];
  const rows = await runAll(files);
  console.log(`\ntrawl vs tshark, DNS (${rows.length} captures)\n${table(rows)}\n`);
  assert.ok(fixtures.length >= 45, `${fixtures.length} DNS fixtures`);
  for (const path of Object.keys(EXPLAINED)) assert.ok(rows.some((r) => r.path === path), `EXPLAINED names ${path}, which is not a DNS capture`);
  for (const row of rows) {
    await t.test(row.path, () => {
      const expected = EXPLAINED[row.path];
      if (!expected) assert.deepEqual(row.trawl, row.tshark);
      else {
        assert.notDeepEqual(row.trawl, row.tshark, `${row.path} now agrees: remove it from EXPLAINED`);
        assert.deepEqual(row.trawl, expected.trawl, expected.why);
      }
    });
  }
  // The MANIFEST's counts are tshark 4.0's: the tshark on PATH must agree with them.
  for (const f of fixtures) {
    const row = rows.find((r) => r.path === f.path)!;
    assert.deepEqual([row.tshark.q, row.tshark.r], [f.q, f.r], `tshark disagrees with MANIFEST on ${f.path}`);
  }
});

/**
 * deepflow's `.result` beside its DNS captures: every message's id, type, name, rcode, bytes and
 * response time (µs) must match ours. One explained difference: deepflow counts the request bytes
 * of the TCP segment, which in dns-tcp-multi carries both queries (2 × 70); trawl counts each frame.
 */
const DEEPFLOW_EXPLAINED: Record<string, number> = { 'dns-tcp-multi#59441#Request': 70, 'dns-tcp-multi#22841#Request': 70 };

test('deepflow DNS captures: every message agrees with deepflow .result', { skip: fixtures.length === 0 && 'fixtures not present' }, () => {
  const rows: string[] = [];
  for (const f of fixtures.filter((x) => x.path.startsWith('deepflow/'))) {
    const expected = deepflowResult(`${FIXTURES_DIR}/${f.path.replace(/\.pcap$/, '.result')}`);
    assert.ok(expected, f.path);
    const entries = replayDns(`${FIXTURES_DIR}/${f.path}`).entries;
    const base = f.path.split('/').pop()!.replace(/\.pcap$/, '');
    for (const m of expected) {
      const e = entries.find((x) => ((m.kind === 'Request' ? x.request : x.response) as { id?: number } | null)?.id === m.id);
      assert.ok(e, `${f.path}: no entry for ${m.kind} ${m.id}`);
      const rq = e.request as { type: string; name: string };
      const ours = {
        id: m.id,
        kind: m.kind,
        type: rq.type,
        name: rq.name,
        ...(m.rcode !== undefined ? { rcode: (e.response as { status: number }).status } : {}),
        bytes: m.kind === 'Request' ? e.requestSize : e.responseSize,
        rrt: m.kind === 'Request' ? 0 : Math.round(e.elapsedTime! * 1000),
      };
      const key = `${base}#${m.id}#${m.kind}`;
      assert.deepEqual(ours, DEEPFLOW_EXPLAINED[key] !== undefined ? { ...m, bytes: DEEPFLOW_EXPLAINED[key] } : m, key);
      rows.push(`${key.padEnd(36)} ${m.type.padEnd(5)} rcode ${m.rcode ?? '-'} bytes ${m.bytes}/${ours.bytes} rrt ${m.rrt}/${ours.rrt}`);
    }
  }
  console.log(`\ntrawl vs deepflow .result, DNS (deepflow/trawl)\n${rows.join('\n')}\n`);
});
