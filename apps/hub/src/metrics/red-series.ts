/**
 * The request (RED) metric families, kept per label set and rendered straight to the Prometheus
 * text format. These are the high-cardinality families (up to `maxSeries` label sets, each 18
 * samples): prom-client's generic formatter costs ~19 µs per sample here, so 10k series would take
 * ~4 s to scrape; label strings escaped once and plain concatenation keep it to a fraction of that.
 * The rest of the registry (hub, workers, process) stays with prom-client.
 *
 * Past `maxSeries` label sets, new ones are counted under `other` in every label, and the overflow
 * is counted, so a label fed from traffic can never grow Prometheus without limit.
 */
import { DURATION_BUCKETS } from './buckets.js';
import { LABEL_NAMES, OTHER_LABELS, type RequestLabels } from './request-labels.js';

interface Series {
  labels: string;
  /** `labels` with a trailing comma, for the histogram's `le`. */
  prefix: string;
  requests: number;
  buckets: Float64Array;
  durationSum: number;
  durationCount: number;
  requestBytes: number;
  responseBytes: number;
}

const escape = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const OVERFLOW_KEY = '\u0001other';
const LE = DURATION_BUCKETS.map((b) => `le="${b}"`);

export class RedSeries {
  private readonly series = new Map<string, Series>();
  overflowed = 0;

  constructor(readonly maxSeries: number) {}

  /** Label sets admitted (the `other` overflow set is not one of them). */
  get size(): number {
    return this.series.size - (this.series.has(OVERFLOW_KEY) ? 1 : 0);
  }

  observe(labels: RequestLabels, durationSec: number | null, requestBytes: number, responseBytes: number): void {
    // The same key as `LABEL_NAMES.map((n) => labels[n]).join('\u0000')`, without an array per request.
    let key = `${labels.src}\u0000${labels.dst}\u0000${labels.protocol}\u0000${labels.method}\u0000${labels.status_class}\u0000${labels.route}`;
    let s = this.series.get(key);
    if (!s) {
      if (this.size >= this.maxSeries) {
        this.overflowed++;
        key = OVERFLOW_KEY;
        s = this.series.get(key) ?? this.create(key, OTHER_LABELS);
      } else {
        s = this.create(key, labels);
      }
    }
    s.requests++;
    if (durationSec !== null) {
      s.durationSum += durationSec;
      s.durationCount++;
      for (let i = 0; i < DURATION_BUCKETS.length; i++) if (durationSec <= DURATION_BUCKETS[i]) s.buckets[i]++;
    }
    s.requestBytes += requestBytes;
    s.responseBytes += responseBytes;
  }

  private create(key: string, labels: RequestLabels): Series {
    const text = LABEL_NAMES.map((n) => `${n}="${escape(labels[n])}"`).join(',');
    const s: Series = { labels: text, prefix: `${text},`, requests: 0, buckets: new Float64Array(DURATION_BUCKETS.length), durationSum: 0, durationCount: 0, requestBytes: 0, responseBytes: 0 };
    this.series.set(key, s);
    return s;
  }

  /** The four families in text exposition format 0.0.4. */
  render(): string {
    const parts: string[] = [];
    const all = [...this.series.values()];
    parts.push('# HELP trawl_requests_total Requests captured (entries), by source, destination, protocol, method, status class and route\n# TYPE trawl_requests_total counter\n');
    for (const s of all) parts.push(`trawl_requests_total{${s.labels}} ${s.requests}\n`);
    parts.push('# HELP trawl_request_duration_seconds Request first byte to response last byte\n# TYPE trawl_request_duration_seconds histogram\n');
    for (const s of all) {
      if (s.durationCount === 0) continue;
      let line = '';
      for (let i = 0; i < LE.length; i++) line += `trawl_request_duration_seconds_bucket{${s.prefix}${LE[i]}} ${s.buckets[i]}\n`;
      line += `trawl_request_duration_seconds_bucket{${s.prefix}le="+Inf"} ${s.durationCount}\n`;
      line += `trawl_request_duration_seconds_sum{${s.labels}} ${s.durationSum}\n`;
      line += `trawl_request_duration_seconds_count{${s.labels}} ${s.durationCount}\n`;
      parts.push(line);
    }
    parts.push('# HELP trawl_request_bytes_total Request bytes on the wire\n# TYPE trawl_request_bytes_total counter\n');
    for (const s of all) parts.push(`trawl_request_bytes_total{${s.labels}} ${s.requestBytes}\n`);
    parts.push('# HELP trawl_response_bytes_total Response bytes on the wire\n# TYPE trawl_response_bytes_total counter\n');
    for (const s of all) parts.push(`trawl_response_bytes_total{${s.labels}} ${s.responseBytes}\n`);
    return parts.join('');
  }
}
