// Recordings through the API over real SQLite files: made from a KFL query and a time range,
// kept when retention trims the entries store, exported, deleted, replayed against a real HTTP
// server (entries from real captures: packages/protocols' HTTP/1 goldens) with an exact report.
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createServer as createHttp2Server } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { compile } from '@trawl/kfl';
import type { Entry } from '@trawl/protocols';
import { newRetentionCounters, runRetention } from '../store/retention.js';
import { testApi, type TestApi } from '../test-support/api.js';
import { makeEntries, makeEntry, T0 } from '../test-support/entries.js';
import { LiveRecorder, MAX_LIVE_RECORDINGS } from './live.js';
import { RecordingStore, type RecordingMeta } from './store.js';

const CAPTURES = fileURLToPath(new URL('../../../../packages/protocols/src/', import.meta.url));
/**
 * The entries trawl makes of one of the dissectors' recorded captures (`keepalive` is HTTP/1's,
 * else `http2/captures/curl`), with ids of their own: goldens of different captures share ids.
 */
const golden = (name: string): Entry[] =>
  readFileSync(join(CAPTURES, `${name.includes('/') ? name : `http1/captures/${name}`}.golden.jsonl`), 'utf8')
    .trim()
    .split('\n')
    .map((l, i) => ({ ...(JSON.parse(l) as Entry), id: `golden/${name}/${i}` }));

let api: TestApi;
let recDir: string;
let recordings: RecordingStore;
let recorder: LiveRecorder;
let all: Entry[];

before(() => {
  recDir = mkdtempSync(join(tmpdir(), 'hub-recordings-'));
  recordings = RecordingStore.open(recDir);
  recorder = new LiveRecorder(recordings, () => {});
  api = testApi({ recordings, recorder }, { partitionRows: 1_000 });
  all = makeEntries(0, 2_500);
  for (let i = 0; i < all.length; i += 250) api.store.insert(all.slice(i, i + 250));
});

after(() => {
  api.close();
  recordings.close();
  rmSync(recDir, { recursive: true, force: true });
});

const call = (method: string, path: string, body?: unknown) => api.send(method, path, body);

async function record(body: Record<string, unknown>): Promise<RecordingMeta> {
  const r = await call('POST', '/api/recordings', body);
  assert.equal(r.status, 202, r.text);
  assert.equal(r.body.recording.state, 'copying');
  assert.equal(r.headers.get('location'), `/api/recordings/${r.body.recording.id}`);
  for (let i = 0; i < 200; i++) {
    const got = await api.get(`/api/recordings/${r.body.recording.id}`);
    if (got.body.recording.state !== 'copying') return got.body.recording as RecordingMeta;
    await new Promise((res) => setTimeout(res, 10));
  }
  throw new Error('the copy never finished');
}

const ndjson = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Entry);
const newestFirst = (entries: Entry[]) => [...entries].sort((a, b) => b.timestamp - a.timestamp).map((e) => e.id);

