/** TCP sequence arithmetic: signed distance between two 32-bit sequence numbers, wrap-safe. */
export function seqDiff(a: number, b: number): number {
  return (a - b) | 0;
}
