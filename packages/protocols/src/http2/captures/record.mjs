#!/usr/bin/env node
// Records the HTTP/2 captures beside this script: real curl (--http2-prior-knowledge, and
// --http2 for the h2c upgrade) and Node http2 client traffic against a local Node http2 server
// (cleartext, prior knowledge) on 127.0.0.1:31380, a port no dissector maps to HTTP/2, captured
// with tcpdump on lo. Node's server does not implement `Upgrade: h2c`, so the upgrade scenario
// talks to a minimal hand-written server (31381) that answers 101 and then speaks real HTTP/2
// frames through Node's http2 session on the same socket.
// Usage (root, tcpdump and curl installed): node record.mjs [scenario...]
// The test (../captures.test.ts) asserts exact entries and compares <name>.golden.jsonl
// (regenerate with TRAWL_UPDATE_GOLDEN=1 after re-recording).
import http2 from 'node:http2';
import net from 'node:net';
import zlib from 'node:zlib';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { curl, recordPcap, selectedScenarios, sleep } from '../../capture/test-support/recorder.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const PORT = 31380;
const UPGRADE_PORT = 31381;
const { NGHTTP2_REFUSED_STREAM, NGHTTP2_CANCEL } = http2.constants;

function onStream(stream, headers) {
  const url = new URL(headers[':path'], 'http://x');
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  stream.on('error', () => {});
  if (url.pathname === '/refuse') {
    stream.close(NGHTTP2_REFUSED_STREAM);
    return;
  }
  if (url.pathname === '/slow') return; // the client cancels it
  stream.on('end', () => {
    const body = Buffer.concat(chunks);
    switch (url.pathname) {
      case '/echo':
        stream.respond({ ':status': 201, 'content-type': 'text/plain' });
        stream.end(`received ${body.length}: ${body.toString('utf8')}`);
        return;
      case '/gzip':
        stream.respond({ ':status': 200, 'content-type': 'text/plain', 'content-encoding': 'gzip' });
        stream.end(zlib.gzipSync('compressed hello '.repeat(50)));
        return;
      case '/trailers':
        stream.respond({ ':status': 200, 'content-type': 'text/plain' }, { waitForTrailers: true });
        stream.on('wantTrailers', () => stream.sendTrailers({ 'x-checksum': 'abc123', 'x-count': '2' }));
        stream.write('first part\n');
        stream.end('second part\n');
        return;
      case '/missing':
        stream.respond({ ':status': 404, 'content-type': 'text/plain' });
        stream.end('not here');
        return;
      default:
        stream.respond({ ':status': 200, 'content-type': 'application/json', 'x-big-echo': headers['x-big'] ?? 'none' });
        stream.end(JSON.stringify({ path: url.pathname, q: url.searchParams.get('q') }));
    }
  });
}

const base = `http://127.0.0.1:${PORT}`;

function request(session, headers, body) {
  return new Promise((resolve) => {
    const req = session.request(headers);
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve(null));
    req.on('close', () => resolve(null));
    req.end(body);
  });
}

const scenarios = {
  'curl': async () => {
    await curl('--http2-prior-knowledge', '-H', 'Authorization: Bearer s3cr3t', `${base}/json?q=first&tag=a&tag=b`);
    await curl('--http2-prior-knowledge', `${base}/missing`);
    await curl('--http2-prior-knowledge', '-X', 'POST', '-H', 'content-type: text/plain', '--data-binary', 'hello from curl', `${base}/echo`);
    await curl('--http2-prior-knowledge', '--compressed', `${base}/gzip`);
  },
  'node-client': async () => {
    const session = http2.connect(base);
    await once(session, 'connect');
    // Concurrent streams, each with a large header: the second use of the same value is a
    // dynamic-table reference, so a wrong table shows up as wrong headers.
    const big = 'v'.repeat(1500);
    await Promise.all([1, 2, 3, 4].map((i) => request(session, { ':path': `/json?q=${i}`, 'x-big': big })));
    await request(session, { ':method': 'POST', ':path': '/echo', 'content-type': 'application/json' }, '{"name":"node","n":1}');
    await request(session, { ':path': '/trailers', te: 'trailers' });
    await request(session, { ':path': '/refuse' });
    const slow = session.request({ ':path': '/slow' });
    slow.on('error', () => {});
    slow.end();
    await sleep(100);
    slow.close(NGHTTP2_CANCEL);
    await sleep(100);
    await request(session, { ':path': '/json?q=last', 'x-big': big });
    session.close();
    await once(session, 'close');
  },
  'h2c-upgrade': async () => {
    await curl('--http2', `http://127.0.0.1:${UPGRADE_PORT}/json?q=upgraded`);
  },
};

/**
 * A server for `Upgrade: h2c` (RFC 7540 §3.2): read the HTTP/1.1 request, answer 101, then hand
 * the socket to Node's http2 server. Node has no API for the implicit stream 1, so stream 1's
 * response (HEADERS + DATA) is written by hand after the server's SETTINGS, with HPACK literals
 * (no indexing) so it leaves the dynamic table empty.
 */
function upgradeServer(h2) {
  return net.createServer((sock) => {
    let head = Buffer.alloc(0);
    const onData = (d) => {
      head = Buffer.concat([head, d]);
      if (!head.includes('\r\n\r\n')) return;
      sock.off('data', onData);
      sock.write('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\n');
      const settings = frame(4, 0, 0, Buffer.alloc(0));
      const block = Buffer.concat([literal(':status', '200'), literal('content-type', 'application/json')]);
      const body = Buffer.from(JSON.stringify({ path: '/json', upgraded: true }));
      sock.write(Buffer.concat([settings, frame(1, 4, 1, block), frame(0, 1, 1, body)]));
      // The client's preface and frames that follow go to a real HTTP/2 session (SETTINGS ack, GOAWAY).
      sock.once('data', (d) => {
        sock.pause();
        h2.emit('connection', sock);
        sock.unshift(d);
        sock.resume();
      });
    };
    sock.on('data', onData);
    sock.on('error', () => {});
  });
}
const frame = (type, flags, id, payload) => {
  const h = Buffer.alloc(9);
  h.writeUIntBE(payload.length, 0, 3);
  h[3] = type;
  h[4] = flags;
  h.writeUInt32BE(id, 5);
  return Buffer.concat([h, payload]);
};
const literal = (name, value) => Buffer.concat([Buffer.from([0x00, name.length]), Buffer.from(name), Buffer.from([value.length]), Buffer.from(value)]);

const server = http2.createServer();
server.on('stream', onStream);
server.on('sessionError', () => {});
server.listen(PORT, '127.0.0.1');
await once(server, 'listening');
const upgrade = upgradeServer(server);
upgrade.listen(UPGRADE_PORT, '127.0.0.1');
await once(upgrade, 'listening');
for (const [name, run] of selectedScenarios(scenarios)) {
  await recordPcap(join(here, `${name}.pcap`), `tcp port ${name === 'h2c-upgrade' ? UPGRADE_PORT : PORT}`, run);
}
server.close();
upgrade.close();
