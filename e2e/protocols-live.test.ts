// `trawl start` on lo while real clients talk to real servers of several protocols: HTTP/2 (Node's
// http2), gRPC (@grpc/grpc-js), Redis (redis-server + redis-cli) and DNS (dnsmasq + Node's
// resolver). Every call comes back through the hub's API as exactly one entry of the right
// protocol, with the fields users filter on. Servers that are not installed are skipped, saying so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import http2 from 'node:http2';
import { Resolver } from 'node:dns/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import grpc from '@grpc/grpc-js';
import protoLoader from '@grpc/proto-loader';
import { freePort } from '@trawl/bus';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'apps/cli/dist/main.js');
const PROTO = join(root, 'packages/protocols/src/grpc/captures/shop.proto');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

async function json(url: string): Promise<any> {
  return (await fetch(url)).json();
}

/** Waits until the query counts `want` entries, then a little longer to see that no more come. */
async function countSettles(hub: string, q: string, want: number): Promise<number> {
  const url = `${hub}/api/entries/count?q=${encodeURIComponent(q)}`;
  const until = Date.now() + 20_000;
  let n = 0;
  while (Date.now() < until) {
    n = (await json(url)).count;
    if (n >= want) break;
    await sleep(250);
  }
  await sleep(800);
  return (await json(url)).count;
}

async function entries(hub: string, q: string): Promise<any[]> {
  return (await json(`${hub}/api/entries?limit=100&q=${encodeURIComponent(q)}`)).entries;
}

