// Detection by content: the preface, runs of valid frames mid-connection, and strict negatives
// (every capture of the other protocols, and HTTP/1 must not claim the preface).
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { detect as http1Detect } from '../http1/detect.js';
import { FLAG, FRAME } from './frame.js';
import { detect } from './detect.js';
import { http2Dissector } from './index.js';
import { block, cat, frame, idx, lit, POST, PREFACE, STATUS_200, utf8 } from './test-support/frames.js';
import { claimedConnections, FIXTURES, fixtureCaptures } from './test-support/fixtures.js';

const EH = FLAG.END_HEADERS;

describe('http2 detect', () => {
  it('the client preface, and every prefix of it is "more"', () => {
    assert.equal(detect(PREFACE), 'client');
    assert.equal(detect(cat(PREFACE, frame(FRAME.SETTINGS, 0, 0))), 'client');
    for (let n = 0; n < PREFACE.length; n++) assert.equal(detect(PREFACE.subarray(0, n)), 'more', `prefix ${n}`);
  });

  it('mid-connection: a request or response HEADERS run gives the role', () => {
    const req = frame(FRAME.HEADERS, EH, 5, block(idx(POST), lit(':path', '/x')));
    const resp = frame(FRAME.HEADERS, EH, 5, block(idx(STATUS_200)));
    const data = frame(FRAME.DATA, FLAG.END_STREAM, 5, utf8('body'));
    assert.equal(detect(cat(req, data)), 'client');
    assert.equal(detect(cat(resp, data)), 'server');
    assert.equal(detect(req), 'client'); // one frame that ends the bytes
    assert.equal(detect(cat(req, data.subarray(0, 10))), 'client'); // a whole frame, then a cut one
    assert.equal(detect(cat(frame(FRAME.PUSH_PROMISE, EH, 5, cat([0, 0, 0, 2], block(idx(2)))), data)), 'server');
  });

  it('frames both sides send wait for a role, then guess the server', () => {
    const data = frame(FRAME.DATA, 0, 1, new Uint8Array(100));
    assert.equal(detect(cat(data, data)), 'more');
    assert.equal(detect(cat(...Array.from({ length: 25 }, () => data))), 'server');
  });

  it('rejects: bad lengths per type, flags not defined for the type, empty-frame runs, other protocols', () => {
    assert.equal(detect(cat(frame(FRAME.PING, 0, 0, [1, 2, 3]), frame(FRAME.PING, 0, 0, [1, 2, 3]))), null);
    assert.equal(detect(cat(frame(FRAME.SETTINGS, 0, 1, []), frame(FRAME.SETTINGS, 0, 0, []))), null);
    assert.equal(detect(cat(frame(FRAME.DATA, 0x40, 1, [1]), frame(FRAME.DATA, 0, 1, [1]))), null);
    assert.equal(detect(new Uint8Array(64)), null);
    for (const s of ['GET / HTTP/1.1\r\n\r\n', '*1\r\n$4\r\nPING\r\n', '+OK\r\n', 'HTTP/1.1 200 OK\r\n']) assert.equal(detect(utf8(s)), null, s);
    assert.equal(detect(Uint8Array.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03])), null); // TLS ClientHello
    assert.equal(detect(Uint8Array.from([0, 0, 0, 8, 4, 0xd2, 0x16, 0x2f])), null); // Postgres SSLRequest
  });

  it('HTTP/1 does not claim the preface', () => {
    for (let n = 0; n <= PREFACE.length; n++) assert.notEqual(http1Detect(PREFACE.subarray(0, n)), 'client');
    assert.equal(http1Detect(PREFACE), null);
  });

  it('property: never throws', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (b) => void detect(b)));
  });

  it('claims no connection of the HTTP/1 captures nor of any other protocol fixture', () => {
    const own = fileURLToPath(new URL('../http1/captures/', import.meta.url));
    const files = readdirSync(own).filter((f) => f.endsWith('.pcap')).map((f) => own + f);
    const others = fixtureCaptures().filter((c) => c.protocol !== 'http2');
    for (const c of others) files.push(`${FIXTURES}/${c.path}`);
    assert.ok(files.length > 100 || others.length === 0, `${files.length} files`);
    const claimed = files.filter((f) => claimedConnections(f, http2Dissector) > 0);
    assert.deepEqual(claimed, []);
  });

  it('claims the HTTP/2 fixtures, which all start mid-connection', () => {
    const h2 = fixtureCaptures().filter((c) => c.protocol === 'http2');
    for (const c of h2) assert.equal(claimedConnections(`${FIXTURES}/${c.path}`, http2Dissector), 1, c.path);
  });
});
