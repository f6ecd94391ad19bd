// The content header frame (spec §4.2.6.1): class, weight, body size and the basic class's
// property list, present per bit of the property flags (bit 15 first; bit 0 says another
// flags word follows, which no basic property uses).
import { Reader, readTable, type FieldTable } from './table.js';

export interface BasicProperties {
  contentType?: string;
  contentEncoding?: string;
  headers?: FieldTable;
  deliveryMode?: number;
  priority?: number;
  correlationId?: string;
  replyTo?: string;
  expiration?: string;
  messageId?: string;
  /** Seconds since the epoch, as sent. */
  timestamp?: number | string;
  type?: string;
  userId?: string;
  appId?: string;
  clusterId?: string;
}

export interface ContentHeader {
  classId: number;
  /** Body bytes announced; number when exact, string past 2^53. */
  bodySize: number | string;
  properties: BasicProperties;
}

type Kind = 'S' | 'T' | 'o' | 'L';
const PROPS: [keyof BasicProperties, Kind][] = [
  ['contentType', 'S'],
  ['contentEncoding', 'S'],
  ['headers', 'T'],
  ['deliveryMode', 'o'],
  ['priority', 'o'],
  ['correlationId', 'S'],
  ['replyTo', 'S'],
  ['expiration', 'S'],
  ['messageId', 'S'],
  ['timestamp', 'L'],
  ['type', 'S'],
  ['userId', 'S'],
  ['appId', 'S'],
  ['clusterId', 'S'],
];

/** Throws AmqpDecodeError when a property runs past the frame. */
export function decodeContentHeader(b: Uint8Array, o: number, end: number): ContentHeader {
  const r = new Reader(b, o, end);
  const classId = r.u16();
  r.u16(); // weight, always 0
  const bodySize = r.u64();
  let flags = r.u16();
  const words = [flags];
  while (flags & 1) {
    flags = r.u16();
    words.push(flags);
  }
  const properties: Record<string, unknown> = {};
  PROPS.forEach(([name, kind], i) => {
    const present = (words[Math.floor(i / 15)] >> (15 - (i % 15))) & 1;
    if (!present) return;
    properties[name] = kind === 'S' ? r.shortstr() : kind === 'T' ? readTable(r) : kind === 'o' ? r.u8() : r.u64();
  });
  return { classId, bodySize, properties: properties as BasicProperties };
}
