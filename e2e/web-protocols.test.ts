// Every protocol reads well in the traffic list and the entry detail: real entries, produced by
// `trawl read` from the dissectors' recorded captures (packages/protocols/src/<proto>/captures/),
// published through a real nats-server like a worker, stored by the built hub (which serves
// apps/web/out), and read in Debian's chromium. For each case the list is filtered to one entry
// (`id == "…"`): its row must show the protocol's verb, target and status in words, and its detail
// the protocol's own view (SQL text and rows, Redis args and reply, gRPC messages, DNS answers,
// Kafka partitions and records, AMQP properties and body). Screenshots: test-results/web/proto-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestNats, Publisher } from '../apps/hub/src/test-support/nats.js';
import { MAIN_JS, startHubChild } from '../apps/hub/src/test-support/child.js';
import { makeBatch } from '../apps/hub/src/test-support/entries.js';
import { CHROMIUM, launchChromium } from './web/chromium.js';

type Entry = Parameters<typeof makeBatch>[1][number];
type Json = Record<string, unknown>;

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'apps/web/out');
const cli = join(root, 'apps/cli/dist/main.js');
const captures = (proto: string, file: string) => join(root, 'packages/protocols/src', proto, 'captures', file);
const shots = join(root, 'test-results/web');
const skip = !existsSync(CHROMIUM) ? `no chromium at ${CHROMIUM}` : !existsSync(join(out, 'index.html')) ? 'apps/web/out is not built' : !existsSync(MAIN_JS) || !existsSync(cli) ? 'not built (npx tsc -b tsconfig.build.json)' : false;

