/**
 * Per-rule flood control. A token bucket of `perMinute` tokens refilled continuously (alert storms
 * are cut, a steady trickle is not), and a de-duplication window: the same key (the rendered
 * message) within `windowMs` is sent once. Both bounded in memory.
 */
export class RateLimit {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perMinute: number,
    now: number,
  ) {
    this.tokens = perMinute;
    this.last = now;
  }

  take(now: number): boolean {
    this.tokens = Math.min(this.perMinute, this.tokens + ((now - this.last) * this.perMinute) / 60_000);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

const MAX_KEYS = 10_000;

export class Dedupe {
  private readonly seen = new Map<string, number>();

  constructor(private readonly windowMs: number) {}

  /** True the first time `key` is seen within the window. */
  first(key: string, now: number): boolean {
    if (this.windowMs <= 0) return true;
    const at = this.seen.get(key);
    if (at !== undefined && now - at < this.windowMs) return false;
    if (this.seen.size >= MAX_KEYS) this.evict(now);
    this.seen.delete(key);
    this.seen.set(key, now);
    return true;
  }

  private evict(now: number): void {
    for (const [k, at] of this.seen) {
      if (now - at >= this.windowMs || this.seen.size >= MAX_KEYS) this.seen.delete(k);
      else break;
    }
  }
}
