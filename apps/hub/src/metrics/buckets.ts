/** Latency buckets of `trawl_request_duration_seconds`, in seconds: 1 ms to 30 s, API latencies. */
export const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
