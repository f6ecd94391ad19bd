/**
 * The dashboard: `GET /api/stats/timeseries?q=&from=&to=&step=` and
 * `GET /api/stats/top?q=&from=&to=&by=&limit=` (apps/hub/src/query/stats.ts).
 */

/** Latency percentiles in ms over entries with a latency; null when none had one. */
export interface LatencyPercentiles {
  p50: number | null;
  p95: number | null;
  p99: number | null;
}

export interface TimeBucket extends LatencyPercentiles {
  /** Bucket start, ms since the epoch; the bucket is [t, t + step). */
  t: number;
  count: number;
  errors: number;
}

export interface TimeSeriesResponse {
  from: number | null;
  to: number | null;
  step: number;
  buckets: TimeBucket[];
  totals: { count: number; errors: number } & LatencyPercentiles;
  protocols: { protocol: string | null; count: number; errors: number }[];
  /** The read stopped at its row bound (the newest entries were used). */
  truncated: boolean;
}

export type TopBy = 'volume' | 'errors' | 'latency';

/** An endpoint is (destination, protocol, method, path). */
export interface TopEndpoint extends LatencyPercentiles {
  protocol: string | null;
  method: string | null;
  /** The path (HTTP-like) or null. */
  path: string | null;
  /** The destination: `namespace/name`, `name` or the ip (as on the service map). */
  dst: string;
  dstName: string | null;
  dstNamespace: string | null;
  dstIp: string | null;
  count: number;
  errors: number;
}

export interface TopResponse {
  from: number | null;
  to: number | null;
  by: TopBy;
  endpoints: TopEndpoint[];
  /** Distinct endpoints seen (before `limit`). */
  total: number;
  entries: number;
  truncated: boolean;
}