describe('recordings', () => {
  test('made from a KFL query and [from, to): exactly the matching entries, newest first, as stored', async () => {
    const q = 'http and response.status >= 500';
    const from = T0 + 3_000;
    const to = T0 + 20_000;
    const predicate = compile(q).predicate as (e: Entry) => boolean;
    const want = all.filter((e) => predicate(e) && e.timestamp >= from && e.timestamp < to);
    assert.ok(want.length > 20);
    const meta = await record({ name: 'errors during the deploy', q, from, to: new Date(to).toISOString() });
    assert.equal(meta.state, 'ready', meta.error ?? '');
    assert.deepEqual([meta.name, meta.query, meta.from, meta.to, meta.entries, meta.limited], ['errors during the deploy', q, from, to, want.length, false]);
    assert.ok(meta.bytes > 0);
    const exported = await api.get(`/api/recordings/${meta.id}/export`);
    assert.equal(exported.status, 200);
    assert.match(exported.headers.get('content-disposition') ?? '', /filename="errors_during_the_deploy\.ndjson"/);
    const got = ndjson(exported.text);
    assert.deepEqual(got.map((e) => e.id), newestFirst(want));
    assert.deepEqual(got.find((e) => e.id === want[0]!.id), want[0]);
    const har = await api.get(`/api/recordings/${meta.id}/export?format=har`);
    assert.equal(har.body.log.entries.length, want.filter((e) => e.protocol.name === 'http' || e.protocol.name === 'http2' || e.protocol.name === 'grpc').length);
    assert.match(har.body.log.comment, /^recording "errors during the deploy": \d+ entries, newest first/);
    const list = await api.get('/api/recordings');
    assert.ok(list.body.recordings.some((r: RecordingMeta) => r.id === meta.id));
  });

  test('a limit stops the copy and says so; every entry with no query', async () => {
    const limited = await record({ name: 'first ten', limit: 10 });
    assert.deepEqual([limited.state, limited.entries, limited.limited], ['ready', 10, true]);
    const whole = await record({ name: 'everything' });
    assert.deepEqual([whole.entries, whole.limited], [all.length, false]);
  });

  test('kept when retention trims the entries it was made from, and across a restart', async () => {
    const meta = await record({ name: 'kept', q: 'redis' });
    const before = (await api.get(`/api/recordings/${meta.id}/export`)).text;
    await runRetention(api.store, { maxCount: 100 }, newRetentionCounters());
    assert.ok(api.store.rows <= 1_000, `trimmed to ${api.store.rows}`);
    assert.equal((await api.get(`/api/recordings/${meta.id}/export`)).text, before);
    // The same file opened again (a hub restart) has it whole.
    const again = RecordingStore.open(recDir);
    try {
      assert.equal(again.get(meta.id)?.entries, meta.entries);
      assert.equal(again.page(meta.id, null, 1_000_000).map((r) => r.json).join('\n') + '\n', before);
    } finally {
      again.close();
    }
    // Put the entries back for the tests after this one.
    for (let i = 0; i < all.length; i += 250) api.store.insert(all.slice(i, i + 250));
  });

  test('deleted: gone from the list, its export and its entries', async () => {
    const meta = await record({ name: 'to delete', q: 'dns' });
    assert.deepEqual((await call('DELETE', `/api/recordings/${meta.id}`)).body, { deleted: true });
    assert.equal((await api.get(`/api/recordings/${meta.id}`)).status, 404);
    assert.equal((await api.get(`/api/recordings/${meta.id}/export`)).status, 404);
    assert.equal((await call('DELETE', `/api/recordings/${meta.id}`)).status, 404);
    assert.equal(recordings.page(meta.id, null, 10).length, 0);
  });

  test('a copy the hub did not finish is failed on the next start, with the reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-recordings-crash-'));
    try {
      const s = RecordingStore.open(dir);
      s.create({ id: 'x', name: 'half', query: '', from: null, to: null, createdAt: Date.now(), limit: 10, live: false });
      s.addOlder('x', ['{"id":"a"}']);
      s.close();
      const reopened = RecordingStore.open(dir);
      assert.deepEqual([reopened.get('x')?.state, reopened.get('x')?.error, reopened.get('x')?.entries], ['failed', 'the hub stopped while copying', 1]);
      reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('live: new entries the query matches are added as they are stored, until stopped', async () => {
    const r = await call('POST', '/api/recordings', { name: 'live http', q: 'http and response.status >= 500', live: true });
    assert.equal(r.status, 201, r.text);
    const id = r.body.recording.id as string;
    assert.deepEqual([r.body.recording.state, r.body.recording.live, r.body.recording.entries], ['recording', true, 0]);
    assert.ok(Math.abs(r.body.recording.from - Date.now()) < 5_000, 'from: when it started');
    const batch1 = makeEntries(10_000, 60, { prefix: 'live' });
    const batch2 = makeEntries(10_060, 60, { prefix: 'live' });
    recorder.observe(batch1);
    recorder.observe(batch2);
    const predicate = compile('http and response.status >= 500').predicate as (e: Entry) => boolean;
    const want = [...batch1, ...batch2].filter(predicate);
    assert.ok(want.length > 3);
    const stopped = await call('POST', `/api/recordings/${id}/stop`);
    assert.equal(stopped.status, 200, stopped.text);
    assert.deepEqual([stopped.body.recording.state, stopped.body.recording.entries, stopped.body.recording.limited], ['ready', want.length, false]);
    recorder.observe(makeEntries(10_120, 60, { prefix: 'live' }));
    assert.equal((await api.get(`/api/recordings/${id}`)).body.recording.entries, want.length, 'nothing after the stop');
    // Newest first, like every export.
    assert.deepEqual(ndjson((await api.get(`/api/recordings/${id}/export`)).text).map((e) => e.id), newestFirst(want));
    assert.equal((await call('POST', `/api/recordings/${id}/stop`)).status, 409);
  });

  test('live: a limit ends it (limited); a hub restart resumes a live recording', async () => {
    const r = await call('POST', '/api/recordings', { name: 'three', q: 'redis', live: true, limit: 3 });
    recorder.observe(makeEntries(20_000, 100, { prefix: 'limit' }));
    const meta = (await api.get(`/api/recordings/${r.body.recording.id}`)).body.recording as RecordingMeta;
    assert.deepEqual([meta.state, meta.entries, meta.limited], ['ready', 3, true]);
    const resumed = await call('POST', '/api/recordings', { name: 'across a restart', q: 'dns', live: true });
    const id = resumed.body.recording.id as string;
    recorder.observe(makeEntries(30_000, 10, { prefix: 'before' }));
    // The hub stops (its recorder goes) and starts again on the same file.
    recorder.forget(id);
    const again = new LiveRecorder(recordings, () => {});
    assert.equal(again.recording, 1);
    again.observe(makeEntries(30_010, 10, { prefix: 'after' }));
    assert.equal(recordings.get(id)?.entries, 2, 'one dns entry in each batch of 10');
    assert.equal(again.stop(id), true);
    // At most MAX_LIVE_RECORDINGS at once.
    const ids: string[] = [];
    for (let i = recorder.recording; i < MAX_LIVE_RECORDINGS; i++) ids.push((await call('POST', '/api/recordings', { name: `live ${i}`, live: true })).body.recording.id);
    const refused = await call('POST', '/api/recordings', { name: 'one too many', live: true });
    assert.deepEqual([refused.status, refused.body.error], [409, 'too_many_live']);
    for (const i of ids) assert.equal((await call('DELETE', `/api/recordings/${i}`)).status, 200);
    assert.equal((await call('POST', '/api/recordings', { name: 'room again', live: true })).status, 201);
    assert.equal((await call('POST', '/api/recordings', { name: 'n', live: true, from: T0 })).body.param, 'from');
    assert.equal((await call('POST', '/api/recordings', { name: 'n', live: 'yes' })).body.param, 'live');
  });

  test('bad requests get 400 with the field named; unknown ids 404; nothing is created', async () => {
    const count = (await api.get('/api/recordings')).body.recordings.length;
    const cases: Array<[unknown, number, string, RegExp]> = [
      [{}, 400, 'name', /name is required/],
      [{ name: 'x'.repeat(101) }, 400, 'name', /at most 100 characters/],
      [{ name: 'a\u0007b' }, 400, 'name', /control characters/],
      [{ name: 'n', q: 42 }, 400, 'q', /KFL query/],
      [{ name: 'n', from: 'yesterday' }, 400, 'from', /ISO 8601/],
      [{ name: 'n', from: T0 + 10, to: T0 }, 400, 'to', /not be before from/],
      [{ name: 'n', limit: 0 }, 400, 'limit', /1\.\.1000000/],
      [{ name: 'n', limit: 2.5 }, 400, 'limit', /integer/],
      [{ name: 'n', extra: 1 }, 400, 'extra', /unknown field "extra"/],
      ['not json', 400, 'body', /JSON object/],
      [[1, 2], 400, 'body', /JSON object/],
    ];
    for (const [body, status, param, message] of cases) {
      const r = await call('POST', '/api/recordings', body);
      assert.equal(r.status, status, `${JSON.stringify(body)}: ${r.text}`);
      assert.equal(r.body.param, param);
      assert.match(r.body.message, message);
    }
    const bad = await call('POST', '/api/recordings', { name: 'n', q: 'request.method ==' });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error, 'invalid_query');
    assert.equal(typeof bad.body.position, 'object');
    assert.equal((await api.get('/api/recordings')).body.recordings.length, count);
    assert.equal((await api.get('/api/recordings/nope')).status, 404);
    assert.equal((await api.get('/api/recordings/nope/export?format=xml')).status, 400);
    assert.equal((await call('POST', '/api/recordings/nope/replay', { target: 'http://127.0.0.1:1' })).status, 404);
  });
});

