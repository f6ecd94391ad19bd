// "Copy as cURL" replays for real: each command runs in sh against a local server, which checks
// it receives the captured request (not part of the browser bundle: tsconfig excludes *.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer, type IncomingMessage } from 'node:http';
import { createServer as createH2Server } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { curlCommand, shellQuote } from './curl.js';
import type { Entry } from './entry.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
  version: string;
}

async function withServer(h2: boolean, run: (port: number) => Promise<void>): Promise<Seen> {
  let seen: Seen | undefined;
  const handler = (req: IncomingMessage, res: { end(s: string): void }) => {
    const chunks: Buffer[] = [];
    req.on('data', (d: Buffer) => chunks.push(d));
    req.on('end', () => {
      seen = { method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks), version: req.httpVersion };
      res.end('ok');
    });
  };
  const server = h2 ? createH2Server(handler as never) : createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    await run((server.address() as AddressInfo).port);
  } finally {
    server.close();
  }
  assert.ok(seen, 'the server received the request');
  return seen;
}

const entry = (port: number, over: Partial<Entry> & { request: Entry['request'] }): Entry => ({
  id: 'n/1',
  timestamp: 0,
  protocol: { name: 'http', version: '1.1' },
  dst: { ip: '127.0.0.1', port },
  ...over,
});

/** The command as a user pastes it into sh. */
async function sh(command: string): Promise<void> {
  await promisify(execFile)('sh', ['-c', `${command} -s -o /dev/null --max-time 5`]);
}

test('a POST with a JSON body, repeated and redacted headers: the server gets what was captured, secrets left out', async () => {
  let notes: string[] = [];
  const seen = await withServer(false, async (port) => {
    const c = curlCommand(
      entry(port, {
        request: {
          method: 'POST',
          url: "/api/orders?page=2&q=it's",
          headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'content-length': '31', accept: ['a/b', 'c/d'], authorization: '[redacted]', 'x-note': `quote ' and "double" and $HOME` },
          body: { encoding: 'utf8', text: `{"sku":"it's","qty":3,"n":"$1"}`, size: 31, captured: 31, truncated: false },
        },
      }),
    )!;
    notes = c.notes;
    await sh(c.command);
  });
  assert.equal(seen.method, 'POST');
  assert.equal(seen.url, "/api/orders?page=2&q=it's");
  assert.equal(seen.headers['content-type'], 'application/json');
  assert.equal(seen.headers.accept, 'a/b, c/d');
  assert.equal(seen.headers['x-note'], `quote ' and "double" and $HOME`);
  assert.equal(seen.headers.authorization, undefined);
  assert.equal(seen.body.toString(), `{"sku":"it's","qty":3,"n":"$1"}`);
  assert.deepEqual(notes, ['left out, redacted by trawl: authorization']);
});

test('a binary body goes through base64 -d; a GET has no -X; no Host header: the destination address', async () => {
  const bytes = Buffer.from([0, 1, 2, 250, 255, 39, 10]);
  const seen = await withServer(false, async (port) => {
    await sh(curlCommand(entry(port, { request: { method: 'PUT', url: '/bin', headers: { 'content-type': 'application/octet-stream' }, body: { encoding: 'base64', base64: bytes.toString('base64'), size: 7, captured: 7 } } }))!.command);
  });
  assert.equal(seen.method, 'PUT');
  assert.deepEqual(seen.body, bytes);
  const get = curlCommand(entry(1, { request: { method: 'GET', url: '/x', headers: {} }, dst: { ip: 'fd00::1', port: 8080 } }))!;
  assert.equal(get.command, "curl 'http://[fd00::1]:8080/x'");
});

test('HTTP/2 (h2c): prior knowledge, pseudo-headers become the URL', async () => {
  const seen = await withServer(true, async (port) => {
    await sh(curlCommand(entry(port, { protocol: { name: 'http2', version: '2' }, request: { method: 'GET', url: '/h2?x=1', headers: { ':method': 'GET', ':path': '/h2?x=1', ':scheme': 'http', ':authority': `127.0.0.1:${port}`, 'x-h': 'v' } } }))!.command);
  });
  assert.equal(seen.version, '2.0');
  assert.equal(seen.url, '/h2?x=1');
  assert.equal(seen.headers['x-h'], 'v');
});

test('what cannot be replayed as captured is said; other protocols have no command', () => {
  const cut = curlCommand(entry(80, { request: { method: 'POST', url: '/u', headers: { 'content-encoding': 'gzip' }, body: { encoding: 'utf8', text: 'abc', size: 900, captured: 3, truncated: true, contentEncoding: 'gzip', decodedSize: 3 } } }))!;
  assert.deepEqual(cut.notes, ['the body is sent decoded, without Content-Encoding: gzip', 'the body was cut to 3 of 900 bytes by the capture: this sends the part kept']);
  assert.equal(curlCommand({ id: 'r', timestamp: 0, protocol: { name: 'redis' }, request: { method: 'GET' } }), null);
  const gqlOverH2 = curlCommand(entry(80, { protocol: { name: 'graphql', version: '2' }, request: { method: 'POST', url: '/graphql', headers: { ':authority': 'api:80' }, body: { encoding: 'utf8', text: '{}' } } }))!;
  assert.match(gqlOverH2.command, /^curl --http2-prior-knowledge -X 'POST' 'http:\/\/api:80\/graphql' --data-binary '\{\}'$/);
  assert.doesNotMatch(curlCommand(entry(80, { protocol: { name: 'graphql', version: '1.1' }, request: { method: 'POST', url: '/graphql', headers: {} } }))!.command, /http2/);
  assert.equal(shellQuote("a'b"), `'a'\\''b'`);
});
