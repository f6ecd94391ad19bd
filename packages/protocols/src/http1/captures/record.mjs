#!/usr/bin/env node
// Records the HTTP/1 captures beside this script: real curl and Node http traffic against a local
// Node server on 127.0.0.1:31337 (a port no dissector table maps to HTTP), captured with tcpdump on lo.
// Usage (root, tcpdump and curl installed): node record.mjs [scenario...]
// Every scenario writes <name>.pcap; the test (../captures.test.ts) asserts exact entries and compares
// <name>.golden.jsonl (regenerate with TRAWL_UPDATE_GOLDEN=1 after re-recording).
import http from 'node:http';
import zlib from 'node:zlib';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { curl, recordPcap, selectedScenarios, sendRaw } from '../../capture/test-support/recorder.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const PORT = 31337;

const big = (n, seed) => Buffer.alloc(n, seed); // deterministic large bodies

function handler(req, res) {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const url = new URL(req.url, 'http://x');
    switch (url.pathname) {
      case '/json':
        res.setHeader('content-type', 'application/json');
        res.setHeader('set-cookie', ['session=abc123; HttpOnly', 'theme=dark']);
        res.end(JSON.stringify({ path: url.pathname, q: url.searchParams.get('q'), got: body.length }));
        return;
      case '/chunked':
        res.setHeader('content-type', 'text/plain');
        res.setHeader('trailer', 'x-checksum');
        res.write('first chunk\n');
        res.write('second chunk\n');
        res.addTrailers({ 'x-checksum': 'abc' });
        res.end('last\n');
        return;
      case '/gzip':
      case '/deflate':
      case '/br': {
        const text = 'compressed hello '.repeat(50);
        const enc = url.pathname.slice(1);
        const data = enc === 'gzip' ? zlib.gzipSync(text) : enc === 'deflate' ? zlib.deflateSync(text) : zlib.brotliCompressSync(text);
        res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': enc, 'content-length': data.length });
        res.end(data);
        return;
      }
      case '/large':
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': 3 * 1024 * 1024 });
        res.end(big(3 * 1024 * 1024, 0x61));
        return;
      case '/upload':
        res.writeHead(201, { 'content-type': 'text/plain' });
        res.end(`received ${body.length}`);
        return;
      case '/empty':
        res.writeHead(204);
        res.end();
        return;
      case '/cached':
        res.writeHead(304, { etag: '"v1"' });
        res.end();
        return;
      case '/missing':
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not here');
        return;
      case '/boom':
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('internal error');
        return;
      default:
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': 5 });
        res.end(req.method === 'HEAD' ? undefined : 'hello');
    }
  });
}

const base = `http://127.0.0.1:${PORT}`;
/** Writes raw bytes on one connection, reads for `wait` ms, then closes it. */
const raw = (text, wait) => sendRaw(PORT, text, wait);

const scenarios = {
  // curl reuses one connection for several URLs: keep-alive, query strings, redactable headers.
  'keepalive': async () => {
    await curl('-H', 'Authorization: Bearer s3cr3t', '-H', 'Cookie: session=abc123', `${base}/json?q=first&tag=a&tag=b`, `${base}/missing`, `${base}/boom`, `${base}/json?q=last`);
  },
  // Three requests written at once on one connection; the server answers in order.
  'pipelined': async () => {
    const req = (p) => `GET ${p} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`;
    await raw(req('/one') + req('/two') + req('/json?q=three'));
  },
  'chunked-trailers': async () => {
    await curl('-H', 'TE: trailers', `${base}/chunked`);
    await curl('-X', 'POST', '-H', 'Transfer-Encoding: chunked', '--data-binary', 'chunked request body', `${base}/upload`);
  },
  'compressed': async () => {
    await curl(`${base}/gzip`);
    await curl(`${base}/deflate`);
    await curl(`${base}/br`);
  },
  // curl sends Expect: 100-continue for bodies over 1 MiB... and we force it for a small one too.
  '100-continue': async () => {
    await curl('-H', 'Expect: 100-continue', '--data-binary', 'x'.repeat(2000), `${base}/upload`);
  },
  'large-bodies': async () => {
    await curl(big(2 * 1024 * 1024, 0x62), '--data-binary', '@-', '-H', 'content-type: application/octet-stream', `${base}/upload`);
    await curl(`${base}/large`);
  },
  'no-body-statuses': async () => {
    await curl('-I', `${base}/`);
    await curl(`${base}/empty`);
    await curl('-H', 'If-None-Match: "v1"', `${base}/cached`);
  },
  // HTTP/1.0 without keep-alive: Node answers and closes.
  'http10': async () => {
    await raw('GET /json?q=old HTTP/1.0\r\nUser-Agent: raw\r\n\r\n', 300);
  },
  // Node's own client, keep-alive agent, several requests on one socket.
  'node-client': async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    for (const [method, path, body] of [['GET', '/json?q=node'], ['POST', '/upload', '{"a":1}'], ['PUT', '/upload', 'put-body'], ['DELETE', '/missing']]) {
      await new Promise((resolve, reject) => {
        const r = http.request({ host: '127.0.0.1', port: PORT, method, path, agent, headers: body ? { 'content-type': 'application/json' } : {} }, (res) => {
          res.resume();
          res.on('end', resolve);
        });
        r.on('error', reject);
        r.end(body);
      });
    }
    agent.destroy();
  },
};

const server = http.createServer(handler);
server.on('checkContinue', (req, res) => {
  res.writeContinue();
  handler(req, res);
});
server.listen(PORT, '127.0.0.1');
await once(server, 'listening');
for (const [name, run] of selectedScenarios(scenarios)) {
  await recordPcap(join(here, `${name}.pcap`), `tcp port ${PORT}`, run);
}
server.close();
