// `trawl read --format har` as a user runs it: the built command on recorded captures, its output
// checked against the HAR 1.2 JSON schema (har-schema, with formats: dates, IP addresses), entry
// for entry against the NDJSON of the same files; other protocols counted on stderr, --limit, a
// damaged file (still a whole document), a bad --format.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const main = join(root, 'apps/cli/dist/main.js');
const capture = (dir: string, name: string) => join(root, 'packages/protocols/src', dir, 'captures', `${name}.pcap`);
const HTTP_CAPTURES = [
  capture('http1', 'keepalive'),
  capture('http1', 'compressed'),
  capture('http1', 'large-bodies'),
  capture('http1', '100-continue'),
  capture('http2', 'curl'),
  capture('http2', 'node-client'),
  capture('grpc', 'unary'),
  capture('grpc', 'streaming'),
  capture('graphql', 'http1-fetch'),
  capture('graphql', 'http2'),
];

const HTTP_PROTOCOLS = ['http', 'http2', 'grpc', 'graphql'];

function trawl(...args: string[]) {
  const r = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The HAR 1.2 schema (har-schema's draft-06 files) with the formats it names. */
function harValidator() {
  const require = createRequire(import.meta.url);
  const schemas = require('har-schema') as Record<string, { $id: string }>;
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  for (const s of Object.values(schemas)) ajv.addSchema(s);
  return ajv.getSchema('har.json#')!;
}

describe('trawl read --format har', () => {
  const validate = harValidator();

  for (const file of HTTP_CAPTURES) {
    const name = file.split('/').slice(-3).join('/');
    test(`${name}: a valid HAR 1.2 document, one entry per NDJSON entry, in order`, () => {
      const har = trawl('read', '--format', 'har', file);
      assert.equal(har.code, 0, har.err);
      const doc = JSON.parse(har.out);
      assert.ok(validate(doc), JSON.stringify(validate.errors?.slice(0, 3)));
      // (unary.pcap also holds Redis HELLOs a client sent to the gRPC port while it was recorded.)
      const entries = trawl('read', file)
        .out.split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
        .filter((e) => HTTP_PROTOCOLS.includes(e.protocol.name));
      assert.ok(entries.length > 0);
      assert.equal(doc.log.entries.length, entries.length);
      doc.log.entries.forEach((h: { _id: string; request: { method: string }; response: { status: number } }, i: number) => {
        assert.equal(h._id, entries[i].id);
        assert.equal(h.request.method, entries[i].request?.method ?? '');
        assert.equal(h.response.status, entries[i].response?.status ?? 0);
      });
    });
  }

  test('entries of other protocols are left out and counted on stderr (and in --stats json)', () => {
    const files = [capture('http1', 'keepalive'), capture('dns', 'udp')];
    const r = trawl('read', '--format', 'har', ...files);
    assert.equal(r.code, 0, r.err);
    const doc = JSON.parse(r.out);
    assert.ok(validate(doc));
    assert.equal(doc.log.entries.length, 4);
    const dns = trawl('read', capture('dns', 'udp')).out.split('\n').filter(Boolean).length;
    assert.ok(dns > 0);
    assert.match(r.err, new RegExp(`^trawl: not in the HAR \\(not HTTP\\): dns ${dns} entries$`, 'm'));
    const stats = JSON.parse(trawl('read', '--format', 'har', '--stats', 'json', ...files).err.trim().split('\n')[0]);
    assert.deepEqual(stats.notInHar, { dns });
    assert.equal(stats.printed, 4);
  });

  test('--limit: a whole document with that many entries', () => {
    const r = trawl('read', '--format', 'har', '--limit', '2', capture('http1', 'keepalive'));
    assert.equal(r.code, 0, r.err);
    const doc = JSON.parse(r.out);
    assert.ok(validate(doc));
    assert.equal(doc.log.entries.length, 2);
    // The validator is live: what HAR requires, missing or mistyped, is refused.
    const [first] = doc.log.entries;
    assert.equal(validate({ log: { ...doc.log, entries: [{ ...first, timings: undefined }] } }), false);
    assert.equal(validate({ log: { ...doc.log, entries: [{ ...first, startedDateTime: 'yesterday' }] } }), false);
    assert.equal(validate({ log: { ...doc.log, entries: [{ ...first, serverIPAddress: 'not-an-ip' }] } }), false);
  });

  test('a damaged file: exit 1 with where, and stdout still one valid document of what was read', () => {
    const whole = readFileSync(capture('http1', 'keepalive'));
    const dir = mkdtempSync(join(tmpdir(), 'trawl-har-'));
    const cut = join(dir, 'cut.pcap');
    // The last record cut short.
    writeFileSync(cut, whole.subarray(0, whole.length - 10));
    const r = trawl('read', '--format', 'har', cut);
    assert.equal(r.code, 1);
    assert.match(r.err, /cut\.pcap: .*byte offset \d+/);
    const doc = JSON.parse(r.out);
    assert.ok(validate(doc));
    assert.ok(doc.log.entries.length >= 3, `${doc.log.entries.length} entries kept`);
  });

  test('a bad --format names the three it takes', () => {
    const r = trawl('read', '--format', 'xml', capture('http1', 'keepalive'));
    assert.equal(r.code, 2);
    assert.match(r.err, /--format must be ndjson, table or har, not "xml"/);
  });
});
