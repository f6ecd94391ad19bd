// What a body decoder writes into: the entry fields, plus the summaries every entry has (the
// topics and first partition of a request, the first non-zero error code of a response).
import { errorName } from './errors.js';
import { KAFKA_LIMITS } from './limits.js';
import { readArray, type KafkaReader } from './reader.js';

export class BodyOut {
  readonly fields: Record<string, unknown> = {};
  readonly topics: string[] = [];
  topicCount = 0;
  partition: number | undefined;
  /** First non-zero error code met, top level or per partition. */
  status = 0;
  /** Items left out of the lists (KAFKA_LIMITS.maxListed): counted as `kafka.limit.maxListed`. */
  overflow = 0;

  topic(name: string): void {
    if (this.topics.includes(name)) return;
    this.topicCount++;
    this.push(this.topics, name);
  }

  /** Appends to a listed field within KAFKA_LIMITS.maxListed. */
  push<T>(list: T[], item: T): void {
    if (list.length < KAFKA_LIMITS.maxListed) list.push(item);
    else this.overflow++;
  }

  /** The kept items of a readArray result (counting those left out). */
  listed<T>(a: { items: T[]; count: number } | null): T[] {
    if (!a) return [];
    this.overflow += a.count - a.items.length;
    return a.items;
  }

  firstPartition(p: number): void {
    if (this.partition === undefined) this.partition = p;
  }

  /** Records an error code; returns it, so decoders can write `errorCode: out.error(r.int16())`. */
  error(code: number): number {
    if (code !== 0 && this.status === 0) this.status = code;
    return code;
  }

  set(name: string, value: unknown): void {
    this.fields[name] = value;
  }
}

/** A body decoder for one direction of one API: reads `r` at `version` into `out`. */
export type BodyDecoder = (r: KafkaReader, version: number, out: BodyOut, flexible: boolean) => void;

/** An error code with its name, for per-item lists. */
export function errorItem(code: number): { errorCode: number; error?: string } {
  if (code === 0) return { errorCode: 0 };
  const name = errorName(code);
  return name ? { errorCode: code, error: name } : { errorCode: code };
}

/**
 * The topics → partitions nesting most APIs share: per topic its name (noted in `out`, read by
 * `readTopic`, a plain string by default), per partition its index (the first one noted), then
 * `partition` reads the rest of the partition; tagged fields close each topic. Returns the topic
 * array as readArray does (null for a null array). Unlisted: every item is read, none is kept.
 */
export function eachPartition<T extends { topic: string }>(
  r: KafkaReader,
  c: boolean,
  out: BodyOut,
  partition: (t: T, index: number) => void,
  readTopic: () => T = () => ({ topic: r.string(c) }) as T,
): { items: void[]; count: number } | null {
  return readArray(r, c, () => {
    const t = readTopic();
    out.topic(t.topic);
    readArray(r, c, () => {
      const index = r.int32();
      out.firstPartition(index);
      partition(t, index);
    }, 0);
    tags(r, c);
  }, 0);
}

/** Reads the tagged-field section of a flexible struct (values skipped). */
export function tags(r: KafkaReader, flexible: boolean): void {
  if (flexible) r.taggedFields();
}
