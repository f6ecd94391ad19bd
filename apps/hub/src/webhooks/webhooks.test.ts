// Webhook rules against real loopback HTTP receivers that record what they get.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import type { StoredEntry } from '../store/entry-check.js';
import { silentLogger } from '../log.js';
import { WebhookManager } from './manager.js';
import { parseRule, RuleError } from './rule.js';
import { renderTemplate } from './template.js';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: any;
}

/** A receiver that answers with `statuses` in turn (then 200) and records every request. */
async function receiver(statuses: number[] = []) {
  const got: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      got.push({ headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString()) });
      res.statusCode = statuses.shift() ?? 200;
      res.end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { got, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, close: () => new Promise((r) => server.close(r)) };
}

const dirs: string[] = [];
function db() {
  const dir = mkdtempSync(join(tmpdir(), 'webhooks-'));
  dirs.push(dir);
  return new Database(join(dir, 'hub.db'));
}
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

let n = 0;
const entry = (status: number, path = '/orders', dst = 'orders'): StoredEntry => ({
  id: `w/${n++}`,
  timestamp: Date.now(),
  protocol: { name: 'http' },
  src: { name: 'frontend', ip: '10.0.0.1' },
  dst: { name: dst, ip: '10.0.0.2' },
  request: { method: 'POST', path, headers: { 'x-request-id': 'abc' } },
  response: { status },
});

const until = async (what: string, check: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

const fast = { send: { baseDelayMs: 20, maxDelayMs: 100, timeoutMs: 2_000, attempts: 4 } };

describe('webhook templates and rules', () => {
  test('placeholders render entry paths; missing ones say <no value>', () => {
    const e = entry(503);
    assert.equal(renderTemplate('{{.src.name}} → {{.dst.name}}: {{.response.status}} {{.request.path}}', e), 'frontend → orders: 503 /orders');
    assert.equal(renderTemplate('{{ .request.headers.X-Request-Id }} {{.nope.x}} {{.response}}', e), 'abc <no value> {"status":503}');
  });

  test('bad rules are refused naming the field', () => {
    const bad: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ url: 'http://x', filter: 'response.status >>= 5' }, 'filter', /filter: /],
      [{ url: 'ftp://x' }, 'url', /http or https/],
      [{ url: 'not a url' }, 'url', /absolute/],
      [{ url: 'http://x', template: 'hi {{ range .x }}' }, 'template', /offset 3/],
      [{ url: 'http://x', headers: { 'x-a': 'b\r\nevil: 1' } }, 'headers', /not a valid/],
      [{ url: 'http://x', ratePerMinute: 0 }, 'ratePerMinute', /1\.\.6000/],
    ];
    for (const [input, field, message] of bad) {
      assert.throws(() => parseRule(input, 'r', 'api'), (e: unknown) => e instanceof RuleError && e.field === field && message.test(e.message), JSON.stringify(input));
    }
  });
});

