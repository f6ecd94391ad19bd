/** Entries per second, averaged over the last `windowSec` complete seconds. */
export class RateMeter {
  private readonly counts = new Map<number, number>();

  constructor(private readonly windowSec = 10) {}

  add(n: number, now = Date.now()): void {
    const s = Math.floor(now / 1000);
    this.counts.set(s, (this.counts.get(s) ?? 0) + n);
    for (const k of this.counts.keys()) if (k < s - this.windowSec) this.counts.delete(k);
  }

  perSecond(now = Date.now()): number {
    const s = Math.floor(now / 1000);
    let sum = 0;
    for (let k = s - this.windowSec; k < s; k++) sum += this.counts.get(k) ?? 0;
    return Math.round(sum / this.windowSec);
  }
}
