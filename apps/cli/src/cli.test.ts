// The offline command as a user runs it: real capture files in, NDJSON/table out, exit codes,
// messages that say what and where, never a stack trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ENTRY_JSON_SCHEMA } from '@trawl/protocols';
import { bundleState } from './bundle-state.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const main = join(root, 'apps/cli/dist/main.js');
const captures = join(root, 'packages/protocols/src/http1/captures');
const keepalive = join(captures, 'keepalive.pcap');
const fixtures = process.env.TRAWL_PCAP_FIXTURES ?? join(root, '../shared/fixtures/pcap');
const tmp = mkdtempSync(join(tmpdir(), 'trawl-cli-'));

function trawl(...args: string[]) {
  return trawlWithInput(undefined, ...args);
}

/** trawl with `input` on its standard input. */
function trawlWithInput(input: Uint8Array | undefined, ...args: string[]) {
  const r = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, input });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const lines = (text: string) => text.split('\n').filter(Boolean);
const noStack = (text: string) => assert.doesNotMatch(text, /\n\s+at .+:\d+:\d+/, 'no stack trace');

test('read prints one schema-valid Entry per line and a summary on stderr', () => {
  const r = trawl('read', keepalive);
  assert.equal(r.code, 0, r.err);
  const entries = lines(r.out).map((l) => JSON.parse(l));
  assert.equal(entries.length, 4);
  const validate = new Ajv2020({ strict: false }).compile(ENTRY_JSON_SCHEMA);
  for (const e of entries) assert.ok(validate(e), JSON.stringify(validate.errors));
  assert.deepEqual(
    entries.map((e) => [e.request.method, e.request.path, e.response.status]),
    [['GET', '/json', 200], ['GET', '/missing', 404], ['GET', '/boom', 500], ['GET', '/json', 200]],
  );
  assert.match(r.err, /^trawl: 1 file, 16 packets, [\d.]+ MB, 1 TCP streams, 4 entries, 0 unpaired requests, 0 unpaired responses, 0 parse errors, [\d.]+ s\n$/);
});

const bundle = bundleState(join(root, 'apps/cli/dist/bundle'));
test('the bundle prints what the modules tsc emitted print', { skip: bundle === 'current' ? false : `the CLI bundle is ${bundle}` }, () => {
  for (const args of [['read', keepalive], ['read', '--format', 'table', keepalive, join(captures, 'pipelined.pcap')], ['kfl', 'check', 'http and response.status>=500']]) {
    const bundled = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8' });
    const modules = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8', env: { ...process.env, TRAWL_BUNDLE: '0' } });
    assert.equal(bundled.status, 0, bundled.stderr);
    assert.equal(bundled.stdout, modules.stdout, args.join(' '));
    assert.equal(bundled.stderr.replace(/[\d.]+ s$/m, ''), modules.stderr.replace(/[\d.]+ s$/m, ''));
  }
});

test('the same file read twice gives the same entry ids (re-import never duplicates)', () => {
  const ids = () => lines(trawl('read', keepalive).out).map((l) => JSON.parse(l).id);
  const first = ids();
  assert.equal(new Set(first).size, 4);
  assert.deepEqual(ids(), first);
});

test('secrets are redacted by default and kept with --no-redact', () => {
  const redacted = JSON.parse(lines(trawl('read', keepalive).out)[0]);
  assert.equal(redacted.request.headers.authorization, '[redacted]');
  assert.equal(redacted.request.headers.cookie, '[redacted]');
  assert.deepEqual(redacted.response.headers['set-cookie'], ['[redacted]', '[redacted]']);
  const raw = JSON.parse(lines(trawl('read', '--no-redact', keepalive).out)[0]);
  assert.equal(raw.request.headers.authorization, 'Bearer s3cr3t');
  assert.equal(raw.request.headers.cookie, 'session=abc123');
});