describe('webhook delivery', () => {
  test('matching entries are posted as Slack JSON with the rule headers; others are not', async () => {
    const r = await receiver();
    const m = new WebhookManager(db(), silentLogger, fast);
    const rule = m.create({ name: 'errors', filter: 'response.status >= 500', url: r.url, headers: { authorization: 'Bearer s3cret' }, template: '{{.dst.name}} failed: {{.response.status}} {{.request.path}}' });
    m.observe([entry(200), entry(503), entry(201), entry(500, '/pay')]);
    await until('2 deliveries', () => r.got.length === 2 && m.status(rule.id)!.counters.sent === 2);
    assert.deepEqual(r.got.map((g) => g.body), [{ text: 'orders failed: 503 /orders' }, { text: 'orders failed: 500 /pay' }]);
    assert.equal(r.got[0].headers.authorization, 'Bearer s3cret');
    assert.equal(r.got[0].headers['content-type'], 'application/json');
    assert.deepEqual(m.status(rule.id)!.counters, { matched: 2, queued: 2, sent: 2, failed: 0, retries: 0, rateLimited: 0, deduplicated: 0, queueFull: 0 });
    await m.stop();
    await r.close();
  });

  test('5xx answers are retried with backoff until delivered; a 4xx is final', async () => {
    const r = await receiver([500, 502, 200, 400]);
    const m = new WebhookManager(db(), silentLogger, fast);
    const rule = m.create({ filter: '', url: r.url, template: '{{.request.path}} {{.response.status}}', dedupeSeconds: 0 });
    m.observe([entry(200, '/a')]);
    await until('delivered', () => m.status(rule.id)!.counters.sent === 1);
    m.observe([entry(200, '/b')]);
    await until('refused', () => m.status(rule.id)!.counters.failed === 1);
    const s = m.status(rule.id)!;
    assert.equal(r.got.length, 4);
    assert.deepEqual(r.got.map((g) => g.body.text), ['/a 200', '/a 200', '/a 200', '/b 200']);
    assert.equal(s.counters.retries, 2);
    assert.deepEqual(s.deliveries.map((d) => [d.text, d.ok, d.attempts, d.status]), [['/b 200', false, 1, 400], ['/a 200', true, 3, 200]]);
    assert.equal(s.lastError?.message, 'HTTP 400');
    await m.stop();
    await r.close();
  });

  test('a receiver that is down fails after every attempt, visibly; nothing throws', async () => {
    const r = await receiver();
    await r.close();
    const m = new WebhookManager(db(), silentLogger, fast);
    const rule = m.create({ url: r.url });
    m.observe([entry(500)]);
    await until('failed', () => m.status(rule.id)!.counters.failed === 1);
    const s = m.status(rule.id)!;
    assert.equal(s.deliveries[0].attempts, 4);
    assert.equal(s.lastError?.message, 'ECONNREFUSED');
    await m.stop();
  });

  test('the rate limit cuts a storm; de-duplication sends a repeated message once', async () => {
    const r = await receiver();
    const m = new WebhookManager(db(), silentLogger, fast);
    const limited = m.create({ url: r.url, template: '{{.request.path}}', ratePerMinute: 3, dedupeSeconds: 0 });
    m.observe(Array.from({ length: 10 }, (_, i) => entry(500, `/p${i}`)));
    await until('3 sent', () => m.status(limited.id)!.counters.sent === 3);
    assert.equal(m.status(limited.id)!.counters.rateLimited, 7);
    m.remove(limited.id);
    const deduped = m.create({ url: r.url, template: '{{.dst.name}} is failing', dedupeSeconds: 60 });
    m.observe([entry(500, '/x'), entry(503, '/y'), entry(500, '/z'), entry(500, '/x', 'billing')]);
    await until('2 sent', () => m.status(deduped.id)!.counters.sent === 2);
    assert.equal(m.status(deduped.id)!.counters.deduplicated, 2);
    assert.deepEqual(r.got.slice(3).map((g) => g.body.text), ['orders is failing', 'billing is failing']);
    await m.stop();
    await r.close();
  });

  test('an update that sends a header back as [REDACTED] keeps its stored value', async () => {
    const r = await receiver();
    const m = new WebhookManager(db(), silentLogger, fast);
    const rule = m.create({ url: r.url, headers: { authorization: 'Bearer keep-me', 'x-team': 'a' }, template: '{{.request.path}}' });
    m.update(rule.id, { name: 'renamed', headers: { authorization: '[REDACTED]', 'x-team': 'b' } });
    m.test(rule.id);
    await until('sent', () => r.got.length === 1);
    assert.equal(r.got[0].headers.authorization, 'Bearer keep-me');
    assert.equal(r.got[0].headers['x-team'], 'b');
    assert.equal(m.get(rule.id)!.name, 'renamed');
    await m.stop();
    await r.close();
  });

  test('rules persist; config rules replace config rules and cannot be edited through the API', async () => {
    const d = db();
    const m = new WebhookManager(d, silentLogger);
    const api = m.create({ name: 'mine', url: 'http://127.0.0.1:9/x' });
    m.applyConfig([{ id: 'cfg-a', url: 'http://127.0.0.1:9/a' }, { url: 'http://127.0.0.1:9/b' }]);
    assert.throws(() => m.update('cfg-a', { enabled: false }), /config file/);
    await m.stop();
    const again = new WebhookManager(d, silentLogger);
    assert.deepEqual(again.list().map((r) => `${r.id}:${r.source}`).sort(), [`${api.id}:api`, 'cfg-a:config', 'config-2:config'].sort());
    again.applyConfig([{ id: 'cfg-c', url: 'http://127.0.0.1:9/c' }]);
    assert.deepEqual(again.list().map((r) => r.id).sort(), [api.id, 'cfg-c'].sort());
    assert.throws(() => again.applyConfig([{ url: 'gopher://x' }]), /rule 1 \(config-1\): url must be http or https/);
    await again.stop();
  });
});

describe('webhook rule storage', () => {
  test('a rule change answers at once while the ingest writer holds the lock; saved after, in the order made', async () => {
    const d = db();
    d.pragma('journal_mode = WAL');
    d.pragma('busy_timeout = 5000');
    const m = new WebhookManager(d, silentLogger, fast);
    const other = new Database(d.name);
    try {
      other.exec('BEGIN IMMEDIATE');
      const t0 = performance.now();
      const kept = m.create({ name: 'kept', url: 'http://127.0.0.1:9/a' });
      const dropped = m.create({ name: 'dropped', url: 'http://127.0.0.1:9/b' });
      assert.equal(m.remove(dropped.id), true);
      assert.ok(performance.now() - t0 < 1_000, 'the changes waited for the lock');
      // In effect at once.
      assert.deepEqual(m.list().map((r) => r.name), ['kept']);
      const saved = () => (d.prepare('SELECT id FROM webhook_rules ORDER BY id').all() as Array<{ id: string }>).map((r) => r.id);
      assert.deepEqual(saved(), []);
      setTimeout(() => other.exec('COMMIT'), 100);
      await m.stop();
      // The insert and the delete of `dropped` ran in order: it is not resurrected.
      assert.deepEqual(saved(), [kept.id]);
      assert.deepEqual(new WebhookManager(d, silentLogger, fast).list().map((r) => r.name), ['kept']);
    } finally {
      other.close();
      d.close();
    }
  });
});
