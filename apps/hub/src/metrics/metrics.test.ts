// /metrics and /api/endpoints of a real hub fed through a real nats-server, after known traffic.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Entry } from '@trawl/protocols';
import { startHub, type Hub } from '../hub.js';
import { silentLogger } from '../log.js';
import { makeBatch } from '../test-support/entries.js';
import { Publisher, freePort, startTestNats, waitFor, type TestNats } from '../test-support/nats.js';

let nats: TestNats;
let hub: Hub;
let pub: Publisher;
let dataDir: string;

before(async () => {
  nats = await startTestNats();
  dataDir = mkdtempSync(join(tmpdir(), 'hub-metrics-'));
  hub = await startHub({ natsUrl: nats.url, dataDir, host: '127.0.0.1', port: 0, retention: {}, log: silentLogger, maxMetricSeries: 6 });
  pub = await Publisher.connect(nats.url);
});
after(async () => {
  await pub?.close();
  await hub?.stop();
  await nats?.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

let n = 0;
function entry(protocol: string, method: string, path: string, status: number | null, elapsedMs: number, dst = 'users-api'): Entry {
  return {
    schema: 1,
    id: `node-m/${n++}`,
    node: 'node-m',
    timestamp: 1_764_900_000_000 + n,
    elapsedTime: status === null ? null : elapsedMs,
    protocol: { name: protocol, version: '1.1', abbr: protocol },
    transport: 'tcp',
    src: { ip: '10.0.0.1', port: 40000, name: 'frontend' },
    dst: { ip: '10.0.0.2', port: 8080, name: dst },
    request: { method, path, url: path, queryString: {}, httpVersion: '1.1', headers: {}, body: null },
    response: status === null ? null : { status, statusText: '', httpVersion: '1.1', headers: {}, body: null },
    requestSize: 100,
    responseSize: 250,
  };
}

/** The value of one sample line, by metric name and exact label set. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(name + '{') && line.split(' ')[0] !== name) continue;
    const m = /^([^{ ]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const got = (m[2] ?? '').split(/,(?=[a-z_]+=")/).filter(Boolean);
    if (got.length === want.length && want.every((w) => got.includes(w))) return Number(m[3]);
  }
  return undefined;
}

const scrape = async () => {
  const r = await fetch(`${hub.url}/metrics`);
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
  return r.text();
};

describe('/metrics after known traffic', () => {
  const http = { src: 'frontend', dst: 'users-api', protocol: 'http', method: 'GET', route: '/users/{id}' };

  test('RED counters, histogram buckets and byte counters hold the exact values', async () => {
    await pub.publish(
      makeBatch('m-1', [
        entry('http', 'GET', '/users/1', 200, 3),
        entry('http', 'GET', '/users/2', 200, 7),
        entry('http', 'GET', '/users/3', 200, 20),
        entry('http', 'GET', '/users/4', 503, 1200),
        entry('http', 'GET', '/users/5', null, 0),
        entry('redis', 'GET', 'cart:1', 0, 1, 'redis'),
        entry('redis', 'SET', 'cart:1', 1, 1, 'redis'),
      ], 'node-m'),
    );
    await waitFor('7 entries', async () => hub.status().ingest.entries === 7);
    const text = await scrape();
    assert.equal(sample(text, 'trawl_requests_total', { ...http, status_class: '2xx' }), 3);
    assert.equal(sample(text, 'trawl_requests_total', { ...http, status_class: '5xx' }), 1);
    assert.equal(sample(text, 'trawl_requests_total', { ...http, status_class: 'none' }), 1);
    assert.equal(sample(text, 'trawl_requests_total', { src: 'frontend', dst: 'redis', protocol: 'redis', method: 'GET', status_class: 'ok', route: '' }), 1);
    assert.equal(sample(text, 'trawl_requests_total', { src: 'frontend', dst: 'redis', protocol: 'redis', method: 'SET', status_class: 'error', route: '' }), 1);
    const b = (le: string) => sample(text, 'trawl_request_duration_seconds_bucket', { ...http, status_class: '2xx', le });
    assert.deepEqual([b('0.001'), b('0.005'), b('0.01'), b('0.025'), b('+Inf')], [0, 1, 2, 3, 3]);
    assert.equal(sample(text, 'trawl_request_duration_seconds_sum', { ...http, status_class: '2xx' }), 0.03);
    assert.equal(sample(text, 'trawl_request_duration_seconds_count', { ...http, status_class: '5xx' }), 1);
    assert.equal(sample(text, 'trawl_request_duration_seconds_bucket', { ...http, status_class: '5xx', le: '1' }), 0);
    assert.equal(sample(text, 'trawl_request_duration_seconds_bucket', { ...http, status_class: '5xx', le: '2.5' }), 1);
    // No response: counted, not timed.
    assert.equal(sample(text, 'trawl_request_duration_seconds_count', { ...http, status_class: 'none' }), undefined);
    assert.equal(sample(text, 'trawl_request_bytes_total', { ...http, status_class: '2xx' }), 300);
    assert.equal(sample(text, 'trawl_response_bytes_total', { ...http, status_class: '2xx' }), 750);
    assert.equal(sample(text, 'trawl_ingest_entries_total', {}), 7);
    assert.equal(sample(text, 'trawl_store_entries', {}), 7);
    assert.equal(sample(text, 'trawl_store_partitions', {}), 1);
    assert.equal(sample(text, 'trawl_nats_connected', {}), 1);
    assert.equal(sample(text, 'trawl_metrics_series', {}), 5);
  });

  test('label sets past the bound go to "other" and are counted', async () => {
    const many = Array.from({ length: 5 }, (_, i) => entry('http', 'GET', '/x', 200, 1, `svc-${i}`));
    await pub.publish(makeBatch('m-2', many, 'node-m'));
    await waitFor('12 entries', async () => hub.status().ingest.entries === 12);
    const text = await scrape();
    assert.equal(sample(text, 'trawl_metrics_series', {}), 6);
    assert.equal(sample(text, 'trawl_metrics_series_limit', {}), 6);
    assert.equal(sample(text, 'trawl_metrics_label_overflow_total', {}), 4);
    const other = { src: 'other', dst: 'other', protocol: 'other', method: 'other', status_class: 'other', route: 'other' };
    assert.equal(sample(text, 'trawl_requests_total', other), 4);
  });

  test("workers' capture counters are relayed from their hellos", async () => {
    pub.hello({ node: 'node-w', stats: { packets: 1234, entries: 56, tcpGaps: 2, bufferEntries: 7 } });
    await waitFor('hello', () => hub.status().workers.some((w) => w.node === 'node-w'));
    const text = await scrape();
    assert.equal(sample(text, 'trawl_worker_up', { node: 'node-w' }), 1);
    assert.equal(sample(text, 'trawl_worker_packets', { node: 'node-w' }), 1234);
    assert.equal(sample(text, 'trawl_worker_tcp_gaps', { node: 'node-w' }), 2);
    assert.equal(sample(text, 'trawl_worker_buffer_entries', { node: 'node-w' }), 7);
  });

  const hasPrometheus = spawnSync('prometheus', ['--version']).status === 0;
  test('a real Prometheus scrapes the hub and answers PromQL over its series', { skip: hasPrometheus ? false : 'prometheus is not installed (apt-get install prometheus)' }, async () => {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'prom-'));
    const target = new URL(hub.url).host;
    writeFileSync(join(dir, 'prometheus.yml'), `global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: trawl\n    static_configs:\n      - targets: ['${target}']\n`);
    const prom = spawn('prometheus', [`--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`], { stdio: ['ignore', 'ignore', 'pipe'] });
    // Waited on in `finally`; made now, so a Prometheus that exits early (a port taken, a bad
    // flag) cannot leave that wait hanging on an exit that was already emitted.
    const exited = new Promise<void>((r) => prom.once('exit', () => r()));
    let log = '';
    prom.stderr!.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-2000)));
    try {
      const query = async (q: string) => {
        const r = await fetch(`http://127.0.0.1:${port}/api/v1/query?query=${encodeURIComponent(q)}`);
        const body = (await r.json()) as { data: { result: Array<{ value: [number, string] }> } };
        return body.data.result.map((x) => Number(x.value[1]));
      };
      const total = await waitFor('prometheus to scrape the hub', async () => {
        if (prom.exitCode !== null || prom.signalCode !== null) throw new Error(`prometheus exited (${prom.exitCode ?? prom.signalCode}): ${log}`);
        const v = await query('sum(trawl_requests_total{dst="users-api",route="/users/{id}"})');
        return v.length === 1 ? v : undefined;
      }, 30_000, 250);
      assert.deepEqual(total, [5]);
      assert.deepEqual(await query('up{job="trawl"}'), [1]);
      const p50 = await query('histogram_quantile(0.5, sum by (le) (trawl_request_duration_seconds_bucket{status_class="2xx",dst="users-api"}))');
      assert.equal(p50.length, 1);
      assert.ok(p50[0] > 0.005 && p50[0] <= 0.01, `p50 ${p50[0]}`);
      // The shipped Grafana dashboard: every query is valid PromQL here and names only metrics the hub exposes.
      const dashboard = JSON.parse(readFileSync(new URL('../../grafana/trawl.json', import.meta.url), 'utf8')) as { panels: Array<{ title: string; targets: Array<{ expr: string }> }> };
      const exposed = new Set((await scrape()).split('\n').filter((l) => l.startsWith('# TYPE ')).map((l) => l.split(' ')[2]));
      for (const panel of dashboard.panels) {
        for (const { expr } of panel.targets) {
          const q = expr.replaceAll('$__rate_interval', '1m').replaceAll('$service', '.*').replaceAll('$protocol', '.*');
          const r = (await (await fetch(`http://127.0.0.1:${port}/api/v1/query?query=${encodeURIComponent(q)}`)).json()) as { status: string; error?: string };
          assert.equal(r.status, 'success', `${panel.title}: ${r.error}`);
          for (const name of q.match(/trawl_[a-z_]+/g) ?? []) {
            assert.ok(exposed.has(name.replace(/_(bucket|sum|count)$/, '')), `${panel.title}: ${name} is not exposed`);
          }
        }
      }
    } finally {
      prom.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the endpoint inventory saw the same traffic; export and OpenAPI are served', async () => {
    const r = await fetch(`${hub.url}/api/endpoints?service=users-api`);
    const body = (await r.json()) as { endpoints: Array<{ method: string; template: string; count: number; statuses: Record<string, number> }> };
    assert.deepEqual(body.endpoints.map((e) => [e.method, e.template, e.count, e.statuses]), [['GET', '/users/{id}', 5, { '200': 3, '503': 1 }]]);
    const exp = await fetch(`${hub.url}/api/endpoints/export`);
    assert.match(exp.headers.get('content-disposition') ?? '', /captured-endpoints\.json/);
    const records = (await exp.json()) as Array<{ service: string; type: string }>;
    assert.ok(records.some((x) => x.service === 'users-api' && x.type === 'response'));
    const oa = await fetch(`${hub.url}/api/openapi/users-api`);
    assert.equal(oa.status, 200);
    assert.equal(((await oa.json()) as { openapi: string }).openapi, '3.1.0');
    assert.equal((await fetch(`${hub.url}/api/openapi/nope`)).status, 404);
    assert.equal((await fetch(`${hub.url}/api/endpoints?includeHealthChecks=maybe`)).status, 400);
    assert.equal((await fetch(`${hub.url}/api/endpoints/export`, { method: 'POST' })).status, 405);
    const del = await fetch(`${hub.url}/api/endpoints`, { method: 'DELETE' });
    assert.deepEqual(await del.json(), { cleared: 6 });
    assert.equal(((await (await fetch(`${hub.url}/api/endpoints`)).json()) as { total: number }).total, 0);
  });
});
