import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { test } from 'node:test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HostNamer } from './host.js';
import { LocalAddresses } from './local-addresses.js';
import { parseProcNetTcp, procAddress, SocketTable } from './proc-net.js';
import { ProcessNamer } from './process.js';
import { NamerChain } from './chain.js';

// Lines as the kernel writes them (little-endian host).
const TCP = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1111 1 0000000000000000 100 0 0 10 0
   1: 0100007F:C350 0100007F:1F90 01 00000000:00000000 00:00000000 00000000     0        0 2222 1 0000000000000000 20 4 30 10 -1
   2: 0100007F:C351 0100007F:1F90 06 00000000:00000000 03:00001582 00000000     0        0 0 3 0000000000000000
`;
const TCP6 = `  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 00000000000000000000000000000000:0050 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 3333 1 0000000000000000 100 0 0 10 0
   1: 0000000000000000FFFF00000100007F:0050 0000000000000000FFFF00000100007F:D431 01 00000000:00000000 00:00000000 00000000     0        0 4444 1 0000000000000000 20 4 30 10 -1
   2: 00000000000000000000000001000000:1F91 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 5555 1 0000000000000000 100 0 0 10 0
`;

test('proc addresses: IPv4 host order, IPv6 words, mapped IPv4 becomes IPv4', () => {
  assert.equal(procAddress('0100007F'), '127.0.0.1');
  assert.equal(procAddress('0A00C80A'), '10.200.0.10');
  assert.equal(procAddress('00000000000000000000000001000000'), '::1');
  assert.equal(procAddress('0000000000000000FFFF00000100007F'), '127.0.0.1');
  assert.equal(procAddress('B80D0120000000000000000001000000'), '2001:db8::1');
});

test('parseProcNetTcp: listeners and connections, TIME_WAIT (inode 0) and the header skipped', () => {
  const rows = parseProcNetTcp(TCP + TCP6);
  assert.deepEqual(
    rows.map((r) => [r.ip, r.port, r.state, r.inode]),
    [
      ['127.0.0.1', 8080, 10, 1111],
      ['127.0.0.1', 50000, 1, 2222],
      ['::', 80, 10, 3333],
      ['127.0.0.1', 80, 1, 4444],
      ['::1', 8081, 10, 5555],
    ],
  );
  const t = new SocketTable(rows);
  assert.equal(t.find('127.0.0.1', 8080), 1111, 'the listener');
  assert.equal(t.find('127.0.0.1', 50000), 2222, 'a client socket');
  assert.equal(t.find('10.0.0.5', 80), 3333, ':: serves IPv4 too');
  assert.equal(t.find('::1', 8081), 5555);
  assert.equal(t.find('127.0.0.1', 50001), undefined, 'TIME_WAIT has no owner');
  assert.deepEqual(parseProcNetTcp('garbage\n\n 1: x'), []);
});

function listen(host: string): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, host, () => resolve({ server, port: (server.address() as { port: number }).port }));
  });
}

test('the real /proc: a listening socket of this process is named with its pid and comm', async () => {
  const { server, port } = await listen('127.0.0.1');
  try {
    const local = new LocalAddresses();
    const namer = new ProcessNamer({ isLocal: (ip) => local.has(ip) });
    const names = namer.name('127.0.0.1', port);
    assert.equal(names?.kind, 'process');
    assert.equal(names?.process?.pid, process.pid);
    assert.equal(names?.name, (await import('node:fs')).readFileSync('/proc/self/comm', 'utf8').trim());
    // A second lookup is a cache hit: no more scans.
    const scans = namer.stats.quickRefreshes + namer.stats.fullRefreshes;
    namer.name('127.0.0.1', port);
    assert.equal(namer.stats.quickRefreshes + namer.stats.fullRefreshes, scans);
  } finally {
    server.close();
  }
});

test('the real /proc: a dual-stack listener names IPv4 connections; a connected client socket is named too', async () => {
  const { server, port } = await listen('::');
  const { connect } = await import('node:net');
  const client = connect(port, '127.0.0.1');
  await new Promise((r) => client.once('connect', r));
  try {
    const namer = new ProcessNamer({ isLocal: () => true });
    assert.equal(namer.name('127.0.0.1', port)?.process?.pid, process.pid);
    assert.equal(namer.name('::1', port)?.process?.pid, process.pid);
    namer.observe('127.0.0.1', client.localPort!);
    assert.equal(namer.name('127.0.0.1', client.localPort!)?.process?.pid, process.pid);
  } finally {
    client.destroy();
    server.close();
  }
});

test('budget: with no scan time left a miss is not scanned, and is cached as unknown', () => {
  let t = 0;
  const namer = new ProcessNamer({ isLocal: () => true, now: () => t, burstMs: 0, budgetFraction: 0 });
  assert.equal(namer.name('127.0.0.1', 1), undefined);
  assert.equal(namer.stats.quickRefreshes + namer.stats.fullRefreshes, 0);
  assert.equal(namer.stats.budgetSkips, 1);
  t = 1;
  namer.name('127.0.0.1', 1);
  assert.equal(namer.stats.lookups, 1, 'negative cache');
});

test('the chain: process first, then host or external; remote addresses never touch /proc', () => {
  const local = new LocalAddresses(() => ['10.1.2.3', 'fe80::1']);
  const proc = new ProcessNamer({ isLocal: (ip) => local.has(ip), burstMs: 0, budgetFraction: 0 });
  const chain = new NamerChain([proc, new HostNamer(local, 'node-a')]);
  assert.deepEqual(chain.name('10.1.2.3', 9), { kind: 'host', name: 'node-a' });
  assert.deepEqual(chain.name('127.0.0.5', 9), { kind: 'host', name: 'node-a' });
  assert.deepEqual(chain.name('::ffff:10.1.2.3', 9), { kind: 'host', name: 'node-a' });
  assert.deepEqual(chain.name('8.8.8.8', 53), { kind: 'external' });
  assert.equal(proc.stats.lookups, 3, 'only the local ends were looked up');
});

test('budget: an end whose socket has closed costs no full fd scan; a listed socket still gets one', () => {
  const root = mkdtempSync(join(tmpdir(), 'trawl-proc-'));
  try {
    mkdirSync(join(root, 'net'));
    writeFileSync(join(root, 'net/tcp'), TCP);
    writeFileSync(join(root, 'net/tcp6'), TCP6);
    const namer = new ProcessNamer({ isLocal: () => true, procRoot: root });
    // 127.0.0.1:5555 is in neither table (a curl gone before its packets were read).
    assert.equal(namer.name('127.0.0.1', 5555), undefined);
    assert.deepEqual([namer.stats.quickRefreshes, namer.stats.fullRefreshes], [1, 0]);
    // 127.0.0.1:50000 (inode 2222) is listed but no process holds it here: the full scan is tried.
    assert.equal(namer.name('127.0.0.1', 50000), undefined);
    assert.deepEqual([namer.stats.quickRefreshes, namer.stats.fullRefreshes], [2, 1]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
