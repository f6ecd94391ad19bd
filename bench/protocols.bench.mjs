#!/usr/bin/env node
/**
 * `trawl read` against tshark and tcpdump, protocol by protocol, each on a large capture made by
 * replicating one real capture of that protocol (bench/make-large-pcap.mjs: every copy gets its own
 * client addresses and ports and shifted timestamps, copies overlap in time). Client ports vary too:
 * with every copy on the same port pair, the engine's connection table (bucketed by port pair) scans
 * all copies' open connections per packet, which real clients would not cause.
 *
 *   node bench/protocols.bench.mjs [--smoke] [--only redis,dns,…] [--packets N] [--runs N] [--no-pin]
 *
 * Per protocol:
 *  - one copy is read first (NDJSON kept): the entries trawl finds in one copy, by protocol;
 *  - the large file is then read N times, interleaved with `tshark -r F -Y <filter> -d <decode-as>`
 *    (our recordings use unmapped ports) and `tcpdump -nr F`, each pinned to one core, stdout to
 *    /dev/null; the figure kept is the best wall-clock time (the median is reported too);
 *  - every trawl run is checked: packets as written, and entries, unpaired requests and unpaired
 *    responses exactly `copies ×` those of one copy. A mismatch is a bug: the bench exits 1;
 *  - tshark's message count comes from one more (untimed) pass with `-T fields` over the same file.
 *
 * Prints one JSON object on stdout: `table` has one row per protocol, `protocols` the details.
 * The ratios include Node's start-up (~0.1 s), which dominates at smoke size.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { has, median, round, timeOnce, TRAWL_ENV } from './http1-read.bench.mjs';
import { makeLargePcap } from './make-large-pcap.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TRAWL = join(root, 'apps/cli/dist/main.js');
const OUT = join(root, 'bench/out');
const own = (proto, file) => join(root, 'packages/protocols/src', proto, 'captures', file);

/**
 * One real capture per protocol. `entry`: the protocol name trawl's entries carry. `filter`: tshark's
 * display filter; `decodeAs`: for the ports tshark does not map. `count`: the tshark fields whose
 * occurrences are its messages (RESP: tshark's items are packets, a lower bound).
 */
export const PROTOCOLS = [
  // The HTTP/1 bench's keep-alive file (1000 requests, one response lost), smaller here.
  { name: 'http', entry: 'http', source: 'ipv6', filter: 'http', count: ['http.request', 'http.response'] },
  // GraphQL is an enricher over http/http2 entries: tshark 4.0 has no GraphQL dissector, so it runs `-Y http`.
  { name: 'graphql', entry: 'graphql', source: own('graphql', 'http1-fetch.pcap'), port: 4555, filter: 'http', decodeAs: 'tcp.port==4555,http', count: ['http.request', 'http.response'] },
  { name: 'http2', entry: 'http2', source: own('http2', 'node-client.pcap'), port: 31380, filter: 'http2', decodeAs: 'tcp.port==31380,http2', count: ['http2.headers.method', 'http2.headers.status'] },
  { name: 'grpc', entry: 'grpc', source: own('grpc', 'streaming.pcap'), port: 31390, filter: 'grpc', decodeAs: 'tcp.port==31390,http2', count: ['grpc.message_length'] },
  { name: 'redis', entry: 'redis', source: own('redis', 'basic.pcap'), port: 6390, filter: 'resp', decodeAs: 'tcp.port==6390,resp', count: null },
  { name: 'postgres', entry: 'postgres', source: own('postgres', 'psql-session.pcap'), port: 5440, filter: 'pgsql', decodeAs: 'tcp.port==5440,pgsql', count: ['pgsql.type'] },
  { name: 'mysql', entry: 'mysql', source: own('mysql', 'cli-session.pcap'), port: 3310, filter: 'mysql', decodeAs: 'tcp.port==3310,mysql', count: ['mysql.command', 'mysql.response_code'] },
  { name: 'amqp', entry: 'amqp', source: own('amqp', 'session.pcap'), port: 5680, filter: 'amqp', decodeAs: 'tcp.port==5680,amqp', count: ['amqp.method.method'] },
  { name: 'kafka', entry: 'kafka', source: own('kafka', 'consumer.pcap'), port: 39092, filter: 'kafka', decodeAs: 'tcp.port==39092,kafka', count: ['kafka.correlation_id'] },
  { name: 'dns', entry: 'dns', source: own('dns', 'udp.pcap'), port: 5300, filter: 'dns', decodeAs: 'udp.port==5300,dns', count: ['dns.id'] },
  { name: 'dns-tcp', entry: 'dns', source: own('dns', 'tcp.pcap'), port: 5300, filter: 'dns', decodeAs: 'tcp.port==5300,dns', count: ['dns.id'] },
];

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);

