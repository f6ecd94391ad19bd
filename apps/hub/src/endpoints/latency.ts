/**
 * A latency distribution in a fixed set of logarithmic buckets (4 per doubling, 0.25 ms … ~1 h):
 * constant memory per endpoint, percentiles within ~19% — enough to rank endpoints and spot a slow
 * one; exact values are a query away in the entries.
 */
const PER_DOUBLING = 4;
const MIN_MS = 0.25;
const BUCKETS = 96;

export interface LatencyDigest {
  count: number;
  sumMs: number;
  maxMs: number;
  /** Sparse: bucket index → count. */
  buckets: Record<number, number>;
}

export const emptyLatency = (): LatencyDigest => ({ count: 0, sumMs: 0, maxMs: 0, buckets: {} });

function bucketOf(ms: number): number {
  if (ms <= MIN_MS) return 0;
  return Math.min(BUCKETS - 1, Math.ceil(Math.log2(ms / MIN_MS) * PER_DOUBLING));
}

const upperBound = (i: number): number => MIN_MS * 2 ** (i / PER_DOUBLING);

export function addLatency(d: LatencyDigest, ms: number): void {
  if (!Number.isFinite(ms) || ms < 0) return;
  d.count++;
  d.sumMs += ms;
  if (ms > d.maxMs) d.maxMs = ms;
  const b = bucketOf(ms);
  d.buckets[b] = (d.buckets[b] ?? 0) + 1;
}

export function mergeLatency(a: LatencyDigest, b: LatencyDigest): LatencyDigest {
  const buckets = { ...a.buckets };
  for (const [k, v] of Object.entries(b.buckets)) buckets[Number(k)] = (buckets[Number(k)] ?? 0) + v;
  return { count: a.count + b.count, sumMs: a.sumMs + b.sumMs, maxMs: Math.max(a.maxMs, b.maxMs), buckets };
}

/** The q-quantile (0 < q ≤ 1) in ms: the upper bound of the bucket it falls in, capped at the max. */
export function quantile(d: LatencyDigest, q: number): number | null {
  if (d.count === 0) return null;
  const rank = Math.ceil(q * d.count);
  let seen = 0;
  const keys = Object.keys(d.buckets).map(Number).sort((x, y) => x - y);
  for (const k of keys) {
    seen += d.buckets[k];
    if (seen >= rank) return Math.min(Math.round(upperBound(k) * 1000) / 1000, d.maxMs);
  }
  return d.maxMs;
}