test('--redact-header/-query-key/-json-field name more secrets, on top of the defaults', () => {
  const r = trawl('read', keepalive, '--redact-header', 'user-agent,Accept', '--redact-query-key', 'tag', '--redact-json-field', 'got');
  assert.equal(r.code, 0, r.err);
  const e = JSON.parse(lines(r.out)[0]);
  assert.deepEqual(e.request.headers, { host: '127.0.0.1:31337', 'user-agent': '[redacted]', accept: '[redacted]', authorization: '[redacted]', cookie: '[redacted]' });
  assert.equal(e.request.url, '/json?q=first&tag=[redacted]&tag=[redacted]');
  assert.deepEqual(JSON.parse(e.response.body.text), { path: '/json', q: 'first', got: '[redacted]' });
  const both = trawl('read', keepalive, '--no-redact', '--redact-header', 'x-a');
  assert.equal(both.code, 2);
  assert.match(both.err, /--no-redact and --redact-\* contradict each other/);
  const bad = trawl('read', keepalive, '--redact-header', 'two words');
  assert.equal(bad.code, 2);
  assert.match(bad.err, /^trawl: --redact-header: "two words" is not a header name/);
});

test('--format table prints a header and one row per entry', () => {
  const r = trawl('read', '--format', 'table', keepalive);
  assert.equal(r.code, 0);
  const rows = lines(r.out);
  assert.match(rows[0], /^TIME\s+PROTO\s+METHOD\s+STATUS\s+PATH/);
  assert.equal(rows.length, 5);
  assert.match(rows[2], /HTTP\s+GET\s+404\s+\/missing/);
});

test('--limit stops after N entries', () => {
  const r = trawl('read', '--limit', '2', keepalive);
  assert.equal(r.code, 0);
  assert.equal(lines(r.out).length, 2);
  assert.match(r.err, /2 printed/);
});

test('--limit stops a file larger than one read chunk quietly (no truncation reported)', () => {
  const big = join(captures, 'large-bodies.pcap'); // 5 MB: the read stops between 1 MiB chunks
  const r = trawl('read', '--limit', '1', big);
  assert.equal(r.code, 0, r.err);
  assert.equal(lines(r.out).length, 1);
  assert.doesNotMatch(r.err, /truncated/);
});

test('--filter keeps entries matching the KFL query', () => {
  const r = trawl('read', '--filter', 'http and response.status >= 400', keepalive);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(lines(r.out).map((l) => JSON.parse(l).response.status), [404, 500]);
  const q = trawl('read', '--filter', 'request.queryString.q == "last"', keepalive);
  assert.equal(lines(q.out).length, 1);
});

test('an invalid --filter is a usage error with the position', () => {
  const r = trawl('read', '--filter', 'response.status >=', keepalive);
  assert.equal(r.code, 2);
  assert.match(r.err, /invalid KFL: expected .* at 1:\d+/);
  assert.match(r.err, /\^/);
  assert.equal(r.out, '');
  noStack(r.err);
});

test('a missing file exits 1 naming the file and the offset', () => {
  const r = trawl('read', join(tmp, 'nope.pcap'));
  assert.equal(r.code, 1);
  assert.match(r.err, /nope\.pcap: cannot open \(ENOENT\) at byte offset 0/);
  noStack(r.err);
});

test('a file that is not a capture exits 1 with its magic', () => {
  const f = join(tmp, 'text.pcap');
  writeFileSync(f, 'hello, this is not a capture file\n');
  const r = trawl('read', f);
  assert.equal(r.code, 1);
  assert.match(r.err, /text\.pcap: not a pcap or pcapng file/);
  noStack(r.err);
});

test('a truncated capture keeps every entry before the cut and says where it ends', () => {
  const whole = readFileSync(keepalive);
  // Cut inside the last packet's record: the last request/response pair is still complete
  // earlier in the file, only the final ACK/FIN packets are lost.
  const cut = whole.subarray(0, whole.length - 30);
  const f = join(tmp, 'cut.pcap');
  writeFileSync(f, cut);
  const r = trawl('read', f);
  assert.equal(r.code, 1);
  assert.equal(lines(r.out).length, 4);
  assert.match(r.err, /cut\.pcap: truncated record at byte offset \d+/);
  const offset = Number(/byte offset (\d+)/.exec(r.err)![1]);
  assert.ok(offset > 24 && offset < cut.length, `offset ${offset} inside the file`);
  noStack(r.err);
});

