// Entries → HAR 1.2: every entry of the recorded HTTP/1, HTTP/2, gRPC and GraphQL captures (their
// golden entries) keeps its method, target, status, headers and bodies; the cases the capture
// leaves open (no response, no request, no Host, IPv6, cookies, binary bodies) get the HAR
// documented in har.ts; other protocols have no HAR form.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { harDocumentHead, HAR_DOCUMENT_TAIL, toHarEntry, type HarNameValue } from './har.js';
import type { Body, Entry, HttpRequest, HttpResponse } from './types.js';

const golden = (dir: string, name: string): Entry[] =>
  readFileSync(fileURLToPath(new URL(`../${dir}/captures/${name}.golden.jsonl`, import.meta.url)), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Entry);

const HTTP_GOLDENS = [
  ['http1', 'keepalive'],
  ['http1', 'pipelined'],
  ['http1', 'chunked-trailers'],
  ['http1', 'compressed'],
  ['http1', 'large-bodies'],
  ['http1', '100-continue'],
  ['http1', 'no-body-statuses'],
  ['http2', 'curl'],
  ['http2', 'h2c-upgrade'],
  ['grpc', 'unary'],
  ['grpc', 'streaming'],
  ['graphql', 'http1-curl'],
  ['graphql', 'http1-fetch'],
] as const;

/** A header record flattened the way HAR lists it. */
const flat = (h: Record<string, string | string[]>): HarNameValue[] => Object.entries(h).flatMap(([name, v]) => [v].flat().map((value) => ({ name, value })));
const text = (b: Body) => (b.encoding === 'base64' ? b.base64 : b.text);

