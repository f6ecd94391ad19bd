/**
 * A bound on the label sets one metric may create. Prometheus keeps every series forever, so a
 * label fed from traffic (paths, peer names) must not grow without limit: past `max` distinct
 * sets, new ones are reported under `other` in every label and counted.
 */
export class LabelBudget<L extends Record<string, string>> {
  private readonly seen = new Set<string>();
  overflowed = 0;

  constructor(
    readonly max: number,
    private readonly overflow: L,
  ) {}

  admit(labels: L): L {
    const key = Object.values(labels).join('\u0000');
    if (this.seen.has(key)) return labels;
    if (this.seen.size >= this.max) {
      this.overflowed++;
      return this.overflow;
    }
    this.seen.add(key);
    return labels;
  }

  get size(): number {
    return this.seen.size;
  }

  reset(): void {
    this.seen.clear();
  }
}
