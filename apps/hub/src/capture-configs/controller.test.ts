// The PacketCaptureConfig controller end to end: a real nats-server, a real hub (startHub), a
// real worker process capturing on lo (apps/worker/dist/main.js: run `pnpm build` first), and a
// stand-in Kubernetes API (test-support/kube-api.ts) reached only through client-node. Configs go
// Starting → Running → Completed with files tshark reads, or Failed with the reason; a deleted
// one stops its job; the API away at start is retried and caught up with; a restarted hub
// follows a Running config to its end and leaves finished ones alone.
import assert from 'node:assert/strict';
import { spawn, execFile, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, test } from 'node:test';
import { startHub, type Hub } from '../hub.js';
import { FakeClusterApi } from '../test-support/kube-api.js';
import { freePort, startTestNats, waitFor, type TestNats } from '../test-support/nats.js';

const WORKER_MAIN = fileURLToPath(new URL('../../../worker/dist/main.js', import.meta.url));
const NODE = 'pcc-node';
const N = 10;

let nats: TestNats;
let dir: string;
let kube: FakeClusterApi;
let kubeconfig: string;
let worker: ChildProcess;
let workerLog = '';
let web: Server;
let port: number;
let hub: Hub;
let hubLog: string[] = [];

const startTheHub = () =>
  startHub({
    natsUrl: nats.url,
    dataDir: join(dir, 'data'),
    host: '127.0.0.1',
    port: 0,
    retention: {},
    log: (m) => hubLog.push(m),
    kubernetes: { kind: 'kubeconfig', path: kubeconfig },
    captureConfigs: { pollMs: 500, retryMinMs: 100, retryMaxMs: 1_000 },
  });

before(async () => {
  assert.ok(existsSync(WORKER_MAIN), `${WORKER_MAIN} is missing: run \`pnpm build\` at the repository root`);
  dir = mkdtempSync(join(tmpdir(), 'hub-pcc-'));
  nats = await startTestNats();
  // Not started: the API server is away when the hub starts (the first test brings it up).
  kube = new FakeClusterApi(await freePort());
  kubeconfig = join(dir, 'kubeconfig.yaml');
  writeFileSync(kubeconfig, kube.kubeconfig());
  web = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.end('y'.repeat(300)));
  });
  web.listen(0, '127.0.0.1');
  await once(web, 'listening');
  port = (web.address() as { port: number }).port;
  // Its own capture narrowed to nothing of interest: only the jobs matter here.
  worker = spawn(process.execPath, [WORKER_MAIN, '--iface', 'lo', '--bpf', 'tcp port 9', '--jobs-dir', join(dir, 'jobs'), '--nats', nats.url, '--node', NODE, '--metrics-port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  worker.stdout!.on('data', (d: Buffer) => (workerLog += d.toString()));
  worker.stderr!.on('data', (d: Buffer) => (workerLog += d.toString()));
  hub = await startTheHub();
});

