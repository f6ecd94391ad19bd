#!/usr/bin/env node
/**
 * `trawl read` against tshark and tcpdump on the same large HTTP/1 capture, in the same run.
 *
 *   node bench/http1-read.bench.mjs [--smoke] [--packets N] [--runs N] [--ek-runs N] [--source ipv6|ipv4]...
 *
 * Every tool is pinned to one core (`taskset -c 0`) and writes to /dev/null; the figure kept is the
 * best wall-clock time of N runs (the median is reported too: the machine is shared). Runs are
 * interleaved tool by tool so background load hits every tool alike. Every trawl run is checked: the
 * entry count from `--stats json` must equal the requests the generator wrote, and the paired entries
 * the requests minus the responses the source capture lost. Prints one JSON object on stdout.
 *
 * Targets (issue 3): ≥ 4× faster than `tshark -Y http`, within 4× of `tcpdump -nr`, ≥ 90k entries/s
 * per core. They are judged on the IPv6 keep-alive file (the "replicated keep-alive capture");
 * the IPv4 file (large range responses, few entries) is reported for context.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeLargePcap } from './make-large-pcap.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TRAWL = join(root, 'apps/cli/dist/main.js');

export const TARGETS = { speedupVsTsharkHttp: 4, ratioVsTcpdump: 4, entriesPerSecond: 90_000 };

export function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const round = (x, d = 3) => (x === null || x === undefined ? null : Number(x.toFixed(d)));

/** One timed run: wall clock around the child, stdout to /dev/null, stderr kept (trawl's summary). */
export function timeOnce(argv, pin) {
  const devnull = openSync('/dev/null', 'w');
  try {
    const [cmd, ...args] = pin ? ['taskset', '-c', '0', ...argv] : argv;
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { stdio: ['ignore', devnull, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.error) throw r.error;
    if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
    return { seconds, stderr: r.stderr };
  } finally {
    closeSync(devnull);
  }
}

/** Checks one trawl run's `--stats json` against what the generator wrote; returns the stats. */
function checkTrawl(stderr, meta) {
  const line = stderr.trim().split('\n').find((l) => l.startsWith('{'));
  if (!line) throw new Error(`trawl printed no --stats json line: ${stderr.slice(-300)}`);
  const s = JSON.parse(line);
  const paired = s.entries - s.unpairedRequests - s.unpairedResponses;
  const problems = [];
  if (s.packets !== meta.packets) problems.push(`packets ${s.packets} ≠ ${meta.packets}`);
  if (s.entries !== meta.requests) problems.push(`entries ${s.entries} ≠ requests written ${meta.requests}`);
  if (paired !== meta.pairs) problems.push(`paired entries ${paired} ≠ ${meta.pairs} (requests minus dropped responses)`);
  if (s.unpairedRequests !== meta.unpairedRequests) problems.push(`unpaired requests ${s.unpairedRequests} ≠ ${meta.unpairedRequests}`);
  if (s.parseErrors !== 0) problems.push(`${s.parseErrors} parse errors`);
  if (problems.length) throw new Error(`trawl missed requests on ${meta.file}: ${problems.join('; ')}`);
  return s;
}

export function benchFile({ source, packets, runs, ekRuns, pin }) {
  const meta = makeLargePcap({ source, packets });
  const f = meta.file;
  const tools = [
    { name: 'trawl read', argv: ['node', TRAWL, 'read', f, '--stats', 'json'], runs },
    { name: 'tshark -Y http', argv: ['tshark', '-r', f, '-Y', 'http'], runs, needs: 'tshark' },
    { name: 'tshark -T ek', argv: ['tshark', '-r', f, '-T', 'ek'], runs: ekRuns, needs: 'tshark' },
    { name: 'tcpdump -nr', argv: ['tcpdump', '-nr', f], runs, needs: 'tcpdump' },
  ];
  const times = new Map(tools.map((t) => [t.name, []]));
  const skipped = {};
  let stats = null;
  const maxRuns = Math.max(...tools.map((t) => t.runs));
  for (let i = 0; i < maxRuns; i++) {
    for (const t of tools) {
      if (i >= t.runs) continue;
      if (t.needs && !has(t.needs)) {
        skipped[t.name] = `${t.needs} is not installed`;
        continue;
      }
      const { seconds, stderr } = timeOnce(t.argv, pin);
      if (t.name === 'trawl read') {
        const s = checkTrawl(stderr, meta);
        // Keep the in-process time of the fastest run, to set beside its wall time.
        if (stats === null || s.elapsedSeconds < stats.elapsedSeconds) stats = s;
      }
      times.get(t.name).push(seconds);
    }
  }

  const tool = {};
  for (const t of tools) {
    const ts = times.get(t.name);
    if (ts.length === 0) continue;
    const best = Math.min(...ts);
    tool[t.name] = {
      command: `${pin ? 'taskset -c 0 ' : ''}${t.argv.join(' ').replaceAll(root + '/', '')} > /dev/null`,
      runs: ts.length,
      bestSeconds: round(best),
      medianSeconds: round(median(ts)),
      packetsPerSecond: Math.round(meta.packets / best),
    };
  }
  const trawl = tool['trawl read'];
  trawl.entriesPerSecond = Math.round(stats.entries / trawl.bestSeconds);
  trawl.entriesPerSecondMedian = Math.round(stats.entries / trawl.medianSeconds);
  trawl.inProcessSeconds = round(stats.elapsedSeconds); // best run, without Node's start-up
  const tsharkHttp = tool['tshark -Y http'];
  const tcpdump = tool['tcpdump -nr'];
  const ratios = {
    speedupVsTsharkHttp: tsharkHttp ? round(tsharkHttp.bestSeconds / trawl.bestSeconds, 2) : null,
    speedupVsTsharkEk: tool['tshark -T ek'] ? round(tool['tshark -T ek'].bestSeconds / trawl.bestSeconds, 2) : null,
    ratioVsTcpdump: tcpdump ? round(trawl.bestSeconds / tcpdump.bestSeconds, 2) : null,
    // The same ratios from medians, for a feel of the noise.
    speedupVsTsharkHttpMedian: tsharkHttp ? round(tsharkHttp.medianSeconds / trawl.medianSeconds, 2) : null,
    ratioVsTcpdumpMedian: tcpdump ? round(trawl.medianSeconds / tcpdump.medianSeconds, 2) : null,
  };
  const met = {
    speedupVsTsharkHttp: ratios.speedupVsTsharkHttp === null ? null : ratios.speedupVsTsharkHttp >= TARGETS.speedupVsTsharkHttp,
    ratioVsTcpdump: ratios.ratioVsTcpdump === null ? null : ratios.ratioVsTcpdump <= TARGETS.ratioVsTcpdump,
    entriesPerSecond: trawl.entriesPerSecond >= TARGETS.entriesPerSecond,
  };
  return {
    file: { ...meta, file: meta.file.replace(root + '/', '') },
    found: {
      entries: stats.entries,
      paired: stats.entries - stats.unpairedRequests - stats.unpairedResponses,
      unpairedRequests: stats.unpairedRequests,
      unpairedResponses: stats.unpairedResponses,
      tcpStreams: stats.tcpStreams,
      everyRequestFound: true, // checkTrawl throws otherwise
    },
    tools: tool,
    ratios,
    targets: TARGETS,
    met,
    skipped,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      smoke: { type: 'boolean', default: false },
      packets: { type: 'string' },
      runs: { type: 'string' },
      'ek-runs': { type: 'string' },
      source: { type: 'string', multiple: true },
      'no-pin': { type: 'boolean', default: false },
    },
  });
  const smoke = values.smoke;
  const packets = Number(values.packets ?? (smoke ? 10_000 : 100_000));
  const runs = Number(values.runs ?? (smoke ? 3 : 5));
  // tshark -T ek is ~15× slower than the rest: fewer runs keep the full bench near a minute per file.
  const ekRuns = Number(values['ek-runs'] ?? (smoke ? 1 : 2));
  const sources = values.source ?? (smoke ? ['ipv6'] : ['ipv6', 'ipv4']);
  const pin = !values['no-pin'] && has('taskset');
  const started = performance.now();
  const files = {};
  for (const source of sources) files[source] = benchFile({ source, packets, runs, ekRuns, pin });
  const primary = files.ipv6 ?? Object.values(files)[0];
  const report = {
    smoke,
    pinned: pin ? 'taskset -c 0' : 'not pinned (taskset missing or --no-pin)',
    node: process.version,
    tshark: has('tshark') ? spawnSync('tshark', ['-v'], { encoding: 'utf8' }).stdout.split('\n')[0] : null,
    tcpdump: has('tcpdump') ? spawnSync('tcpdump', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0] : null,
    ...(smoke ? { note: 'smoke size: Node start-up (~0.1 s) dominates trawl, so the ratios say little; the targets are for the full size' } : {}),
    targetFile: primary.file.file,
    ratios: primary.ratios,
    entriesPerSecond: primary.tools['trawl read'].entriesPerSecond,
    met: primary.met,
    files,
    seconds: round((performance.now() - started) / 1000, 1),
  };
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
}