test('several files are read as one capture; a bad one does not lose the others', () => {
  const r = trawl('read', keepalive, join(tmp, 'missing.pcap'), join(captures, 'pipelined.pcap'));
  assert.equal(r.code, 1);
  assert.equal(lines(r.out).length, 7);
  assert.match(r.err, /3 files/);
  assert.match(r.err, /missing\.pcap: cannot open/);
});

test('bad usage exits 2 with a message', () => {
  for (const args of [['read'], ['read', '--format', 'xml', keepalive], ['read', '--limit', 'abc', keepalive], ['read', '--bogus', keepalive], ['frobnicate']]) {
    const r = trawl(...args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, /^trawl: /);
    noStack(r.err);
  }
  // Said by start itself, before anything is started (not by a worker restarting until given up).
  const start = trawl('start', '--engine-limit', 'maxConnections=none', '--port', '1');
  assert.equal(start.code, 2, start.err);
  assert.match(start.err, /^trawl: --engine-limit: engine limit maxConnections needs a whole number/);
  const kube = trawl('start', '--kubeconfig', '/nonexistent/kubeconfig', '--port', '1');
  assert.equal(kube.code, 2, kube.err);
  assert.match(kube.err, /^trawl: --kubeconfig \/nonexistent\/kubeconfig: no such file/);
});

test('kfl check prints the normalised query or the positioned error', () => {
  const ok = trawl('kfl', 'check', 'http   and response.status>=500');
  assert.equal(ok.code, 0, ok.err);
  assert.equal(ok.out.trim(), 'http and response.status >= 500');
  const bad = trawl('kfl', 'check', 'request.method ==');
  assert.equal(bad.code, 2);
  assert.match(bad.err, /expected a value after "==" at 1:18/);
  const unknown = trawl('kfl', 'check', 'nosuchmacro');
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /nosuchmacro/);
});

test('HTTP on a port no table maps is found by content (zeek http-on-port-5432)', () => {
  const f = join(fixtures, 'zeek/postgresql/http-on-port-5432.pcap');
  const r = trawl('read', f);
  assert.equal(r.code, 0, r.err);
  const entries = lines(r.out).map((l) => JSON.parse(l));
  assert.ok(entries.length > 0);
  for (const e of entries) {
    assert.equal(e.protocol.name, 'http');
    assert.equal(e.dst.port, 5432);
  }
});

test('./trawl starts offline commands without NODE_EXTRA_CA_CERTS and keeps it for the others', () => {
  // Node reads the file it names before running anything, and warns when it cannot: the warning
  // shows whether the variable reached Node.
  const env = { ...process.env, NODE_EXTRA_CA_CERTS: join(tmp, 'no-such-bundle.pem') };
  const launcher = join(root, 'trawl');
  // Once as the environment is, so a rebuild the launcher finds due (its node runs keep the
  // variable: pnpm may need it) happens before the runs that are checked.
  assert.equal(spawnSync(launcher, ['read', keepalive], { encoding: 'utf8' }).status, 0);
  const read = spawnSync(launcher, ['read', keepalive], { encoding: 'utf8', env });
  assert.equal(read.status, 0, read.stderr);
  assert.doesNotMatch(read.stderr, /extra certs/);
  assert.equal(lines(read.stdout).length, 4);
  // `endpoints` may talk to an https:// hub: the variable stays (the hub here is unreachable).
  const endpoints = spawnSync(launcher, ['endpoints', 'list', '--hub', 'http://127.0.0.1:9'], { encoding: 'utf8', env });
  assert.match(endpoints.stderr, /Ignoring extra certs from .*no-such-bundle\.pem/);
});

