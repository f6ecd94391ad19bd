// A PacketCaptureConfig's spec, checked, and the capture job it becomes (the filter as the
// workers get it, from jobs/bpf.ts, the path POST /api/jobs takes).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jobFilter } from '../jobs/bpf.js';
import { checkSpec, jobFor, JOB_IFACE, TEXT_REFUSED } from './spec.js';

const ok = (raw: unknown) => {
  const r = checkSpec(raw);
  assert.ok(r.ok, r.ok ? '' : r.message);
  return r.spec;
};
const refused = (raw: unknown): string => {
  const r = checkSpec(raw);
  assert.ok(!r.ok, `accepted ${JSON.stringify(raw)}`);
  return r.message;
};

test('defaults: 60 s, 1000 packets, pcap; pods default to the default namespace; a multi-line filter is one line', () => {
  assert.deepEqual(ok({ targetIPs: ['10.0.0.1'] }), { targetIPs: ['10.0.0.1'], pods: [], targetPorts: [], durationSeconds: 60, maxPackets: 1000, filter: '' });
  assert.deepEqual(ok({ podSelector: { pods: [{ podName: 'web-0' }, { podName: 'db-0', namespace: 'shop' }] }, targetPorts: [80, 5432], duration: 86_400, maxPackets: 0, outputFormat: 'pcap', filter: 'tcp\n  and not port 22\n' }), {
    targetIPs: [],
    pods: [
      { podName: 'web-0', namespace: 'default' },
      { podName: 'db-0', namespace: 'shop' },
    ],
    targetPorts: [80, 5432],
    durationSeconds: 86_400,
    maxPackets: 0,
    filter: 'tcp and not port 22',
  });
  assert.ok(ok({ targetIPs: ['fd00::1', '192.168.1.20'], duration: 1 }));
});

test('every problem is named, in one message', () => {
  for (const [raw, expected] of [
    [{}, /name what to capture: targetIPs, podSelector\.pods, or both/],
    [{ targetIPs: [], podSelector: { pods: [] } }, /name what to capture/],
    [null, /spec must be an object/],
    [{ targetIPs: ['10.0.0.1', 'not-an-ip', '10.0.0.300'] }, /targetIPs: "not-an-ip" is not an IPv4 or IPv6 address; targetIPs: "10\.0\.0\.300" is not/],
    [{ targetIPs: '10.0.0.1' }, /targetIPs must be a list/],
    [{ targetIPs: ['10.0.0.1'], targetPorts: [0, 80, 65_536, 'http'] }, /targetPorts: 0 is not a port \(1\.\.65535\); targetPorts: 65536 is not a port.*targetPorts: "http"/],
    [{ targetIPs: ['10.0.0.1'], duration: 0 }, /duration: 0 must be whole seconds, 1\.\.86400/],
    [{ targetIPs: ['10.0.0.1'], duration: 86_401 }, /duration: 86401/],
    [{ targetIPs: ['10.0.0.1'], duration: 1.5 }, /duration: 1\.5/],
    [{ targetIPs: ['10.0.0.1'], maxPackets: -1 }, /maxPackets: -1 must be an integer 0\.\./],
    [{ targetIPs: ['10.0.0.1'], outputFormat: 'json' }, /outputFormat: "json" is not pcap, text or stdout/],
    [{ targetIPs: ['10.0.0.1'], filter: 'x'.repeat(4097) }, /filter must be a tcpdump expression of at most 4096/],
    [{ targetIPs: ['10.0.0.1'], filter: 7 }, /filter must be a tcpdump expression/],
    [{ podSelector: { pods: [{ namespace: 'shop' }] } }, /podSelector\.pods: .* is not a pod name/],
    [{ podSelector: { pods: [{ podName: 'Web_0' }] } }, /"Web_0" is not a pod name/],
    [{ podSelector: { pods: [{ podName: 'web-0', namespace: 'Shop!' }] } }, /"Shop!" is not a namespace/],
    [{ podSelector: 'web-0' }, /podSelector must be an object/],
    [{ targetIPs: Array.from({ length: 257 }, () => '10.0.0.1') }, /targetIPs has 257 items \(at most 256\)/],
    [{ targetIPs: ['x'], duration: 0, outputFormat: 'text' }, /targetIPs: "x".*; duration: 0.*; outputFormat text/],
  ] as const) {
    assert.match(refused(raw), expected, JSON.stringify(raw).slice(0, 80));
  }
});

test('text and stdout are refused with how to read a pcap as text', () => {
  for (const format of ['text', 'stdout']) {
    const message = refused({ targetIPs: ['10.0.0.1'], outputFormat: format });
    assert.equal(message, `outputFormat ${format}: ${TEXT_REFUSED}`);
    assert.match(message, /pcap files only/);
    assert.match(message, /`trawl read FILE`/);
    assert.match(message, /`tshark -r FILE`/);
  }
});

test('the job: named pcc/<name>, on every interface, the pods\' addresses beside the targets (once each), the filter ANDed', () => {
  const spec = ok({ targetIPs: ['10.0.0.1'], podSelector: { pods: [{ podName: 'web-0' }] }, targetPorts: [80, 443], duration: 30, maxPackets: 500, filter: 'tcp' });
  const job = jobFor('orders', spec, ['10.0.0.7', '10.0.0.1', 'fd00::7'], ['node-a', 'node-b'], 'abc-123');
  assert.deepEqual(job, {
    id: 'abc-123',
    name: 'pcc/orders',
    nodes: ['node-a', 'node-b'],
    iface: JOB_IFACE,
    targetIPs: ['10.0.0.1', '10.0.0.7', 'fd00::7'],
    targetPorts: [80, 443],
    bpf: 'tcp',
    durationMs: 30_000,
    maxBytes: 100 * 1024 * 1024,
    rotateBytes: 16 * 1024 * 1024,
    snaplen: 0,
    maxPackets: 500,
  });
  assert.equal(JOB_IFACE, 'any');
  assert.equal(jobFilter(job), '(host 10.0.0.1 or host 10.0.0.7 or host fd00::7) and (port 80 or port 443) and (tcp)');
  // Only a filter of its own: as written.
  assert.equal(jobFilter(jobFor('x', ok({ targetIPs: ['10.0.0.1'] }), [], [], 'i')), '(host 10.0.0.1)');
});
