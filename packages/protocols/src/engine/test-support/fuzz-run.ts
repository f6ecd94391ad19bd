// Whole-engine fuzzing: CapturePipeline (reader → decoder → engine → HTTP/1) over random bytes,
// synthetic TCP frames, cut and mutated real captures, and real conversations with segments
// reordered, dropped and duplicated. Every input is checked for the engine's invariants; a broken
// one throws a FuzzFailure that names the seed and input index, so `fuzzRun` reproduces it.
// The fuzz test runs a few hundred inputs; a benchmark can run a million (`fuzzRun(1e6)`).
import { CapturePipeline } from '../pipeline.js';
import { defaultDissectors } from '../dissectors.js';
import type { CapturedFrame } from '../../net/packet.js';
import { DEFAULT_LIMITS, type EngineLimits } from '../../limits.js';
import type { EngineStats } from '../stats.js';
import { captures, readCapture } from '../../capture/test-support/fixtures.js';
import { zlibDecompress } from '../../http1/test-support/fake-context.js';

/** Small bounds so that fuzz inputs reach them. */
export const FUZZ_LIMITS: Partial<EngineLimits> = {
  maxOutOfOrderBytesTotal: 20 << 10,
  maxOutOfOrderBytesPerStream: 12 << 10,
  maxOutOfOrderSegments: 24,
  maxConnections: 16,
  maxBodyBytes: 32 << 10,
  maxDecodedBodyBytes: 64 << 10,
  maxHeaderBytes: 8 << 10,
  maxPendingRequests: 32,
};

export class FuzzFailure extends Error {
  constructor(message: string, readonly seed: number, readonly index: number, readonly kind: string, options?: { cause?: unknown }) {
    super(`${message} (seed ${seed}, input ${index}, ${kind})`, options);
    this.name = 'FuzzFailure';
  }
}

/** mulberry32: small, fast, seedable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Corpus {
  /** Every capture under zeek/http/ in the fixture MANIFEST. */
  all: { path: string; bytes: Uint8Array }[];
  /** The small ones (fast enough to pick at random many times). */
  small: { path: string; bytes: Uint8Array }[];
  /** Small classic-pcap captures, split into records for reordering. */
  pcaps: { path: string; header: Uint8Array; records: Uint8Array[] }[];
}

let corpusCache: Corpus | null = null;

export function httpCorpus(smallBytes = 128 << 10): Corpus {
  if (corpusCache) return corpusCache;
  const all = captures()
    .filter((c) => c.path.startsWith('zeek/http/'))
    .map((c) => ({ path: c.path, bytes: readCapture(c.path) }));
  const small = all.filter((c) => c.bytes.length <= smallBytes);
  const pcaps = small.flatMap((c) => {
    const split = pcapRecords(c.bytes);
    return split && split.records.length > 1 ? [{ path: c.path, ...split }] : [];
  });
  corpusCache = { all, small, pcaps };
  return corpusCache;
}

/** Classic pcap → 24-byte header + whole records (16-byte record header + data); null otherwise. */
export function pcapRecords(file: Uint8Array): { header: Uint8Array; records: Uint8Array[] } | null {
  if (file.length < 24) return null;
  const dv = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const magic = dv.getUint32(0, true);
  let le: boolean;
  if (magic === 0xa1b2c3d4 || magic === 0xa1b23c4d) le = true;
  else if (magic === 0xd4c3b2a1 || magic === 0x4d3cb2a1) le = false;
  else return null;
  const records: Uint8Array[] = [];
  let o = 24;
  while (o + 16 <= file.length) {
    const incl = dv.getUint32(o + 8, le);
    if (o + 16 + incl > file.length) break;
    records.push(file.subarray(o, o + 16 + incl));
    o += 16 + incl;
  }
  return { header: file.subarray(0, 24), records };
}

