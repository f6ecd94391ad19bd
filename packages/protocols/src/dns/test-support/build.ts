// Builds DNS messages by hand for tests (no compression unless a test writes pointers itself).

export const hex = (s: string): Uint8Array => Uint8Array.from(s.replace(/[^0-9a-f]/gi, '').match(/../g) ?? [], (h) => parseInt(h, 16));

export function name(n: string): number[] {
  if (n === '.' || n === '') return [0];
  const out: number[] = [];
  for (const label of n.split('.')) out.push(label.length, ...Buffer.from(label, 'latin1'));
  return [...out, 0];
}

const u16 = (v: number): number[] => [(v >> 8) & 0xff, v & 0xff];
const u32 = (v: number): number[] => [(v >>> 24) & 0xff, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff];

export interface Rr {
  name: string;
  type: number;
  class?: number;
  ttl?: number;
  rdata: number[] | Uint8Array;
}

export interface MsgSpec {
  id?: number;
  /** The 16-bit flags word, e.g. 0x0100 (query, RD) or 0x8180 (response, RD RA). */
  flags?: number;
  questions?: [string, number, number?][];
  answers?: Rr[];
  authorities?: Rr[];
  additionals?: Rr[];
  /** Override the header counts (to make them lie). */
  counts?: [number, number, number, number];
}

const rr = (r: Rr): number[] => [...name(r.name), ...u16(r.type), ...u16(r.class ?? 1), ...u32(r.ttl ?? 300), ...u16(r.rdata.length), ...r.rdata];

export function msg(s: MsgSpec): Uint8Array {
  const q = s.questions ?? [];
  const an = s.answers ?? [];
  const ns = s.authorities ?? [];
  const ar = s.additionals ?? [];
  const counts = s.counts ?? [q.length, an.length, ns.length, ar.length];
  return Uint8Array.from([
    ...u16(s.id ?? 0x1234),
    ...u16(s.flags ?? 0x0100),
    ...counts.flatMap(u16),
    ...q.flatMap(([n, t, c]) => [...name(n), ...u16(t), ...u16(c ?? 1)]),
    ...an.flatMap(rr),
    ...ns.flatMap(rr),
    ...ar.flatMap(rr),
  ]);
}

export const query = (n: string, type = 1, id = 0x1234): Uint8Array => msg({ id, questions: [[n, type]] });
export const answerA = (n: string, ip: string, id = 0x1234): Uint8Array =>
  msg({ id, flags: 0x8180, questions: [[n, 1]], answers: [{ name: n, type: 1, rdata: ip.split('.').map(Number) }] });

/** The TCP form: 2-byte length prefix. */
export const framed = (m: Uint8Array): Uint8Array => Uint8Array.from([...u16(m.length), ...m]);
export { u16, u32 };