after(async () => {
  await hub?.stop();
  if (worker && worker.exitCode === null) {
    worker.kill('SIGTERM');
    await once(worker, 'exit');
  }
  web?.close();
  await kube?.stop();
  await nats?.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const status = (name: string) => kube.get(name)?.status;
const phaseIs = (name: string, phase: string, ms = 60_000) =>
  waitFor(`${name} ${phase}`, () => {
    assert.ok(worker.exitCode === null, `the worker exited:\n${workerLog.slice(-2000)}`);
    const s = status(name);
    if (s?.phase === 'Failed' && phase !== 'Failed') throw new Error(`${name} Failed: ${s.message}`);
    return s?.phase === phase ? s : undefined;
  }, ms, 50) as Promise<Record<string, any>>;
const phasesOf = (name: string) => kube.patches.filter((p) => p.name === name && p.status.phase).map((p) => p.status.phase);
const eventsOf = (name: string) => kube.events.filter((e) => e.body.involvedObject?.name === name).map((e) => `${e.body.type} ${e.body.reason}`);
const hubApi = async (path: string, init?: RequestInit) => {
  const r = await fetch(hub.url + path, init);
  return { status: r.status, body: (await r.json()) as any };
};
const curl = (path: string) => promisify(execFile)('curl', ['-s', '-m', '5', '-o', '/dev/null', `http://127.0.0.1:${port}${path}`]);
const logLines = (re: RegExp) => hubLog.filter((l) => re.test(l));
/** Events are posted after the status patch they follow: waited for, then compared. */
const eventsAre = async (name: string, expected: string[]) => {
  await waitFor(`${name}'s ${expected.length} events`, () => eventsOf(name).length >= expected.length, 10_000).catch(() => {});
  assert.deepEqual(eventsOf(name), expected, name);
};

test('the API away at start: retried, said once; then a config with a pod runs to Completed and its file holds the requests', { timeout: 120_000 }, async () => {
  kube.putPod('shop', 'web-0', ['127.0.0.1']);
  const created = kube.apply('web', { podSelector: { pods: [{ podName: 'web-0', namespace: 'shop' }] }, targetPorts: [port], duration: 6, filter: 'tcp' });
  await waitFor('retries', () => logLines(/PacketCaptureConfigs: cannot list or watch/).length === 1 && hubLog.length > 0);
  await new Promise((r) => setTimeout(r, 1_500));
  assert.equal(logLines(/cannot list or watch/).length, 1, 'one line per outage, not one per retry');
  assert.match(logLines(/cannot list or watch/)[0]!, new RegExp(`at ${kube.url}: .*ECONNREFUSED.*retrying`));
  assert.equal(hub.captureConfigs!.stats.listed, false);
  assert.ok(hub.captureConfigs!.stats.watchErrors >= 3, `retried: ${hub.captureConfigs!.stats.watchErrors}`);

  await kube.start();
  const running = await phaseIs('web', 'Running');
  assert.equal(logLines(/answers again/).length, 1);
  assert.match(running.message, new RegExp(`^capturing on ${NODE} \\(job ${running.jobId}\\)`));
  for (let i = 0; i < N; i++) await curl(`/orders/${i}`);
  const done = await phaseIs('web', 'Completed');

  assert.deepEqual(phasesOf('web'), ['Starting', 'Running', 'Completed']);
  assert.ok(kube.requests.includes('GET /api/v1/namespaces/shop/pods/web-0'), 'the pod read through the API');
  assert.equal(done.jobId, running.jobId);
  assert.ok(done.startTime && done.completionTime);
  const files = done.captureFiles[NODE];
  assert.equal(files.status, 'done');
  assert.equal(files.reason, 'duration');
  assert.match(files.output_file, new RegExp(`^/api/jobs/${done.jobId}/files/${NODE}/[\\w.-]+\\.pcap$`));
  assert.equal(files.files[0], files.output_file);
  assert.ok(files.packets >= N * 6, `packets: ${files.packets}`);
  assert.match(done.message, new RegExp(`^captured ${files.packets} packets into ${files.files.length} files? on ${NODE} \\(duration\\)`));

  // The same job as POST /api/jobs makes: named after the config, the pod's address, the port, the filter.
  const { body } = await hubApi(`/api/jobs/${done.jobId}`);
  assert.equal(body.job.name, 'pcc/web');
  assert.deepEqual(body.job.spec, { iface: 'any', bpf: `(host 127.0.0.1) and (port ${port}) and (tcp)`, durationMs: 6000, maxBytes: 100 * 1024 * 1024, rotateBytes: 16 * 1024 * 1024, snaplen: 0, maxPackets: 1000 });

  let size = 0;
  let requests = 0;
  for (const [i, path] of (files.files as string[]).entries()) {
    const r = await fetch(hub.url + path);
    assert.equal(r.status, 200);
    const bytes = Buffer.from(await r.arrayBuffer());
    size += bytes.length;
    const file = join(dir, `web-${i}.pcap`);
    writeFileSync(file, bytes);
    requests += Number(execFileSync('sh', ['-c', `tshark -r '${file}' -d tcp.port==${port},http -Y http.request 2>/dev/null | wc -l`]).toString().trim());
  }
  assert.equal(size, files.file_size);
  assert.equal(requests, N, 'every request, as tshark reads the files');

  await eventsAre('web', ['Normal Started', 'Normal Completed']);
  const started = kube.events.find((e) => e.body.reason === 'Started')!;
  assert.equal(started.namespace, 'default');
  assert.deepEqual(
    { ...started.body.involvedObject, resourceVersion: undefined },
    { apiVersion: 'trawl.dev/v1', kind: 'PacketCaptureConfig', name: 'web', uid: created.metadata.uid, resourceVersion: undefined },
  );
  assert.match(started.body.message, new RegExp(`capture job ${done.jobId} on ${NODE} for 6 s: \\(host 127\\.0\\.0\\.1\\)`));
});

test('invalid specs, text and stdout, pods missing or without an address, a filter the workers refuse: Failed, saying why', { timeout: 60_000 }, async () => {
  kube.putPod('shop', 'pending-0', []);
  const cases: [string, unknown, RegExp][] = [
    ['no-target', { targetPorts: [80] }, /^invalid spec: name what to capture: targetIPs, podSelector\.pods, or both$/],
    ['bad-values', { targetIPs: ['10.0.0.300'], targetPorts: [70_000], duration: 0 }, /^invalid spec: targetIPs: "10\.0\.0\.300" is not an IPv4 or IPv6 address; targetPorts: 70000 is not a port \(1\.\.65535\); duration: 0 must be whole seconds/],
    ['as-text', { targetIPs: ['127.0.0.1'], outputFormat: 'text' }, /outputFormat text: trawl writes pcap files only.*`trawl read FILE` or `tshark -r FILE`/],
    ['as-stdout', { targetIPs: ['127.0.0.1'], outputFormat: 'stdout' }, /outputFormat stdout: trawl writes pcap files only/],
    ['no-pod', { podSelector: { pods: [{ podName: 'ghost', namespace: 'shop' }] } }, /^pod shop\/ghost not found$/],
    ['no-ip', { podSelector: { pods: [{ podName: 'pending-0', namespace: 'shop' }] } }, /^pod shop\/pending-0 has no IP address \(phase Pending\)$/],
    ['bad-filter', { targetIPs: ['127.0.0.1'], filter: 'tcp and (' }, /^the workers refused the capture: .*(syntax|filter)/i],
  ];
  const jobsBefore = (await hubApi('/api/jobs')).body.jobs.length;
  for (const [name, spec] of cases) kube.apply(name, spec);
  for (const [name, , message] of cases) {
    const s = await phaseIs(name, 'Failed');
    assert.match(s.message, message, name);
    await eventsAre(name, ['Warning Failed']);
    assert.equal(kube.events.find((e) => e.body.involvedObject.name === name)!.body.message, s.message);
  }
  // Checked before anything was asked of a worker; the filter was asked, refused, and nothing kept.
  for (const [name] of cases.slice(0, -1)) assert.deepEqual(phasesOf(name), ['Failed'], name);
  assert.deepEqual(phasesOf('bad-filter'), ['Starting', 'Failed']);
  assert.equal((await hubApi('/api/jobs')).body.jobs.length, jobsBefore);
});

test('a watch too old is answered 410 and the configs are listed again; a config deleted while running stops its job', { timeout: 60_000 }, async () => {
  const lists = () => kube.requests.filter((r) => r === 'GET /apis/trawl.dev/v1/packetcaptureconfigs').length;
  const listed = lists();
  // The open watch ends; before the informer watches again, a config arrives and etcd compacts:
  // the watch from the old version gets 410 Gone, and only a new list finds the config.
  kube.closeWatches();
  kube.apply('long', { targetIPs: ['127.0.0.1'], targetPorts: [port], duration: 300 });
  kube.compact();
  const running = await phaseIs('long', 'Running');
  assert.ok(lists() > listed, 'listed again after 410');
  const job = async () => (await hubApi(`/api/jobs/${running.jobId}`)).body.job.workers[0].status;
  assert.equal((await job()).state, 'running');
  const deletedAt = kube.requests.length;
  kube.delete('long');
  await waitFor('the job stopped', async () => (await job()).state === 'done');
  assert.equal((await job()).reason, 'stopped');
  await waitFor('said', () => logLines(/PacketCaptureConfig long deleted: stopped capture job/).length === 1);
  const patched = phasesOf('long');
  assert.deepEqual(patched, ['Starting', 'Running']);
  await new Promise((r) => setTimeout(r, 1_500));
  assert.deepEqual(phasesOf('long'), patched, 'nothing patched on a deleted config');
  assert.deepEqual(kube.requests.slice(deletedAt).filter((r) => r.startsWith('PATCH')), [], 'no patch tried after the delete');
});

test('a restarted hub follows a Running config to its end (a failed status patch retried); finished ones are left alone', { timeout: 90_000 }, async () => {
  kube.apply('resume', { targetIPs: ['127.0.0.1'], targetPorts: [port], duration: 10 });
  const running = await phaseIs('resume', 'Running');
  await hub.stop();
  const patchesBefore = kube.patches.filter((p) => p.name !== 'resume').length;
  const eventsBefore = kube.events.filter((e) => e.body.involvedObject.name !== 'resume').length;
  for (let i = 0; i < 3; i++) await curl(`/resumed/${i}`);
  kube.failPatches = 1;
  hubLog = [];
  hub = await startTheHub();
  const done = await phaseIs('resume', 'Completed');
  assert.equal(done.jobId, running.jobId);
  assert.equal(done.captureFiles[NODE].status, 'done');
  assert.deepEqual(phasesOf('resume'), ['Starting', 'Running', 'Completed']);
  await eventsAre('resume', ['Normal Started', 'Normal Completed']);
  assert.equal(logLines(new RegExp(`PacketCaptureConfig resume: following capture job ${running.jobId} again`)).length, 1);
  // Said once the API's answer is read, which may be a moment after the stand-in changed.
  await waitFor('the retry said', () => logLines(/PacketCaptureConfig resume: updating the status \(Completed\) worked after 2 attempts/).length === 1, 5_000);
  assert.equal(logLines(/PacketCaptureConfig resume: updating the status \(Completed\) failed: HTTP 500: etcd is away; retrying/).length, 1);
  const jobs = (await hubApi('/api/jobs')).body.jobs.filter((j: { name: string }) => j.name === 'pcc/resume');
  assert.equal(jobs.length, 1, 'one job: followed, not made again');
  // The packets sent while no hub was there are in the file all the same.
  const file = join(dir, 'resume.pcap');
  writeFileSync(file, Buffer.from(await (await fetch(hub.url + done.captureFiles[NODE].output_file)).arrayBuffer()));
  assert.equal(Number(execFileSync('sh', ['-c', `tshark -r '${file}' -d tcp.port==${port},http -Y http.request 2>/dev/null | wc -l`]).toString().trim()), 3);
  await new Promise((r) => setTimeout(r, 1_000));
  assert.equal(kube.patches.filter((p) => p.name !== 'resume').length, patchesBefore, 'Completed and Failed configs not touched');
  assert.equal(kube.events.filter((e) => e.body.involvedObject.name !== 'resume').length, eventsBefore);
});
