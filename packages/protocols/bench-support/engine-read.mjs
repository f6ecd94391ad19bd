#!/usr/bin/env node
/**
 * Engine-only read timing (no CLI, no output formatting): CapturePipeline + Engine with
 * defaultDissectors over capture files, read in 1 MiB chunks like `trawl read`, counting entries.
 *
 *   node packages/protocols/bench-support/engine-read.mjs FILE... [--runs N] [--no-redact] [--ndjson] [--phases]
 *
 * Runs from dist/ (build first). Prints the engine's CPU time (process.cpuUsage, user+sys, so JIT
 * compiler threads count) of every run and the best; the first run is what `trawl read` pays (cold
 * JIT), later ones show the steady state. --phases prints the CPU ms of each 2,500 entries (the
 * JIT warm-up is the first few); --ndjson writes the entries instead (to compare outputs).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CapturePipeline, defaultDissectors } from '../dist/index.js';
import { nodeDecompress } from '../dist-node/index.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '3' }, 'no-redact': { type: 'boolean' }, ndjson: { type: 'boolean' }, phases: { type: 'boolean' } },
});
const CHUNK = 1 << 20;

let phases = [];
let phaseAt = 0;
function readOnce(out) {
  phases = [];
  phaseAt = process.cpuUsage().user + process.cpuUsage().system;
  let entries = 0;
  const pipeline = new CapturePipeline({
    dissectors: defaultDissectors(),
    node: 'local',
    captureId: 'bench',
    decompress: nodeDecompress,
    redact: values['no-redact'] ? false : {},
    onEntry(entry) {
      entries++;
      if (values.phases && entries % 2500 === 0) {
        const t = process.cpuUsage();
        phases.push(((t.user + t.system - phaseAt) / 1000).toFixed(0));
        phaseAt = t.user + t.system;
      }
      if (out) out.push(JSON.stringify(entry));
    },
  });
  const buf = Buffer.allocUnsafe(CHUNK);
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, CHUNK);
  for (const file of positionals) {
    const fd = openSync(file, 'r');
    for (let n; (n = readSync(fd, buf, 0, CHUNK, null)) > 0; ) pipeline.push(bytes.subarray(0, n));
    closeSync(fd);
    pipeline.endFile();
  }
  pipeline.finish();
  return entries;
}

if (values.ndjson) {
  const out = [];
  readOnce(out);
  process.stdout.write(out.length ? out.join('\n') + '\n' : '');
} else {
  let best = Infinity;
  let entries = 0;
  const all = [];
  const wall = [];
  for (let i = 0; i < Number(values.runs); i++) {
    const t0 = process.cpuUsage();
    const w0 = performance.now();
    entries = readOnce(null);
    const t = process.cpuUsage(t0);
    wall.push(((performance.now() - w0) / 1000).toFixed(3));
    const s = (t.user + t.system) / 1e6;
    all.push(s.toFixed(3));
    if (values.phases) console.log(`ms per 2500 entries: ${phases.join(' ')}`);
    best = Math.min(best, s);
  }
  console.log(JSON.stringify({ entries, bestCpuSeconds: Number(best.toFixed(3)), runs: all, wall, entriesPerCpuSecond: Math.round(entries / best) }));
}