describe('replay', () => {
  let server: Server;
  let target: string;
  const seen: Array<{ method: string; url: string; headers: IncomingHttpHeaders; body: string }> = [];
  let meta: RecordingMeta;
  const captured = [...golden('keepalive'), ...golden('node-client'), ...golden('100-continue'), ...golden('large-bodies'), ...golden('http10')];

  before(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        seen.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString() });
        // Today's service: /missing exists now, /boom still fails, uploads are created.
        const status = req.url === '/boom' ? 500 : req.url === '/upload' ? 201 : 200;
        res.writeHead(status, { 'content-type': 'text/plain' }).end('ok');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    target = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // A store of its own: real captured entries, and one Redis entry that is not replayed.
    const redis = makeEntry(5, { prefix: 'replay', t0: Date.now() });
    api.store.insert([...captured, redis]);
    const ids = [...captured.map((e) => e.id), redis.id];
    meta = await record({ name: 'captured', q: `id in [${ids.map((i) => JSON.stringify(i)).join(', ')}]` });
    assert.equal(meta.entries, captured.length + 1);
  });

  after(() => new Promise<void>((r) => server.close(() => r())));

  test('each HTTP/1 request goes out as captured; the report compares statuses and says what was not sent', async () => {
    const r = await call('POST', `/api/recordings/${meta.id}/replay`, { target, concurrency: 1 });
    assert.equal(r.status, 200, r.text);
    const report = r.body.report;
    assert.equal(report.entries, captured.length + 1);
    assert.deepEqual(report.skipped, { 'body not captured whole': 1, 'not HTTP (redis)': 1 });
    assert.equal(report.sent, captured.length - 1);
    assert.equal(report.failed, 0);
    // /missing was a 404 twice (GET, DELETE) and is a 200 now; everything else answers as recorded.
    assert.equal(report.differentStatus, 2);
    assert.equal(report.sameStatus, captured.length - 3);
    assert.deepEqual(report.differences.map((d: { url: string; recorded: number; replayed: number }) => [d.url, d.recorded, d.replayed]).sort(), [
      [`${target}/missing`, 404, 200],
      [`${target}/missing`, 404, 200],
    ]);
    // Secrets were redacted at capture: dropped, not sent as "[redacted]".
    assert.equal(report.redacted.headersDropped, 8);
    assert.ok(seen.every((s) => s.headers.authorization === undefined && s.headers.cookie === undefined));
    // In time order (concurrency 1), with method, target, headers and bodies as captured.
    const sent = captured.filter((e) => !(e.request as { body?: { truncated?: boolean } }).body?.truncated).sort((a, b) => a.timestamp - b.timestamp);
    assert.deepEqual(seen.map((s) => `${s.method} ${s.url}`), sent.map((e) => `${(e.request as { method: string }).method} ${(e.request as { url: string }).url}`));
    const upload = seen.find((s) => s.method === 'PUT')!;
    assert.equal(upload.body, (captured.find((e) => (e.request as { method: string }).method === 'PUT')!.request as { body: { text: string } }).body.text);
    const big = captured.find((e) => (e.request as { body?: { size?: number } }).body?.size === 2000)!.request as { headers: Record<string, string> };
    assert.equal(seen.find((s) => s.method === 'POST' && s.body.length === 2000)?.headers['content-type'], big.headers['content-type']);
    assert.ok(seen.every((s) => s.headers.expect === undefined), 'no Expect: 100-continue');
    assert.equal(report.latencyMs.replayed.p50 >= 0, true);
  });

  test('a target that does not answer: every request failed, with the reason; bad targets are refused', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const r = await call('POST', `/api/recordings/${meta.id}/replay`, { target: `http://127.0.0.1:${port}/base`, limit: 3, timeoutMs: 2_000 });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.report.failed, r.body.report.sent);
    assert.ok(r.body.report.sent >= 1);
    assert.match(r.body.report.failures[0].error, /ECONNREFUSED/);
    assert.match(r.body.report.failures[0].url, new RegExp(`^http://127\\.0\\.0\\.1:${port}/base/`));
    for (const [body, message] of [
      [{}, /target must be an http/],
      [{ target: 'ftp://127.0.0.1/' }, /target must be an http/],
      [{ target: 'http://u:p@127.0.0.1/' }, /credentials/],
      [{ target: 'http://127.0.0.1/?a=1' }, /target must be an http/],
      [{ target, concurrency: 100 }, /concurrency must be an integer 1\.\.32/],
      [{ target, limit: 20_000 }, /limit must be an integer 1\.\.10000/],
    ] as const) {
      const bad = await call('POST', `/api/recordings/${meta.id}/replay`, body);
      assert.equal(bad.status, 400, JSON.stringify(body));
      assert.match(bad.body.message, message);
    }
  });
});

