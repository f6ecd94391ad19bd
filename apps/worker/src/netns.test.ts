// Two network namespaces ("pods") joined by a veth pair: the server in A, curl in B, the worker
// inside A capturing with --interface-prefix, once per capture backend (cap, tcpdump, trawl-pcap).
// A third link joins A to the root namespace, where nats-server and this test run. Only addresses
// created here (10.200-208.K.0/24, three /16s per backend) are used; namespaces are named per run
// and backend, and deleted after.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { startNatsServer, type NatsServer } from '@trawl/bus';
import { freePort, run, startWorker, tempDir, waitEntries, waitFor, type WorkerProcess } from './test-support/harness.js';
import { inNs, ip, link, removeLinks, removeNamespaces } from './test-support/netns.js';

const BACKENDS = ['cap', 'tcpdump', 'trawl-pcap'] as const;
// One letter per backend keeps interface names under 15 characters; it must differ per backend,
// since the root-side veth of one suite can outlive its namespace for a moment (the kernel
// destroys a deleted namespace asynchronously) while the next suite creates its own.
const LETTER: Record<(typeof BACKENDS)[number], string> = { cap: 'c', tcpdump: 't', 'trawl-pcap': 'p' };

BACKENDS.forEach((name, index) => {
  describe(`--capture-backend ${name}`, () => {
    const K = 10 + ((process.pid + index) % 200);
    const letter = LETTER[name];
    const TAG = (process.pid % 100_000).toString(36);
    const NS_A = `trawl-${TAG}-${letter}a`;
    const NS_B = `trawl-${TAG}-${letter}b`;
    const VETH = `vt${letter}${TAG}`; // the prefix the worker follows
    const net = (n: number) => `10.${200 + 3 * index + n}.${K}`;
    const A_IP = `${net(0)}.1`;
    const B_IP = `${net(0)}.2`;
    const N = 5;

    let dir: string;
    let nats: NatsServer;
    let server: ChildProcess;
    let worker: WorkerProcess;
    const metricsUrl = (path: string) => `http://${net(1)}.2:${worker.metricsPort}${path}`;

    function cleanup(): void {
      removeNamespaces(NS_A, NS_B);
      removeLinks(`nt${letter}${TAG}r`); // the root side, without waiting for the kernel
    }

    before(async () => {
      cleanup();
      dir = tempDir(`netns-${name}`);
      ip('netns', 'add', NS_A);
      ip('netns', 'add', NS_B);
      inNs(NS_A, 'ip', 'link', 'set', 'lo', 'up');
      inNs(NS_B, 'ip', 'link', 'set', 'lo', 'up');
      link(`${VETH}a`, `${VETH}b`, NS_A, NS_B, A_IP, B_IP);
      // A ↔ root, for NATS: its name does not start with the prefix, so the worker ignores it.
      link(`nt${letter}${TAG}a`, `nt${letter}${TAG}r`, NS_A, null, `${net(1)}.2`, `${net(1)}.1`);
      nats = await startNatsServer({ host: `${net(1)}.1`, port: await freePort(), dataDir: `${dir}/nats` });
      server = spawn('ip', ['netns', 'exec', NS_A, process.execPath, '-e', `require('http').createServer((q, s) => { q.resume(); q.on('end', () => setTimeout(() => s.writeHead(q.url.includes('teapot') ? 418 : 200).end('ok'), 20)); }).listen(8080, '0.0.0.0')`], { stdio: 'ignore' });
      worker = await startWorker(['--nats', nats.url, '--node', 'pod-node', '--capture-backend', name, '--interface-prefix', VETH, '--bpf', 'tcp port 8080', '--batch-ms', '50', '--metrics-host', '0.0.0.0'], {
        prefix: ['ip', 'netns', 'exec', NS_A],
      });
      await worker.waitLog(new RegExp(`capture\\.opened iface=${VETH}a`));
      await worker.waitLog(/nats\.connected/);
    });

    after(async () => {
      await worker?.stop();
      server?.kill();
      await nats?.stop();
      cleanup();
      rmSync(dir, { recursive: true, force: true });
    });

    async function curls(path: string, target: string, n: number): Promise<void> {
      for (let i = 0; i < n; i++) {
        const r = await run('ip', ['netns', 'exec', NS_B, 'curl', '-s', '-m', '5', `http://${target}:8080${path}/${i}`]);
        assert.equal(r.code, 0, `curl ${path}/${i}: ${r.stderr}`);
      }
    }

    test('curl in pod B → server in pod A: exactly N entries with the namespaces addresses', async () => {
      await waitFor('server up', async () => (await run('ip', ['netns', 'exec', NS_B, 'curl', '-s', '-m', '1', `http://${A_IP}:8080/warmup-not-counted`])).code === 0);
      // The warm-up request above was captured too.
      await curls('/pod', A_IP, N);
      const entries = await waitEntries(nats.url, N + 1);
      const pod = entries.filter((e) => (e.request as { path: string }).path.startsWith('/pod/'));
      assert.equal(entries.length, N + 1);
      assert.equal(pod.length, N);
      for (const e of pod) {
        assert.equal(e.src.ip, B_IP);
        assert.equal(e.src.kind, 'external', 'pod B is not this namespace');
        assert.deepEqual([e.dst.ip, e.dst.port, e.dst.kind, e.dst.name], [A_IP, 8080, 'process', 'node']);
        assert.equal(e.dst.process?.pid, server.pid);
        assert.equal((e.response as { status: number }).status, 200);
        assert.equal(e.node, 'pod-node');
      }
    });

    test('a veth that appears later is picked up; one that vanishes is let go; the worker survives both', async () => {
      const before = (await waitEntries(nats.url, N + 1, 5_000, 0)).length;
      // A second "pod" link appears.
      link(`${VETH}c`, `${VETH}d`, NS_A, NS_B, `${net(2)}.1`, `${net(2)}.2`);
      await worker.waitLog(new RegExp(`capture\\.opened iface=${VETH}c`), 10_000);
      await curls('/late', `${net(2)}.1`, 3);
      await waitEntries(nats.url, before + 3);
      const pids = async () => ((await fetch(metricsUrl('/health')).then((r) => r.json())) as { capturePids: number[] }).capturePids;
      const programs = name !== 'cap';
      if (programs) assert.equal((await pids()).length, 2);
      const [first] = programs ? await pids() : [];
      // It goes away (pod deleted).
      inNs(NS_A, 'ip', 'link', 'del', `${VETH}c`);
      if (programs) {
        // Its program ends ("The interface disappeared"), the others capture on: no restart.
        await worker.waitLog(new RegExp(`capture\\.closed iface=${VETH}c reason=vanished`), 10_000);
        assert.deepEqual(await pids(), [first]);
      } else {
        // cap aborts on a vanished interface, in the capture child only, which is restarted.
        await worker.waitLog(/capture\.child_exited/, 10_000);
        await worker.waitLog(new RegExp(`capture\\.opened iface=${VETH}a[\\s\\S]*capture\\.opened iface=${VETH}a`), 10_000);
      }
      await curls('/after', A_IP, 3);
      const all = await waitEntries(nats.url, before + 6);
      assert.equal(all.length, before + 6);
      assert.ok(worker.running);
      const m = await fetch(metricsUrl('/metrics')).then((r) => r.text());
      if (programs) {
        assert.match(m, /trawl_worker_capture_restarts_total 0/);
        assert.doesNotMatch(worker.log, new RegExp(`capture\\.${name.replace('-', '_')}_exited`));
      } else assert.match(m, /trawl_worker_capture_restarts_total [1-9]/);
    });
  });
});