function statsOf(stderr) {
  const line = stderr.trim().split('\n').find((l) => l.startsWith('{'));
  if (!line) throw new Error(`trawl printed no --stats json line: ${stderr.slice(-300)}`);
  return JSON.parse(line);
}

/** One copy, read once with its NDJSON kept: the per-copy figures every large run must scale. */
function oneCopy(p) {
  const meta = makeLargePcap({ source: p.source, port: p.port, varyPorts: true, packets: 1, out: join(OUT, `proto-${p.name}-1copy.pcap`) });
  const r = spawnSync('node', [TRAWL, 'read', meta.file, '--stats', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`trawl read ${meta.file} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const byProtocol = {};
  for (const line of r.stdout.split('\n')) {
    if (!line) continue;
    const name = JSON.parse(line).protocol.name;
    byProtocol[name] = (byProtocol[name] ?? 0) + 1;
  }
  const s = statsOf(r.stderr);
  if (!(byProtocol[p.entry] > 0)) throw new Error(`${p.name}: trawl finds no ${p.entry} entry in one copy of ${p.source} (${JSON.stringify(byProtocol)})`);
  return { packets: s.packets, entries: s.entries, unpairedRequests: s.unpairedRequests, unpairedResponses: s.unpairedResponses, parseErrors: s.parseErrors, byProtocol };
}

function check(p, s, meta, one) {
  const want = {
    packets: meta.packets,
    entries: one.entries * meta.copies,
    unpairedRequests: one.unpairedRequests * meta.copies,
    unpairedResponses: one.unpairedResponses * meta.copies,
  };
  const bad = Object.entries(want).filter(([k, v]) => s[k] !== v).map(([k, v]) => `${k} ${s[k]} ≠ ${v}`);
  if (bad.length) throw new Error(`${p.name}: trawl on ${meta.file} (${meta.copies} copies): ${bad.join('; ')}`);
}

/** tshark's messages in the file: occurrences of `p.count` fields (packets matching the filter when null). */
function tsharkMessages(p, file) {
  const fields = p.count ?? ['frame.number'];
  const args = ['-r', file, ...(p.decodeAs ? ['-d', p.decodeAs] : []), '-Y', p.filter, '-T', 'fields', '-E', 'occurrence=a', '-E', 'aggregator=,'];
  for (const f of fields) args.push('-e', f);
  const r = spawnSync('tshark', args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`tshark ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-300)}`);
  let n = 0;
  for (const line of r.stdout.split('\n')) for (const cell of line.split('\t')) if (cell) n += cell.split(',').length;
  return { messages: n, what: p.count ? p.count.join(' + ') : `packets matching ${p.filter}` };
}

function benchProtocol(p, { packets, runs, pin }) {
  const one = oneCopy(p);
  const meta = makeLargePcap({ source: p.source, port: p.port, varyPorts: true, packets, out: join(OUT, `proto-${p.name}-${packets}.pcap`) });
  const f = meta.file;
  const tools = [
    { name: 'trawl', argv: ['node', TRAWL, 'read', f, '--stats', 'json'], env: TRAWL_ENV },
    { name: 'tshark', argv: ['tshark', '-r', f, '-Y', p.filter, ...(p.decodeAs ? ['-d', p.decodeAs] : [])], needs: 'tshark' },
    { name: 'tcpdump', argv: ['tcpdump', '-nr', f], needs: 'tcpdump' },
  ].filter((t) => !t.needs || has(t.needs));
  const times = new Map(tools.map((t) => [t.name, []]));
  let stats = null;
  for (let i = 0; i < runs; i++) {
    for (const t of tools) {
      const { seconds, stderr } = timeOnce(t.argv, pin, t.env);
      if (t.name === 'trawl') {
        const s = statsOf(stderr);
        check(p, s, meta, one);
        if (stats === null || s.elapsedSeconds < stats.elapsedSeconds) stats = s;
      }
      times.get(t.name).push(seconds);
    }
  }
  const tool = {};
  for (const t of tools) {
    const ts = times.get(t.name);
    tool[t.name] = {
      command: `${pin ? 'taskset -c 0 ' : ''}${t.argv.join(' ').replaceAll(root + '/', '')} > /dev/null`,
      bestSeconds: round(Math.min(...ts)),
      medianSeconds: round(median(ts)),
    };
  }
  const trawl = tool.trawl;
  trawl.inProcessSeconds = round(stats.elapsedSeconds);
  const tshark = tool.tshark ? { ...tool.tshark, ...tsharkMessages(p, f) } : null;
  if (tshark) tool.tshark = tshark;
  return {
    row: {
      packets: meta.packets,
      entries: stats.entries,
      entriesPerSecond: Math.round(stats.entries / trawl.bestSeconds),
      trawlSeconds: trawl.bestSeconds,
      tsharkMessages: tshark?.messages ?? null,
      tsharkSeconds: tshark?.bestSeconds ?? null,
      tcpdumpSeconds: tool.tcpdump?.bestSeconds ?? null,
      speedupVsTshark: tshark ? round(tshark.bestSeconds / trawl.bestSeconds, 2) : null,
      ratioVsTcpdump: tool.tcpdump ? round(trawl.bestSeconds / tool.tcpdump.bestSeconds, 2) : null,
    },
    detail: {
      source: p.source.replace(root + '/', ''),
      serverPort: meta.serverPorts,
      file: f.replace(root + '/', ''),
      copies: meta.copies,
      bytes: meta.bytes,
      perCopy: one,
      found: {
        entries: stats.entries,
        unpairedRequests: stats.unpairedRequests,
        unpairedResponses: stats.unpairedResponses,
        parseErrors: stats.parseErrors,
        tcpStreams: stats.tcpStreams,
        udpFlows: stats.udpFlows,
        scalesWithCopies: true, // check() throws otherwise
      },
      tools: tool,
      medianRatios: {
        speedupVsTshark: tshark ? round(tshark.medianSeconds / trawl.medianSeconds, 2) : null,
        ratioVsTcpdump: tool.tcpdump ? round(trawl.medianSeconds / tool.tcpdump.medianSeconds, 2) : null,
      },
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      smoke: { type: 'boolean', default: false },
      only: { type: 'string' },
      packets: { type: 'string' },
      runs: { type: 'string' },
      'no-pin': { type: 'boolean', default: false },
    },
  });
  const smoke = values.smoke;
  const packets = Number(values.packets ?? (smoke ? 3_000 : 100_000));
  // Smoke: one run each (CI checks that entries scale and the tools run; its timings say little).
  const runs = Number(values.runs ?? (smoke ? 1 : 5));
  const only = values.only ? new Set(values.only.split(',')) : null;
  const pin = !values['no-pin'] && has('taskset');
  const started = performance.now();
  const loadAtStart = loadavg();
  const table = {};
  const protocols = {};
  let failed = null;
  for (const p of PROTOCOLS) {
    if (only && !only.has(p.name)) continue;
    process.stderr.write(`protocols: ${p.name}…\n`);
    try {
      const r = benchProtocol(p, { packets, runs, pin });
      table[p.name] = r.row;
      protocols[p.name] = r.detail;
    } catch (e) {
      // A bug (entries that do not scale) or a tool failure: reported, the others still run.
      failed ??= e;
      protocols[p.name] = { error: e.message };
    }
  }
  const cpus = Number(spawnSync('nproc', { encoding: 'utf8' }).stdout.trim()) || null;
  const report = {
    smoke,
    pinned: pin ? 'taskset -c 0' : 'not pinned (taskset missing or --no-pin)',
    runs,
    packetsPerFile: packets,
    loadAverageAtStart: loadAtStart,
    loadAverageAtEnd: loadavg(),
    cpus,
    ...(loadAtStart[0] > (cpus ?? 1) * 0.5
      ? { caveat: `machine loaded (load average ${loadAtStart[0]} on ${cpus} CPUs at start): best-of-${runs} times are noisy, compare ratios, not absolute rates` }
      : {}),
    ...(smoke ? { note: 'smoke size: Node start-up (~0.1 s) dominates trawl, so the ratios say little' } : {}),
    node: process.version,
    tshark: has('tshark') ? spawnSync('tshark', ['-v'], { encoding: 'utf8' }).stdout.split('\n')[0] : null,
    tcpdump: has('tcpdump') ? spawnSync('tcpdump', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0] : null,
    table,
    protocols,
    seconds: round((performance.now() - started) / 1000, 1),
  };
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  if (failed) {
    process.stderr.write(`protocols: ${failed.message}\n`);
    process.exit(1);
  }
}