test('live capture of HTTP/2, gRPC, Redis and DNS through trawl start', { timeout: 180_000 }, async (t) => {
  const data = mkdtempSync(join(tmpdir(), 'trawl-e2e-protocols-'));
  const [hubPort, natsPort, metricsPort] = [await freePort(), await freePort(), await freePort()];
  const start = spawn(process.execPath, [cli, 'start', '--data', data, '--port', String(hubPort), '--nats-port', String(natsPort), '--metrics-port', String(metricsPort), '--iface', 'lo'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  start.stdout.on('data', (d) => (out += d));
  start.stderr.on('data', (d) => (err += d));
  const children: ChildProcess[] = [];
  t.after(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    if (start.exitCode === null) {
      start.kill('SIGINT');
      await Promise.race([once(start, 'exit'), sleep(20_000)]);
    }
    spawnSync(process.execPath, [cli, 'clean', '--data', data, '--purge']);
  });
  const deadline = Date.now() + 60_000;
  while (!/trawl is running: (\S+)/.test(out)) {
    assert.ok(start.exitCode === null, `trawl start exited early (${start.exitCode}):\n${err}`);
    assert.ok(Date.now() < deadline, `trawl start never printed its URL:\n${err}`);
    await sleep(100);
  }
  const hub = /trawl is running: (\S+)/.exec(out)![1];
  await sleep(500);

  await t.test('HTTP/2 (prior knowledge, one connection, 5 streams)', async () => {
    const server = http2.createServer();
    server.on('stream', (stream, headers) => {
      stream.respond({ ':status': headers[':path']!.startsWith('/missing') ? 404 : 200, 'content-type': 'application/json' });
      stream.end(JSON.stringify({ path: headers[':path'] }));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const port = (server.address() as { port: number }).port;
    const session = http2.connect(`http://127.0.0.1:${port}`);
    const paths = ['/a', '/b?x=1', '/c', '/missing', '/e'];
    await Promise.all(
      paths.map(
        (p) =>
          new Promise<void>((resolve, reject) => {
            const req = session.request({ ':path': p, 'x-trace': 'abc' });
            req.on('response', () => {});
            req.resume();
            req.on('end', () => resolve());
            req.on('error', reject);
            req.end();
          }),
      ),
    );
    session.close();
    server.close();
    const q = `dst.port == ${port}`;
    assert.equal(await countSettles(hub, q, 5), 5);
    const got = await entries(hub, q);
    assert.deepEqual(new Set(got.map((e) => e.protocol.name)), new Set(['http2']));
    assert.deepEqual(got.map((e) => `${e.request.method} ${e.request.path} ${e.response.status}`).sort(), ['GET /a 200', 'GET /b 200', 'GET /c 200', 'GET /e 200', 'GET /missing 404']);
    assert.ok(got.every((e) => e.request.headers['x-trace'] === 'abc'));
  });

  await t.test('gRPC (unary and server streaming, status and messages)', async () => {
    const def = protoLoader.loadSync(PROTO, { keepCase: true, longs: String, enums: String });
    const shop = (grpc.loadPackageDefinition(def) as any).trawl.shop;
    const server = new grpc.Server();
    server.addService(shop.Shop.service, {
      GetItem: (call: any, cb: any) => (call.request.id === 'nope' ? cb({ code: grpc.status.NOT_FOUND, details: 'no such item' }) : cb(null, { id: call.request.id, name: 'thing', tags: ['x'] })),
      ListItems: (call: any) => {
        for (let i = 0; i < 3; i++) call.write({ id: `i${i}` });
        call.end();
      },
    });
    const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))));
    const client = new shop.Shop(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    const unary = (id: string) => new Promise((resolve) => client.GetItem({ id }, (e: unknown, r: unknown) => resolve(e ?? r)));
    await unary('book-1');
    await unary('nope');
    await new Promise<void>((resolve) => {
      const s = client.ListItems({});
      s.on('data', () => {});
      s.on('end', () => resolve());
    });
    client.close();
    await new Promise<void>((r) => server.tryShutdown(() => r()));
    const q = `dst.port == ${port}`;
    assert.equal(await countSettles(hub, q, 3), 3);
    const got = await entries(hub, `${q} and grpc`);
    const line = (e: any) => `${e.request.service}/${e.request.rpc} ${e.response.status} ${e.response.messages?.length ?? 0}`;
    assert.deepEqual(got.map(line).sort(), ['trawl.shop.Shop/GetItem 0 1', 'trawl.shop.Shop/GetItem 5 0', 'trawl.shop.Shop/ListItems 0 3']);
    const notFound = got.find((e) => e.response.status === 5);
    assert.equal(notFound.response.statusText, 'no such item');
  });

  await t.test('Redis (redis-cli against redis-server)', { skip: has('redis-server') && has('redis-cli') ? false : 'redis-server is not installed' }, async () => {
    const port = await freePort();
    const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    children.push(redis);
    for (let i = 0; i < 50 && spawnSync('redis-cli', ['-p', String(port), 'PING']).stdout?.toString().trim() !== 'PONG'; i++) await sleep(100);
    const commands = ['SET cart:1 apples', 'GET cart:1', 'GET cart:2', 'INCR visits', 'LPUSH queue a b', 'HSET user:1 name ann'];
    const cli = spawnSync('redis-cli', ['-p', String(port)], { input: commands.join('\n') + '\n' });
    assert.equal(cli.status, 0);
    redis.kill('SIGTERM');
    // redis-cli's own PINGs (readiness above) and COMMAND DOCS (its hints) are entries too: count the commands sent here.
    const q = `dst.port == ${port} and redis.command != "PING" and not redis.command startsWith "COMMAND"`;
    assert.equal(await countSettles(hub, q, commands.length), commands.length);
    const got = await entries(hub, q);
    const line = (e: any) => `${e.request.command} ${e.request.key ?? '-'} ${e.response?.status} ${e.response?.hit ?? '-'}`;
    assert.deepEqual(got.map(line).sort(), ['GET cart:1 0 true', 'GET cart:2 0 false', 'HSET user:1 0 -', 'INCR visits 0 -', 'LPUSH queue 0 -', 'SET cart:1 0 -']);
  });

  await t.test('DNS over UDP (dnsmasq answering Node\'s resolver)', { skip: has('dnsmasq') ? false : 'dnsmasq is not installed' }, async () => {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'dnsmasq-'));
    const dnsmasq = spawn('dnsmasq', ['-k', '--port', String(port), '--listen-address=127.0.0.1', '--bind-interfaces', '--no-resolv', '--no-hosts', '--address=/api.trawl.test/10.1.2.3', `--pid-file=${join(dir, 'pid')}`, '--user=root'], { stdio: 'ignore' });
    children.push(dnsmasq);
    await sleep(500);
    const resolver = new Resolver({ timeout: 2000, tries: 1 });
    resolver.setServers([`127.0.0.1:${port}`]);
    assert.deepEqual(await resolver.resolve4('api.trawl.test'), ['10.1.2.3']);
    await assert.rejects(resolver.resolve4('missing.example'));
    dnsmasq.kill('SIGTERM');
    const q = `dns and dst.port == ${port}`;
    assert.equal(await countSettles(hub, q, 2), 2);
    const got = await entries(hub, q);
    const line = (e: any) => `${e.request.type} ${e.request.name} ${e.response.rcode} ${(e.response.answers ?? []).map((a: any) => a.data).join(',')}`;
    assert.deepEqual(got.map(line).sort(), ['A api.trawl.test NOERROR 10.1.2.3', 'A missing.example REFUSED '].sort());
  });
});