describe('replay over HTTP/2', () => {
  test('HTTP/2 entries go out as HTTP/2 streams (h2c) on one connection; gRPC is not replayed, and says why', async () => {
    const seen: Array<{ version: string; method: string; url: string; authorization: unknown; body: string; socket: unknown }> = [];
    const server = createHttp2Server((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        seen.push({ version: req.httpVersion, method: req.method, url: req.url, authorization: req.headers.authorization, body: Buffer.concat(chunks).toString(), socket: req.stream.session });
        res.writeHead(req.url === '/echo' ? 201 : 200).end('ok');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    try {
      const target = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const h2 = [...golden('http2/captures/curl'), ...golden('http2/captures/node-client')];
      const grpc = golden('grpc/captures/unary');
      api.store.insert([...h2, ...grpc]);
      const meta = await record({ name: 'h2', q: `id in [${[...h2, ...grpc].map((e) => JSON.stringify(e.id)).join(', ')}]` });
      const r = await call('POST', `/api/recordings/${meta.id}/replay`, { target, concurrency: 4 });
      assert.equal(r.status, 200, r.text);
      const report = r.body.report;
      assert.deepEqual(report.skipped, { 'gRPC (messages are kept decoded, not as sent)': grpc.length });
      assert.equal(report.sent, h2.length);
      assert.equal(report.failed, 0, JSON.stringify(report.failures));
      // /missing was a 404; /refuse and /slow had no answer in the capture: the three that differ.
      assert.deepEqual(report.differences.map((d: { url: string; recorded: number | null; replayed: number }) => [new URL(d.url).pathname, d.recorded, d.replayed]).sort(), [
        ['/missing', 404, 200],
        ['/refuse', null, 200],
        ['/slow', null, 200],
      ]);
      assert.equal(report.sameStatus, h2.length - 3);
      assert.equal(seen.length, h2.length);
      assert.ok(seen.every((s) => s.version === '2.0'), 'every request over HTTP/2');
      assert.equal(new Set(seen.map((s) => s.socket)).size, 1, 'one connection');
      assert.ok(seen.every((s) => s.authorization === undefined), 'the redacted Authorization is not sent');
      const echo = h2.filter((e) => (e.request as { method: string }).method === 'POST').map((e) => (e.request as { body: { text: string } }).body.text).sort();
      assert.deepEqual(seen.filter((s) => s.method === 'POST').map((s) => s.body).sort(), echo);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