test('clean stops what the pid files name, also when stopping one removes the others', async () => {
  const data = mkdtempSync(join(tmpdir(), 'trawl-clean-'));
  const run = join(data, 'run');
  mkdirSync(run);
  // b.pid: a process that `a`, like `trawl start` with its children, stops and unlists itself.
  const b = spawn('sleep', ['30'], { stdio: 'ignore' });
  writeFileSync(join(run, 'b.pid'), String(b.pid));
  const a = spawn(process.execPath, ['-e', `process.on('SIGTERM', () => { process.kill(${b.pid}); require('fs').rmSync(${JSON.stringify(join(run, 'b.pid'))}); process.exit(0); }); setInterval(() => {}, 1000);`], { stdio: ['ignore', 'ignore', 'ignore'] });
  writeFileSync(join(run, 'a.pid'), String(a.pid));
  writeFileSync(join(run, 'c.pid'), 'not a pid');
  await new Promise((r) => setTimeout(r, 300)); // a's SIGTERM handler is in place
  const r = trawl('clean', '--data', data);
  assert.equal(r.code, 0, r.err);
  noStack(r.err);
  assert.doesNotMatch(r.err, /internal error/);
  assert.match(r.out, /stopped 1 process; data kept in .*trawl-clean-\w+ \(--purge removes it\)/);
  assert.equal(existsSync(run), false);
  assert.equal(a.exitCode ?? (await new Promise((res) => a.once('exit', res))), 0);
  assert.match(trawl('clean', '--data', data, '--purge').out, /stopped 0 processes, removed /);
  assert.equal(existsSync(data), false);
  assert.match(trawl('clean', '--data', data).out, /stopped 0 processes; no data in /, 'a directory that is not there is not "kept"');
});