function concat(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const PCAP_HEADER = Uint8Array.of(0xd4, 0xc3, 0xb2, 0xa1, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 1, 0, 0, 0);
const WORDS = ['GET / HTTP/1.1\r\n', 'HTTP/1.1 200 OK\r\n', 'Content-Length: 5\r\n', 'Transfer-Encoding: chunked\r\n', '\r\n', '5\r\nhello\r\n', '0\r\n\r\n', 'POST /x HTTP/1.0\r\n', 'Connection: close\r\n', 'HTTP/1.0 204 No\r\n'];
const enc = new TextEncoder();

/** A pcap of Ethernet/IPv4/TCP frames among a few endpoints with random flags, numbers and payloads. */
function syntheticTcp(r: () => number): Uint8Array {
  const parts: Uint8Array[] = [PCAP_HEADER];
  // Some inputs send without ACKs (a one-way capture: holes are only resolved by memory bounds)
  // and over many connections (table eviction).
  const noAck = r() < 0.3;
  const pairs = noAck ? 1 : r() < 0.2 ? 40 : 3;
  const frames = 1 + Math.floor(r() * (noAck ? 120 : 40));
  const seqs = [Math.floor(r() * 2 ** 32), Math.floor(r() * 2 ** 32)];
  let ts = 1_700_000_000 + Math.floor(r() * 1000);
  for (let i = 0; i < frames; i++) {
    const side = r() < 0.5 ? 0 : 1;
    const pair = Math.floor(r() * pairs);
    let payload: Uint8Array;
    const k = r();
    if (k < 0.4) payload = enc.encode(Array.from({ length: 1 + Math.floor(r() * 4) }, () => WORDS[Math.floor(r() * WORDS.length)]).join(''));
    else if (k < 0.7) payload = Uint8Array.from({ length: Math.floor(r() * (noAck ? 1400 : 300)) }, () => Math.floor(r() * 256));
    else payload = new Uint8Array(0);
    const flagsPick = r();
    const flags = noAck ? 0x08 : flagsPick < 0.1 ? 0x02 : flagsPick < 0.2 ? 0x12 : flagsPick < 0.27 ? 0x11 : flagsPick < 0.3 ? 0x04 : flagsPick < 0.32 ? Math.floor(r() * 256) : 0x18;
    // Mostly in order, sometimes a jump (loss, reorder) or an old number (retransmission).
    const jump = r();
    let seq = seqs[side];
    if (jump < (noAck ? 0.3 : 0.1)) seq = (seq + Math.floor(r() * 3000)) >>> 0;
    else if (jump < 0.2) seq = (seq - Math.floor(r() * 3000)) >>> 0;
    else if (jump < 0.22) seq = Math.floor(r() * 2 ** 32);
    seqs[side] = (seq + payload.length + (flags & 0x03 ? 1 : 0)) >>> 0;
    const ack = r() < 0.9 ? (seqs[side ^ 1] + (r() < 0.1 ? Math.floor(r() * 5000) : 0)) >>> 0 : Math.floor(r() * 2 ** 32);
    ts += r() < 0.05 ? Math.floor(r() * 300) : 0;
    const f = new Uint8Array(54 + payload.length);
    const dv = new DataView(f.buffer);
    dv.setUint16(12, 0x0800);
    f[14] = 0x45;
    dv.setUint16(16, 40 + payload.length);
    f[22] = 64;
    f[23] = 6;
    const a = [10, 0, pair >> 4, 1 + (pair & 15)];
    const b = [10, 0, 1, 1];
    f.set(side ? b : a, 26);
    f.set(side ? a : b, 30);
    const cport = 40000 + pair;
    const sport = pair === 2 ? 5432 : 80;
    dv.setUint16(34, side ? sport : cport);
    dv.setUint16(36, side ? cport : sport);
    dv.setUint32(38, seq);
    dv.setUint32(42, ack);
    f[46] = 0x50;
    f[47] = flags;
    f.set(payload, 54);
    const rec = new Uint8Array(16);
    const rv = new DataView(rec.buffer);
    rv.setUint32(0, ts, true);
    rv.setUint32(4, Math.floor(r() * 1e6), true);
    rv.setUint32(8, f.length, true);
    rv.setUint32(12, f.length, true);
    parts.push(rec, f);
  }
  return concat(parts);
}

/** Flip bytes: some anywhere, some in the first bytes of records (headers), most in frame payloads. */
export function mutate(r: () => number, file: Uint8Array): Uint8Array {
  const out = file.slice();
  const split = pcapRecords(out);
  const n = 1 + Math.floor(r() * 16);
  for (let i = 0; i < n; i++) {
    const where = r();
    let at: number;
    if (split && split.records.length > 0 && where < 0.8) {
      const rec = split.records[Math.floor(r() * split.records.length)];
      const start = rec.byteOffset - out.byteOffset;
      // Record header + L2/L3/L4 headers (seq, ack, flags, lengths) or the payload behind them.
      at = start + (where < 0.3 ? Math.floor(r() * Math.min(70, rec.length)) : Math.floor(r() * rec.length));
    } else at = Math.floor(r() * out.length);
    if (at < out.length) out[at] = r() < 0.5 ? Math.floor(r() * 256) : out[at] ^ (1 << Math.floor(r() * 8));
  }
  return out;
}

/** A real conversation with records swapped within a small window, dropped and duplicated. */
export function shuffleRecords(r: () => number, header: Uint8Array, records: Uint8Array[], ops: { drop: number; dup: number; window: number; oneWay: boolean }): Uint8Array {
  const list: Uint8Array[] = [];
  for (const rec of records) {
    if (r() < ops.drop || (ops.oneWay && fromLowPort(header, rec))) continue;
    list.push(rec);
    if (r() < ops.dup) list.push(rec);
  }
  for (let i = 0; i < list.length; i++) {
    const j = Math.min(list.length - 1, i + Math.floor(r() * ops.window));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return concat([header, ...list]);
}

/** Ethernet/IPv4/TCP record whose source port is below 1024 (the server, in these captures). */
function fromLowPort(header: Uint8Array, rec: Uint8Array): boolean {
  if (header[20] !== 1 && header[23] !== 1) return false; // link type Ethernet, either byte order
  const f = rec.subarray(16);
  if (f.length < 38 || f[12] !== 0x08 || f[13] !== 0x00 || f[23] !== 6) return false;
  const at = 14 + (f[14] & 15) * 4;
  return at + 2 <= f.length && ((f[at] << 8) | f[at + 1]) < 1024;
}

export type InputKind = 'random' | 'random-pcap' | 'synthetic-tcp' | 'truncated' | 'mutated' | 'reordered';

/** The input number `index` of the run seeded `seed` (independent of other inputs). */
export function makeInput(seed: number, index: number, corpus: Corpus = httpCorpus()): { kind: InputKind; bytes: Uint8Array; r: () => number } {
  const r = rng((seed * 0x9e3779b1 + index * 0x85ebca77) >>> 0);
  const pick = r();
  const file = () => corpus.small[Math.floor(r() * corpus.small.length)].bytes;
  if (pick < 0.05) return { kind: 'random', bytes: Uint8Array.from({ length: Math.floor(r() * 2000) }, () => Math.floor(r() * 256)), r };
  if (pick < 0.1) {
    const rest = Uint8Array.from({ length: Math.floor(r() * 3000) }, () => Math.floor(r() * 256));
    return { kind: 'random-pcap', bytes: concat([PCAP_HEADER, rest]), r };
  }
  if (pick < 0.35) return { kind: 'synthetic-tcp', bytes: syntheticTcp(r), r };
  if (pick < 0.5) {
    const f = file();
    return { kind: 'truncated', bytes: f.subarray(0, Math.floor(r() * (f.length + 1))), r };
  }
  if (pick < 0.75) {
    const f = mutate(r, file());
    return { kind: 'mutated', bytes: r() < 0.3 ? f.subarray(0, Math.floor(r() * (f.length + 1))) : f, r };
  }
  const c = corpus.pcaps[Math.floor(r() * corpus.pcaps.length)];
  const ops = { drop: r() < 0.5 ? 0 : r() * 0.2, dup: r() < 0.3 ? 0 : r() * 0.3, window: 1 + Math.floor(r() * 6), oneWay: r() < 0.25 };
  return { kind: 'reordered', bytes: shuffleRecords(r, c.header, c.records, ops), r };
}

export interface InputOutcome {
  entries: number;
  stats: EngineStats;
  maxPending: number;
  ms: number;
}

export interface CheckOptions {
  limits?: Partial<EngineLimits>;
  /** Per-input time bound (ms of wall time). */
  timeBoundMs?: number;
  /** Chunk sizes for push(); one push when absent. */
  chunk?: () => number;
}

/** Runs one capture through a fresh pipeline and checks the invariants; throws an Error naming the broken one. */
export function checkInput(bytes: Uint8Array, options: CheckOptions = {}): InputOutcome {
  const limits = { ...DEFAULT_LIMITS, ...(options.limits ?? FUZZ_LIMITS) };
  let entries = 0;
  let maxPending = 0;
  let minPending = 0;
  const pipeline = new CapturePipeline({
    dissectors: defaultDissectors(),
    node: 'fuzz',
    captureId: 'f',
    decompress: zlibDecompress,
    limits,
    onEntry: () => entries++,
  });
  const frame = pipeline.frame.bind(pipeline);
  pipeline.frame = (f: CapturedFrame) => {
    frame(f);
    const p = pipeline.engine.pendingBytes;
    if (p > maxPending) maxPending = p;
    if (p < minPending) minPending = p;
  };
  const t0 = performance.now();
  for (let i = 0; i < bytes.length; ) {
    const n = options.chunk ? Math.max(1, options.chunk()) : bytes.length;
    pipeline.push(bytes.subarray(i, i + n));
    i += n;
  }
  pipeline.endFile();
  const stats = pipeline.finish();
  const ms = performance.now() - t0;
  if (maxPending > limits.maxOutOfOrderBytesTotal) throw new Error(`pendingBytes ${maxPending} above the total bound ${limits.maxOutOfOrderBytesTotal}`);
  if (minPending < 0) throw new Error(`pendingBytes went negative (${minPending})`);
  if (pipeline.engine.pendingBytes !== 0) throw new Error(`pendingBytes ${pipeline.engine.pendingBytes} after finish()`);
  if (pipeline.engine.openConnections !== 0) throw new Error(`${pipeline.engine.openConnections} connections after finish()`);
  if (entries !== stats.entries) throw new Error(`onEntry saw ${entries}, stats say ${stats.entries}`);
  // Every entry needs a message start of at least a few bytes of captured input.
  if (entries > bytes.length / 8 + 1) throw new Error(`${entries} entries from ${bytes.length} bytes`);
  if (options.timeBoundMs !== undefined && ms > options.timeBoundMs) throw new Error(`took ${ms.toFixed(0)} ms (bound ${options.timeBoundMs} ms) for ${bytes.length} bytes`);
  return { entries, stats, maxPending, ms };
}

export interface FuzzRunResult {
  inputs: number;
  seconds: number;
  maxHeapMB: number;
  bytes: number;
  entries: number;
  /** Inputs per kind. */
  kinds: Record<string, number>;
  /** Totals over all inputs, to see which paths the run reached. */
  totals: { gaps: number; forcedGaps: number; retransmittedBytes: number; idleEvictions: number; connectionEvictions: number; unknownStreams: number; maxPending: number };
}

export interface FuzzRunOptions {
  seed?: number;
  /** Full limits (DEFAULT_LIMITS) for every other input instead of the small fuzz bounds. */
  alternateDefaultLimits?: boolean;
  timeBoundMs?: number;
  /** Called every 1000 inputs (progress for long runs). */
  progress?: (done: number) => void;
}

/** Runs `n` inputs of the seeded stream and checks each; throws a FuzzFailure on the first broken one. */
export function fuzzRun(n: number, options: FuzzRunOptions = {}): FuzzRunResult {
  const seed = options.seed ?? 1;
  const corpus = httpCorpus();
  const kinds: Record<string, number> = {};
  let maxHeap = process.memoryUsage().heapUsed;
  let bytes = 0;
  let entries = 0;
  const totals = { gaps: 0, forcedGaps: 0, retransmittedBytes: 0, idleEvictions: 0, connectionEvictions: 0, unknownStreams: 0, maxPending: 0 };
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const input = makeInput(seed, i, corpus);
    kinds[input.kind] = (kinds[input.kind] ?? 0) + 1;
    const r = input.r;
    const limits = options.alternateDefaultLimits !== false && i % 2 === 1 ? DEFAULT_LIMITS : FUZZ_LIMITS;
    const chunky = r() < 0.3;
    try {
      const out = checkInput(input.bytes, { limits, timeBoundMs: options.timeBoundMs, chunk: chunky ? () => 1 + Math.floor(r() * 700) : undefined });
      entries += out.entries;
      const st = out.stats;
      totals.gaps += st.gaps;
      totals.forcedGaps += st.forcedGaps;
      totals.retransmittedBytes += st.retransmittedBytes;
      totals.idleEvictions += st.idleEvictions;
      totals.connectionEvictions += st.connectionEvictions;
      totals.unknownStreams += st.unknownStreams;
      totals.maxPending = Math.max(totals.maxPending, out.maxPending);
    } catch (e) {
      throw new FuzzFailure(e instanceof Error ? e.message : String(e), seed, i, input.kind, { cause: e });
    }
    bytes += input.bytes.length;
    if ((i & 63) === 63) maxHeap = Math.max(maxHeap, process.memoryUsage().heapUsed);
    if (options.progress && (i + 1) % 1000 === 0) options.progress(i + 1);
  }
  maxHeap = Math.max(maxHeap, process.memoryUsage().heapUsed);
  return { inputs: n, seconds: (performance.now() - t0) / 1000, maxHeapMB: maxHeap / (1 << 20), bytes, entries, kinds, totals };
}