/** `trawl read FILE` → the entries it prints (NDJSON). */
function read(proto: string, file: string): Json[] {
  const r = spawnSync(process.execPath, [cli, 'read', captures(proto, file), '--node', 'proto-e2e'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(r.status, 0, `trawl read ${proto}/${file}: ${r.stderr}`);
  return r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Json);
}

interface Case {
  name: string;
  proto: string;
  file: string;
  pick: (e: Json) => boolean;
  /** The row's method, path and status cells. */
  row: { method: RegExp; path: RegExp; status: RegExp };
  /** data-testid inside the detail → what it must say. */
  detail: [string, RegExp][];
}

const req = (e: Json) => (e.request ?? {}) as Json;
const res = (e: Json) => (e.response ?? {}) as Json;

const CASES: Case[] = [
  { name: 'redis-set', proto: 'redis', file: 'basic.pcap', pick: (e) => req(e).command === 'SET' && req(e).key === 'user:1', row: { method: /^SET$/, path: /^user:1$/, status: /ok/ }, detail: [['redis-command', /SET\s+user:1\s+alice/], ['redis-value', /OK/]] },
  { name: 'redis-error', proto: 'redis', file: 'auth.pcap', pick: (e) => req(e).command === 'GET' && res(e).status === 1, row: { method: /^GET$/, path: /secret/, status: /NOAUTH\s+error/ }, detail: [['redis-error', /NOAUTH Authentication required/]] },
  { name: 'postgres-insert', proto: 'postgres', file: 'extended.pcap', pick: (e) => Array.isArray(req(e).parameters) && String(req(e).query).startsWith('INSERT'), row: { method: /^INSERT$/, path: /INSERT INTO t VALUES/, status: /2 rows\s+ok/ }, detail: [['sql-query', /INSERT INTO t VALUES \(\$1, \$2\), \(\$3, \$4\)/], ['sql-parameters', /\$2\s+one/]] },
  { name: 'postgres-select', proto: 'postgres', file: 'psql-session.pcap', pick: (e) => Array.isArray(res(e).rowsSample) && (res(e).columns as unknown[] | undefined)?.length === 3, row: { method: /^SELECT$/, path: /SELECT/, status: /\d+ rows?\s+ok/ }, detail: [['sql-rows', /id\s+name\s+price[\s\S]*apple/]] },
  { name: 'postgres-error', proto: 'postgres', file: 'extended.pcap', pick: (e) => res(e).code === '42P01', row: { method: /\S/, path: /nope/, status: /42P01\s+error/ }, detail: [['sql-error', /42P01: relation "nope" does not exist/]] },
  { name: 'mysql-select', proto: 'mysql', file: 'binary-protocol.pcap', pick: (e) => Array.isArray(res(e).rowsSample) && JSON.stringify(res(e).rowsSample).includes('bolt'), row: { method: /^SELECT$|Execute/, path: /\S/, status: /ok/ }, detail: [['sql-rows', /bolt/]] },
  { name: 'kafka-produce', proto: 'kafka', file: 'producer.pcap', pick: (e) => req(e).apiKey === 'Produce', row: { method: /^Produce$/, path: /^orders$/, status: /ok/ }, detail: [['kafka-api', /Produce v\d+ topic orders/], ['kafka-records', /orders[\s\S]*k1[\s\S]*first order/]] },
  { name: 'kafka-error', proto: 'kafka', file: 'consumer.pcap', pick: (e) => res(e).error === 'MEMBER_ID_REQUIRED', row: { method: /^JoinGroup$/, path: /\S/, status: /MEMBER_ID_REQUIRED\s+error/ }, detail: [['detail-status', /MEMBER_ID_REQUIRED/]] },
  { name: 'amqp-publish', proto: 'amqp', file: 'session.pcap', pick: (e) => req(e).method === 'basic.publish' && (req(e).properties as Json | undefined)?.contentType === 'application/json', row: { method: /^basic\.publish$/, path: /→/, status: /ok|no response/ }, detail: [['amqp-properties', /contentType\s+application\/json/], ['json-body', /"id": 42/]] },
  { name: 'amqp-error', proto: 'amqp', file: 'errors.pcap', pick: (e) => res(e).status === 404, row: { method: /^channel\.close$/, path: /NOT_FOUND - no exchange 'trawl\.missing'/, status: /404 NOT_FOUND\s+error/ }, detail: [['detail-status', /404 NOT_FOUND/]] },
  { name: 'dns-a', proto: 'dns', file: 'udp.pcap', pick: (e) => req(e).type === 'A' && req(e).name === 'api.trawl.test', row: { method: /^A$/, path: /^api\.trawl\.test$/, status: /NOERROR\s+ok/ }, detail: [['dns-question', /api\.trawl\.test A/], ['dns-answers', /api\.trawl\.test\s+A\s+\d+\s+10\.1\.2\.3/]] },
  { name: 'dns-nxdomain', proto: 'dns', file: 'udp.pcap', pick: (e) => res(e).rcode === 'NXDOMAIN', row: { method: /\S/, path: /\S/, status: /NXDOMAIN\s+error/ }, detail: [['detail-status', /NXDOMAIN/]] },
  { name: 'grpc-ok', proto: 'grpc', file: 'unary.pcap', pick: (e) => req(e).rpc === 'GetItem' && res(e).status === 0, row: { method: /^GetItem$/, path: /trawl\.shop\.Shop\/GetItem/, status: /0 OK\s+ok/ }, detail: [['grpc-status', /0 OK/], ['proto-request', /Messages \(1\)[\s\S]*"1": "book-1"/i], ['proto-response', /"2": "item 1"/]] },
  { name: 'grpc-error', proto: 'grpc', file: 'unary.pcap', pick: (e) => res(e).status === 5, row: { method: /\S/, path: /trawl\.shop\.Shop\//, status: /5 NOT_FOUND\s+error/ }, detail: [['grpc-status', /5 NOT_FOUND/]] },
  { name: 'graphql', proto: 'graphql', file: 'http1-curl.pcap', pick: (e) => req(e).operationName === 'Hello', row: { method: /^query$/, path: /Hello · \/api/, status: /200\s+ok/ }, detail: [['graphql-query', /query Hello\(\$who: String\)/]] },
];

test('every protocol reads well in the list and the detail', { timeout: 240_000, skip }, async (t) => {
  mkdirSync(shots, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'trawl-web-protocols-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));

  // The entries, with ids of our own (two captures may number their flows alike).
  const files = new Map<string, Json[]>();
  const picked = new Map<string, Json>();
  for (const c of CASES) {
    const key = `${c.proto}/${c.file}`;
    if (!files.has(key)) files.set(key, read(c.proto, c.file).map((e, i) => ({ ...e, id: `proto-e2e/${key}/${i}` })));
    const e = files.get(key)!.find(c.pick);
    assert.ok(e, `${c.name}: no entry in ${key} matches the case`);
    picked.set(c.name, e);
  }

  const nats = await startTestNats();
  t.after(() => nats.cleanup());
  const hub = await startHubChild(['--nats', nats.url, '--data', join(dir, 'data'), '--port', '0', '--static', out]);
  t.after(async () => {
    hub.process.kill('SIGINT');
    await hub.exited;
  });
  const pub = await Publisher.connect(nats.url);
  t.after(() => pub.close());
  let k = 0;
  const all = [...files.values()].flat();
  for (const [key, entries] of files) await pub.publish(makeBatch(`proto-${k++}-${key}`, entries as unknown as Entry[], 'proto-e2e'));
  for (let i = 0; ; i++) {
    const n = ((await (await fetch(`${hub.url}/api/entries/count`)).json()) as { count: number }).count;
    if (n >= all.length) break;
    assert.ok(i < 200, `the hub stored ${n} of ${all.length} entries`);
    await new Promise((r) => setTimeout(r, 100));
  }

  const browser = await launchChromium();
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  for (const c of CASES) {
    await t.test(c.name, async () => {
      const e = picked.get(c.name)!;
      await page.goto(`${hub.url}/?q=${encodeURIComponent(`id == "${String(e.id)}"`)}`);
      const row = page.locator('.list-scroll [role="row"]').first();
      await row.waitFor({ timeout: 15_000 });
      assert.equal(await row.getAttribute('data-protocol'), c.proto);
      const cell = async (cls: string) => (await row.locator(cls).innerText()).trim();
      assert.match(await cell('.c-method'), c.row.method, `${c.name}: method cell`);
      assert.match(await cell('.c-path'), c.row.path, `${c.name}: path cell`);
      assert.match(await cell('.c-status'), c.row.status, `${c.name}: status cell`);
      await row.locator('.c-time').click(); // not on a value: that adds it to the filter
      const detail = page.getByRole('complementary', { name: 'Entry detail' });
      await detail.getByRole('region', { name: 'Request' }).waitFor({ timeout: 10_000 });
      for (const [id, re] of c.detail) {
        const el = detail.getByTestId(id).first();
        await el.waitFor({ timeout: 5_000 });
        assert.match(await el.innerText(), re, `${c.name}: ${id}`);
      }
      await page.screenshot({ path: join(shots, `proto-${c.name}.png`) });
    });
  }
  assert.deepEqual(errors, [], 'no uncaught errors in the page');
});