test('- reads the capture from standard input: the entries a file gives, ids of its own, damage located', () => {
  // Over 64 KiB: the bytes read ahead for the fingerprint and the rest meet in the middle.
  const file = join(fixtures, 'zeek/http/1000-requests-one-dropped-response.pcap');
  const bytes = readFileSync(file);
  assert.ok(bytes.length > 1 << 20);
  const withoutId = (text: string) => lines(text).map((l) => JSON.stringify({ ...JSON.parse(l), id: undefined }));
  const fromFile = trawl('read', file);
  const fromStdin = trawlWithInput(bytes, 'read', '-');
  assert.equal(fromStdin.code, 0, fromStdin.err);
  assert.equal(lines(fromStdin.out).length, 1000);
  assert.deepEqual(withoutId(fromStdin.out), withoutId(fromFile.out));
  // Same bytes, same ids (a re-import through a pipe does not duplicate), distinct from the file's.
  const ids = (text: string) => lines(text).map((l) => (JSON.parse(l) as { id: string }).id);
  assert.deepEqual(ids(trawlWithInput(bytes, 'read', '-').out), ids(fromStdin.out));
  assert.notEqual(ids(fromStdin.out)[0], ids(fromFile.out)[0]);

  // A real pipe from tcpdump, as the usage line shows.
  const piped = spawnSync('sh', ['-c', `tcpdump -r '${file}' -w - 2>/dev/null | '${process.execPath}' '${main}' read - --format table`], { encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(piped.status, 0, piped.stderr);
  assert.equal(lines(piped.stdout).length, 1001);

  // Cut inside a record (and shorter than the read-ahead): what came before is kept, the message
  // names standard input and the offset.
  const cut = trawlWithInput(bytes.subarray(0, 50_000), 'read', '-');
  assert.equal(cut.code, 1);
  assert.match(cut.err, /trawl: standard input: truncated record .*at byte offset \d+/);
  assert.ok(lines(cut.out).length > 10);
  noStack(cut.err);

  const twice = trawlWithInput(bytes, 'read', '-', '-');
  assert.equal(twice.code, 2);
  assert.match(twice.err, /standard input\) can be read only once/);
  const empty = trawlWithInput(new Uint8Array(0), 'read', '-');
  assert.equal(empty.code, 1);
  assert.match(empty.err, /standard input: empty file/);
});

test('gzip-compressed captures are read as they are (file and standard input); damage keeps what came before', () => {
  const file = join(fixtures, 'zeek/http/1000-requests-one-dropped-response.pcap');
  const bytes = readFileSync(file);
  const withoutId = (text: string) => lines(text).map((l) => JSON.stringify({ ...JSON.parse(l), id: undefined }));
  const plain = trawl('read', file);
  // Two gzip members, split inside a record: one stream to zlib, one capture to the engine.
  const half = bytes.length >> 1;
  const gz = Buffer.concat([gzipSync(bytes.subarray(0, half)), gzipSync(bytes.subarray(half))]);
  const f = join(tmp, 'http.pcap.gz');
  writeFileSync(f, gz);
  const r = trawl('read', f);
  assert.equal(r.code, 0, r.err);
  assert.equal(lines(r.out).length, 1000);
  assert.deepEqual(withoutId(r.out), withoutId(plain.out));
  assert.match(r.err, /1 file, \d+ packets, 1\.\d MB/, 'the summary counts the capture, not the gzip data');

  const fromStdin = trawlWithInput(gz, 'read', '-', '--format', 'table');
  assert.equal(fromStdin.code, 0, fromStdin.err);
  assert.equal(lines(fromStdin.out).length, 1001);
  assert.equal(lines(trawl('read', f, '--limit', '3').out).length, 3);

  // Cut short (a copy that did not finish): the entries before the cut, and where it stopped.
  const cutFile = join(tmp, 'cut.pcap.gz');
  writeFileSync(cutFile, gz.subarray(0, gz.length >> 2));
  const cut = trawl('read', cutFile);
  assert.equal(cut.code, 1);
  assert.match(cut.err, /cut\.pcap\.gz: gzip data cut short \(unexpected end of file\) after \d+ bytes of capture/);
  const kept = lines(cut.out).length;
  assert.ok(kept > 100 && kept < 1000, `${kept} entries before the cut`);
  assert.deepEqual(withoutId(cut.out), withoutId(plain.out).slice(0, kept));
  noStack(cut.err);

  // Garbage where the deflate data should be, and gzip around something that is not a capture.
  const damaged = Buffer.from(gz);
  damaged.fill(0xff, 4096, 8192);
  const bad = join(tmp, 'damaged.pcap.gz');
  writeFileSync(bad, damaged);
  const d = trawl('read', bad);
  assert.equal(d.code, 1);
  assert.match(d.err, /damaged\.pcap\.gz: damaged gzip data \(.+\) after \d+ bytes of capture/);
  noStack(d.err);
  const text = join(tmp, 'text.gz');
  writeFileSync(text, gzipSync('hello, not a capture\n'));
  assert.match(trawl('read', text).err, /text\.gz: not a pcap or pcapng file \(magic 0x68656c6c\) \(in the decompressed capture\)/);
});

test('captures compressed with zstd, xz, bzip2 or lz4 are named, with the command that reads them', () => {
  const cases: [string, number[], string][] = [
    ['zst', [0x28, 0xb5, 0x2f, 0xfd], 'zstd -dc'],
    ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'xz -dc'],
    ['bz2', [0x42, 0x5a, 0x68, 0x39], 'bzip2 -dc'],
    ['lz4', [0x04, 0x22, 0x4d, 0x18], 'lz4 -dc'],
  ];
  for (const [ext, magic, command] of cases) {
    const f = join(tmp, `capture.pcap.${ext}`);
    writeFileSync(f, Buffer.from([...magic, ...new Array(60).fill(0)]));
    const r = trawl('read', f);
    assert.equal(r.code, 1, ext);
    assert.ok(r.err.includes(`capture.pcap.${ext}: not a pcap or pcapng file: compressed with `), r.err);
    assert.ok(r.err.includes(`decompress it first, e.g. ${command} FILE | trawl read -`), r.err);
  }
});

