/**
 * Packet timestamps for live capture. `cap` 0.2 hands JS the packet bytes but not libpcap's
 * kernel timestamp, so a packet is stamped when its callback runs: the monotonic clock
 * (`performance.now()`, the same uv_hrtime clock as `process.hrtime`) anchored once to the wall
 * clock when the capture starts. Stamps never go backwards and ignore wall-clock steps (NTP) after
 * the start; they run late by the time a packet waited in libpcap's ring (microseconds when idle,
 * more under load, when several packets of one read get nearly the same stamp).
 */
export class CaptureClock {
  private readonly offset: number;

  constructor(wallNow: number = Date.now(), monoNow: number = performance.now()) {
    this.offset = wallNow - monoNow;
  }

  /** Milliseconds since the epoch (fractional). */
  now(): number {
    return this.offset + performance.now();
  }
}
