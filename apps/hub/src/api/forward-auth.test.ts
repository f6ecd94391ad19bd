// Forward auth as Authelia behind Traefik uses it, over real sockets: the user header counts only
// from a trusted proxy's address (the TCP peer, never X-Forwarded-For); a token still works from
// anywhere; what changes something is written to the audit log with who did it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { forwardAuth } from './auth.js';
import { listen, type RunningServer } from './server.js';
import { parseOptions, UsageError } from '../cli/options.js';
import { testApi, type TestApi } from '../test-support/api.js';

let api: TestApi;
let server: RunningServer;
const logged: string[] = [];

before(async () => {
  // 127.0.0.2 plays the proxy; the hub listens on 127.0.0.1 (Linux routes all of 127/8 to lo).
  api = testApi({ token: 'the-token', forwardAuth: forwardAuth(['127.0.0.2/32', 'fd00::/8']), log: (m) => logged.push(m) });
  server = await listen(api.app, '127.0.0.1', 0);
});
after(async () => {
  await server.close();
  api.close();
});

function call(from: string, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, localAddress: from, method, path, headers: { ...headers, ...(body ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : {}) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode!, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('the user header signs in only from a trusted proxy', async () => {
  assert.equal((await call('127.0.0.2', 'GET', '/api/stats', { 'Remote-User': 'alice' })).status, 200);
  // The same header from anywhere else: nothing (a client could write it).
  const spoofed = await call('127.0.0.1', 'GET', '/api/stats', { 'Remote-User': 'alice', 'X-Forwarded-For': '127.0.0.2' });
  assert.equal(spoofed.status, 401);
  assert.match(spoofed.body, /a token is required/);
  // From the proxy without a user (Authelia did not sign anyone in): nothing either.
  assert.equal((await call('127.0.0.2', 'GET', '/api/stats')).status, 401);
  assert.equal((await call('127.0.0.2', 'GET', '/api/stats', { 'Remote-User': '   ' })).status, 401);
  assert.equal((await call('127.0.0.2', 'GET', '/api/stats', { 'Remote-User': 'x'.repeat(300) })).status, 401);
  // The token works from any address; the UI's files need neither.
  assert.equal((await call('127.0.0.1', 'GET', '/api/stats', { authorization: 'Bearer the-token' })).status, 200);
  assert.equal((await call('127.0.0.1', 'GET', '/health')).status, 200);
});

test('what changes something is audited with who did it', async () => {
  logged.length = 0;
  // Whatever the answer (this test hub has no recordings store: 404), the attempt is audited.
  await call('127.0.0.2', 'POST', '/api/recordings', { 'Remote-User': 'alice' }, JSON.stringify({ name: 'audit me', q: '', from: 0, to: 1 }));
  await call('127.0.0.1', 'DELETE', '/api/endpoints', { authorization: 'Bearer the-token' });
  await call('127.0.0.1', 'DELETE', '/api/endpoints', { 'Remote-User': 'mallory' });
  await call('127.0.0.2', 'GET', '/api/stats', { 'Remote-User': 'alice' });
  await call('127.0.0.2', 'GET', '/api/entries/export?format=ndjson', { 'Remote-User': 'bob' });
  assert.deepEqual(
    logged.filter((l) => l.startsWith('audit ')).map((l) => l.replace(/→ \d+/, '→ N')),
    ['audit user:alice POST /api/recordings → N', 'audit token DELETE /api/endpoints → N', 'audit unauthenticated DELETE /api/endpoints → N', 'audit user:bob GET /api/entries/export → N'],
  );
  assert.ok(logged.includes('audit unauthenticated DELETE /api/endpoints → 401'), 'a refused attempt is audited with its 401');
});

test('bad --trusted-proxy values are usage errors that name them', () => {
  const base = ['--data', '/tmp/x'];
  for (const [args, message] of [
    [['--trusted-proxy', '10.0.0.0/33'], /"10.0.0.0\/33" is not an address or a CIDR range/],
    [['--trusted-proxy', 'proxy.local'], /"proxy.local" is not an address/],
    [['--trusted-proxy', '10.0.0.1', '--auth-header', 'Remote User'], /is not a header name/],
    [['--auth-header', 'X-User'], /--auth-header needs --trusted-proxy/],
  ] as const) {
    assert.throws(() => parseOptions([...base, ...args]), (e: unknown) => e instanceof UsageError && message.test((e as Error).message), args.join(' '));
  }
  const ok = parseOptions([...base, '--host', '0.0.0.0', '--trusted-proxy', '10.42.0.0/16, 192.168.1.5', '--auth-header', 'X-Forwarded-User']);
  assert.deepEqual([ok.trustedProxies, ok.authHeader], [['10.42.0.0/16', '192.168.1.5'], 'X-Forwarded-User']);
});