describe('HAR entries', () => {
  for (const [dir, name] of HTTP_GOLDENS) {
    test(`${dir}/${name}: every entry, its request and response as captured`, () => {
      const entries = golden(dir, name);
      assert.ok(entries.length > 0);
      for (const e of entries) {
        const h = toHarEntry(e);
        assert.ok(h, `${e.id} has a HAR form`);
        assert.equal(h._id, e.id);
        assert.equal(h._protocol, e.protocol.name);
        assert.equal(h.startedDateTime, new Date(e.timestamp).toISOString());
        assert.equal(h.time, e.elapsedTime ?? 0);
        assert.equal(h.timings.wait, h.time);
        assert.equal(h.serverIPAddress, e.dst.ip);
        const req = e.request as unknown as HttpRequest | null;
        if (req) {
          assert.equal(h.request.method, req.method);
          assert.match(h.request.url, /^https?:\/\/[^/]+\//);
          assert.ok(h.request.url.endsWith(req.url), `${h.request.url} ends with ${req.url}`);
          assert.deepEqual(h.request.headers, flat(req.headers));
          assert.deepEqual(h.request.queryString, flat(req.queryString));
          assert.equal(h.request.httpVersion, req.httpVersion);
          if (req.body) assert.equal(h.request.postData?.text, text(req.body));
          else assert.equal(h.request.postData, undefined);
        }
        const res = e.response as unknown as HttpResponse | null;
        if (res) {
          assert.equal(h.response.status, res.status);
          assert.equal(h.response.statusText, res.statusText);
          assert.deepEqual(h.response.headers, flat(res.headers));
          assert.equal(h.response.content.text, res.body ? text(res.body) : undefined);
          assert.equal(h.response.content.encoding, res.body?.encoding === 'base64' ? 'base64' : undefined);
          assert.equal(h.response.bodySize, res.body ? res.body.size : 0);
        } else assert.equal(h.response.status, 0);
      }
    });
  }

  test('the Host header makes the URL; HTTP/2 has :authority; an IPv6 server without either is bracketed', () => {
    assert.equal(toHarEntry(golden('http1', 'keepalive')[0])?.request.url, 'http://127.0.0.1:31337/json?q=first&tag=a&tag=b');
    assert.equal(toHarEntry(golden('http2', 'curl')[0])?.request.url, 'http://127.0.0.1:31380/json?q=first&tag=a&tag=b');
    const e = structuredClone(golden('http1', 'keepalive')[0]);
    delete (e.request as unknown as HttpRequest).headers.host;
    e.dst = { ip: 'fd00::1', port: 8080 };
    assert.equal(toHarEntry(e)?.request.url, 'http://[fd00::1]:8080/json?q=first&tag=a&tag=b');
    (e.request as unknown as HttpRequest).url = 'http://proxy.example/x?y=1';
    assert.equal(toHarEntry(e)?.request.url, 'http://proxy.example/x?y=1', 'an absolute target is kept');
  });

  test('gzip: content.size is the decoded size and compression what the encoding saved', () => {
    const e = golden('http1', 'compressed').find((x) => (x.response as unknown as HttpResponse)?.body?.contentEncoding === 'gzip');
    assert.ok(e, 'a gzip response in the capture');
    const body = (e.response as unknown as HttpResponse).body as Body;
    const h = toHarEntry(e)!;
    assert.equal(h.response.content.size, body.decodedSize);
    assert.equal(h.response.bodySize, body.size);
    assert.equal(h.response.content.compression, (body.decodedSize ?? 0) - body.size);
  });

  test('cookies: Cookie and Set-Cookie pairs (attributes stay in the header); a redacted value gives none', () => {
    const e = structuredClone(golden('http1', 'keepalive')[0]);
    (e.request as unknown as HttpRequest).headers.cookie = 'a=1; b=two=2';
    (e.response as unknown as HttpResponse).headers['set-cookie'] = ['s=1; Path=/; HttpOnly', 't=2'];
    const h = toHarEntry(e)!;
    assert.deepEqual(h.request.cookies, [{ name: 'a', value: '1' }, { name: 'b', value: 'two=2' }]);
    assert.deepEqual(h.response.cookies, [{ name: 's', value: '1' }, { name: 't', value: '2' }]);
    // As captured by default (redacted before the entry left the engine).
    const redacted = toHarEntry(golden('http1', 'keepalive')[0])!;
    assert.deepEqual(redacted.request.cookies, []);
    assert.deepEqual(redacted.response.cookies, []);
  });

  test('a request with no response: status 0 like an aborted request in a browser; a response with no request: an empty request', () => {
    const e = structuredClone(golden('http1', 'keepalive')[0]);
    const onlyRequest: Entry = { ...e, response: null, elapsedTime: null, anomalies: ['unpaired'] };
    const a = toHarEntry(onlyRequest)!;
    assert.equal(a.response.status, 0);
    assert.equal(a.response.bodySize, -1);
    assert.equal(a.time, 0);
    assert.deepEqual(a._anomalies, ['unpaired']);
    const onlyResponse: Entry = { ...e, request: null, elapsedTime: null, anomalies: ['unpaired'] };
    const b = toHarEntry(onlyResponse)!;
    assert.equal(b.request.method, '');
    assert.equal(b.request.url, 'http://127.0.0.1:31337/');
    assert.equal(b.response.status, 200);
  });

  test('a truncated body says so, with what was captured', () => {
    const e = structuredClone(golden('http1', 'keepalive')[0]);
    const body = (e.response as unknown as HttpResponse).body as Body;
    Object.assign(body, { size: 10_000, captured: 36, truncated: true });
    const h = toHarEntry(e)!;
    assert.equal(h.response.content._truncated, true);
    assert.equal(h.response.content._captured, 36);
  });

  test('a timestamp no date can hold is the epoch, not an exception', () => {
    for (const timestamp of [Number.NaN, 1e20]) {
      const e = { ...golden('http1', 'keepalive')[0], timestamp };
      assert.equal(toHarEntry(e)?.startedDateTime, '1970-01-01T00:00:00.000Z');
    }
  });

  test('other protocols have no HAR form', () => {
    for (const e of golden('dns', 'udp')) assert.equal(toHarEntry(e), null);
  });

  test('the document: head + entries joined by commas + tail is one JSON value', () => {
    const entries = golden('http1', 'pipelined').map((e) => JSON.stringify(toHarEntry(e)));
    const doc = JSON.parse(harDocumentHead({ name: 'trawl', version: '0.1.0' }) + entries.join(',') + HAR_DOCUMENT_TAIL);
    assert.equal(doc.log.version, '1.2');
    assert.equal(doc.log.creator.name, 'trawl');
    assert.equal(doc.log.entries.length, entries.length);
  });
});
