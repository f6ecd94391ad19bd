// The capture-job routes' own checks, with no NATS (the whole path, with workers, NATS and
// tshark, is e2e/jobs.test.ts): bad bodies are 400s naming the field; without NATS a job is
// refused (503) rather than kept with every worker unreachable; unknown ids are 404s.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import { stubStatus, testApi, type TestApi } from '../test-support/api.js';
import { JobsClient } from './client.js';
import { JobRecords } from './records.js';

let api: TestApi;
let db: Database.Database;

before(() => {
  db = new Database(':memory:');
  const up = { node: 'vm', bootId: 'b', version: '0.1.0', lastSeen: Date.now(), state: 'up' as const, capturing: true, interfaces: ['lo'], stats: {} };
  api = testApi({ jobs: { records: new JobRecords(db), client: new JobsClient(() => undefined) }, status: () => ({ ...stubStatus(), workers: [up] }) });
});
after(() => {
  api.close();
  db.close();
});

const post = (path: string, body: unknown) => api.send('POST', path, body);

test('bad bodies are 400 naming the field, before anything is asked of a worker', async () => {
  for (const [body, param, message] of [
    [{ durationSeconds: 0 }, 'durationSeconds', /1\.\.86400/],
    [{ iface: 'lo; reboot' }, 'iface', /interface name/],
    [{ bpf: 'x'.repeat(5000) }, 'bpf', /4096/],
    [{ nodes: [] }, 'nodes', /list of worker names/],
    [{ nodes: 'vm' }, 'nodes', /list of worker names/],
    [{ maxMegabytes: 1e9 }, 'maxMegabytes', /1\.\.65536/],
    [{ color: 'red' }, 'color', /unknown field "color"/],
    [{ targetIPs: ['10.0.0.1', 'not-an-ip'] }, 'targetIPs', /not an IPv4 or IPv6 address/],
    [{ targetIPs: '10.0.0.1' }, 'targetIPs', /must be a list/],
    [{ targetPorts: [80, 0] }, 'targetPorts', /not a port/],
    [{ maxPackets: -1 }, 'maxPackets', /0\.\.1000000000/],
    ['{nope', 'body', /JSON object/],
  ] as const) {
    const r = await post('/api/jobs', body);
    assert.equal(r.status, 400, JSON.stringify(body));
    assert.equal(r.body.param, param);
    assert.match(r.body.message, message);
  }
});

test('without NATS a job is refused (503) and nothing is kept; unknown ids are 404', async () => {
  const r = await post('/api/jobs', { iface: 'lo' });
  assert.deepEqual([r.status, r.body.error], [503, 'unavailable']);
  assert.deepEqual((await api.get('/api/jobs')).body, { jobs: [] });
  assert.equal((await api.get('/api/jobs/nope')).status, 404);
  assert.equal((await post('/api/jobs/nope/stop', {})).status, 404);
  assert.equal((await api.get('/api/jobs/nope/files/vm/x.pcap')).status, 404);
});