test('--engine-limit sets one of the engine\'s bounds; a wrong one is a usage error naming the known ones', () => {
  // Three concurrent connections, one tracked at a time: the others are evicted (counted), their
  // exchanges cut in two (3 pairs become 3 unpaired requests and 3 unpaired responses).
  const file = join(fixtures, 'zeek/http/concurrent-range-requests.pcap');
  const plain = JSON.parse(trawl('read', file, '--stats', 'json').err) as { connectionEvictions: number; tcpStreams: number };
  const one = trawl('read', file, '--stats', 'json', '--engine-limit', 'maxConnections=1');
  assert.equal(one.code, 0, one.err);
  const stats = JSON.parse(one.err) as { connectionEvictions: number; counters: Record<string, number> };
  assert.equal(plain.connectionEvictions, 0);
  assert.ok(stats.connectionEvictions > 0, `evictions: ${stats.connectionEvictions}`);
  assert.equal(stats.counters['limit.maxConnections'], stats.connectionEvictions);
  const small = trawl('read', keepalive, '--engine-limit', 'maxHeaderBytes=64', '--stats', 'json');
  assert.ok((JSON.parse(small.err) as { counters: Record<string, number> }).counters['http1.header-too-large'] > 0, small.err);
  assert.equal(lines(trawl('read', keepalive, '--engine-limit', 'maxBodyBytes=3').out).map((l) => JSON.parse(l).response.body.captured).join(), '3,3,3,3');

  const unknown = trawl('read', keepalive, '--engine-limit', 'connections=5');
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /--engine-limit: unknown engine limit "connections" \(NAME=VALUE, one of: maxBodyBytes, .*maxConnections/);
  for (const bad of ['maxConnections', 'maxConnections=', 'maxConnections=-1', 'maxConnections=1e3', 'maxConnections=0']) {
    const r = trawl('read', keepalive, '--engine-limit', bad);
    assert.equal(r.code, 2, bad);
    assert.match(r.err, /engine limit maxConnections needs a whole number ≥ 1, not ".*" \(default 100000\)/, bad);
    noStack(r.err);
  }
});

test('- on a live pipe: entries print as their packets arrive, --limit does not wait for the end, ids do not depend on timing', async () => {
  const bytes = readFileSync(keepalive);
  const ids = (text: string) => lines(text).map((l) => (JSON.parse(l) as { id: string }).id);
  const whole = trawlWithInput(bytes, 'read', '-');
  assert.equal(lines(whole.out).length, 4);

  // Three quarters of the capture, then nothing (the producer waits), then the rest.
  const child = spawn(process.execPath, [main, 'read', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const cut = Math.floor(bytes.length * 0.75);
  child.stdin.write(bytes.subarray(0, 30)); // the header and part of the first record
  await new Promise((r) => setTimeout(r, 200));
  child.stdin.write(bytes.subarray(30, cut));
  const deadline = Date.now() + 10_000;
  while (lines(out).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const early = lines(out).length;
  assert.ok(early >= 1 && early < 4, `${early} entries printed while the pipe stayed open`);
  child.stdin.end(bytes.subarray(cut));
  const [code] = (await once(child, 'exit')) as [number];
  assert.equal(code, 0);
  assert.deepEqual(ids(out), ids(whole.out), 'the same ids however the bytes arrived');

  // --limit 1 on a pipe that stays open: exits once the entry is printed.
  const limited = spawn(process.execPath, [main, 'read', '-', '--limit', '1'], { stdio: ['pipe', 'pipe', 'ignore'] });
  let one = '';
  limited.stdout.on('data', (d) => (one += d));
  limited.stdin.on('error', () => {}); // it may be gone before we close it
  limited.stdin.write(bytes);
  const exited = await Promise.race([once(limited, 'exit').then(() => true), new Promise((r) => setTimeout(() => r(false), 10_000))]);
  limited.stdin.destroy();
  assert.equal(exited, true, 'exited without the end of its input');
  assert.equal(lines(one).length, 1);
});
