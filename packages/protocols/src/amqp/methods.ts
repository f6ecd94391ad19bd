// The AMQP 0-9-1 method table (classes connection, channel, exchange, queue, basic, confirm, tx,
// with RabbitMQ's extensions) and the argument decoder. Argument specs are `name:type`, with types
// o octet, s short, l long, L longlong, S shortstr, X longstr (text), T field table, b bit;
// names starting with `_` are reserved fields, read and dropped.
import { AmqpDecodeError, Reader, readTable, type FieldValue } from './table.js';

export type Sender = 'client' | 'server' | 'both';

export interface MethodSpec {
  classId: number;
  methodId: number;
  /** `queue.declare`. */
  name: string;
  args: readonly string[];
  /** Reply names for a synchronous request; empty for replies and asynchronous methods. */
  replies: readonly string[];
  /** Followed by a content header and body frames. */
  content: boolean;
  sender: Sender;
}

const CLASSES: Record<number, string> = { 10: 'connection', 20: 'channel', 40: 'exchange', 50: 'queue', 60: 'basic', 85: 'confirm', 90: 'tx' };

const CLOSE = ['replyCode:s', 'replyText:S', 'classId:s', 'methodId:s'];
const BIND = ['_r:s', 'destination:S', 'source:S', 'routingKey:S', 'noWait:b', 'arguments:T'];

// [class, method, name, args, replies, sender, content?]
type Row = [number, number, string, string[], string[], Sender, boolean?];
const ROWS: Row[] = [
  [10, 10, 'start', ['versionMajor:o', 'versionMinor:o', 'serverProperties:T', 'mechanisms:X', 'locales:X'], ['start-ok'], 'server'],
  [10, 11, 'start-ok', ['clientProperties:T', 'mechanism:S', 'response:X', 'locale:S'], [], 'client'],
  [10, 20, 'secure', ['challenge:X'], ['secure-ok'], 'server'],
  [10, 21, 'secure-ok', ['response:X'], [], 'client'],
  [10, 30, 'tune', ['channelMax:s', 'frameMax:l', 'heartbeat:s'], ['tune-ok'], 'server'],
  [10, 31, 'tune-ok', ['channelMax:s', 'frameMax:l', 'heartbeat:s'], [], 'client'],
  [10, 40, 'open', ['virtualHost:S', '_r:S', '_r:b'], ['open-ok'], 'client'],
  [10, 41, 'open-ok', ['_r:S'], [], 'server'],
  [10, 50, 'close', CLOSE, ['close-ok'], 'both'],
  [10, 51, 'close-ok', [], [], 'both'],
  [10, 60, 'blocked', ['reason:S'], [], 'server'],
  [10, 61, 'unblocked', [], [], 'server'],
  [10, 70, 'update-secret', ['newSecret:X', 'reason:S'], ['update-secret-ok'], 'client'],
  [10, 71, 'update-secret-ok', [], [], 'server'],
  [20, 10, 'open', ['_r:S'], ['open-ok'], 'client'],
  [20, 11, 'open-ok', ['_r:X'], [], 'server'],
  [20, 20, 'flow', ['active:b'], ['flow-ok'], 'both'],
  [20, 21, 'flow-ok', ['active:b'], [], 'both'],
  [20, 40, 'close', CLOSE, ['close-ok'], 'both'],
  [20, 41, 'close-ok', [], [], 'both'],
  [40, 10, 'declare', ['_r:s', 'exchange:S', 'type:S', 'passive:b', 'durable:b', 'autoDelete:b', 'internal:b', 'noWait:b', 'arguments:T'], ['declare-ok'], 'client'],
  [40, 11, 'declare-ok', [], [], 'server'],
  [40, 20, 'delete', ['_r:s', 'exchange:S', 'ifUnused:b', 'noWait:b'], ['delete-ok'], 'client'],
  [40, 21, 'delete-ok', [], [], 'server'],
  [40, 30, 'bind', BIND, ['bind-ok'], 'client'],
  [40, 31, 'bind-ok', [], [], 'server'],
  [40, 40, 'unbind', BIND, ['unbind-ok'], 'client'],
  [40, 51, 'unbind-ok', [], [], 'server'],
  [50, 10, 'declare', ['_r:s', 'queue:S', 'passive:b', 'durable:b', 'exclusive:b', 'autoDelete:b', 'noWait:b', 'arguments:T'], ['declare-ok'], 'client'],
  [50, 11, 'declare-ok', ['queue:S', 'messageCount:l', 'consumerCount:l'], [], 'server'],
  [50, 20, 'bind', ['_r:s', 'queue:S', 'exchange:S', 'routingKey:S', 'noWait:b', 'arguments:T'], ['bind-ok'], 'client'],
  [50, 21, 'bind-ok', [], [], 'server'],
  [50, 30, 'purge', ['_r:s', 'queue:S', 'noWait:b'], ['purge-ok'], 'client'],
  [50, 31, 'purge-ok', ['messageCount:l'], [], 'server'],
  [50, 40, 'delete', ['_r:s', 'queue:S', 'ifUnused:b', 'ifEmpty:b', 'noWait:b'], ['delete-ok'], 'client'],
  [50, 41, 'delete-ok', ['messageCount:l'], [], 'server'],
  [50, 50, 'unbind', ['_r:s', 'queue:S', 'exchange:S', 'routingKey:S', 'arguments:T'], ['unbind-ok'], 'client'],
  [50, 51, 'unbind-ok', [], [], 'server'],
  [60, 10, 'qos', ['prefetchSize:l', 'prefetchCount:s', 'global:b'], ['qos-ok'], 'client'],
  [60, 11, 'qos-ok', [], [], 'server'],
  [60, 20, 'consume', ['_r:s', 'queue:S', 'consumerTag:S', 'noLocal:b', 'noAck:b', 'exclusive:b', 'noWait:b', 'arguments:T'], ['consume-ok'], 'client'],
  [60, 21, 'consume-ok', ['consumerTag:S'], [], 'server'],
  // A server-sent cancel (consumer cancel notification) is asynchronous: see pair.ts.
  [60, 30, 'cancel', ['consumerTag:S', 'noWait:b'], ['cancel-ok'], 'both'],
  [60, 31, 'cancel-ok', ['consumerTag:S'], [], 'both'],
  [60, 40, 'publish', ['_r:s', 'exchange:S', 'routingKey:S', 'mandatory:b', 'immediate:b'], [], 'client', true],
  [60, 50, 'return', ['replyCode:s', 'replyText:S', 'exchange:S', 'routingKey:S'], [], 'server', true],
  [60, 60, 'deliver', ['consumerTag:S', 'deliveryTag:L', 'redelivered:b', 'exchange:S', 'routingKey:S'], [], 'server', true],
  [60, 70, 'get', ['_r:s', 'queue:S', 'noAck:b'], ['get-ok', 'get-empty'], 'client'],
  [60, 71, 'get-ok', ['deliveryTag:L', 'redelivered:b', 'exchange:S', 'routingKey:S', 'messageCount:l'], [], 'server', true],
  [60, 72, 'get-empty', ['_r:S'], [], 'server'],
  [60, 80, 'ack', ['deliveryTag:L', 'multiple:b'], [], 'both'],
  [60, 90, 'reject', ['deliveryTag:L', 'requeue:b'], [], 'client'],
  [60, 100, 'recover-async', ['requeue:b'], [], 'client'],
  [60, 110, 'recover', ['requeue:b'], ['recover-ok'], 'client'],
  [60, 111, 'recover-ok', [], [], 'server'],
  [60, 120, 'nack', ['deliveryTag:L', 'multiple:b', 'requeue:b'], [], 'both'],
  [85, 10, 'select', ['noWait:b'], ['select-ok'], 'client'],
  [85, 11, 'select-ok', [], [], 'server'],
  [90, 10, 'select', [], ['select-ok'], 'client'],
  [90, 11, 'select-ok', [], [], 'server'],
  [90, 20, 'commit', [], ['commit-ok'], 'client'],
  [90, 21, 'commit-ok', [], [], 'server'],
  [90, 30, 'rollback', [], ['rollback-ok'], 'client'],
  [90, 31, 'rollback-ok', [], [], 'server'],
];

const BY_ID = new Map<number, MethodSpec>();
for (const [c, m, name, args, replies, sender, content] of ROWS) {
  const cls = CLASSES[c];
  BY_ID.set(c * 65536 + m, { classId: c, methodId: m, name: `${cls}.${name}`, args, replies: replies.map((r) => `${cls}.${r}`), content: content === true, sender });
}

export function methodSpec(classId: number, methodId: number): MethodSpec | undefined {
  return BY_ID.get(classId * 65536 + methodId);
}

/** `60.40` → `basic.publish`; unknown ids keep their numbers. */
export function methodName(classId: number, methodId: number): string {
  return methodSpec(classId, methodId)?.name ?? `${CLASSES[classId] ?? classId}.${methodId}`;
}

export type MethodArgs = Record<string, FieldValue | Uint8Array>;

/**
 * Decodes a method's arguments from `b[o..end)`. Longstr arguments stay bytes (`X`) so the caller
 * decides (credentials are redacted, not decoded). Throws AmqpDecodeError when the arguments
 * run past the frame; `strict` also rejects trailing bytes (detection).
 */
export function decodeArgs(spec: MethodSpec, b: Uint8Array, o: number, end: number, strict: boolean): MethodArgs {
  const r = new Reader(b, o, end);
  const out: MethodArgs = {};
  let bits = 0;
  let bit = 8;
  for (const a of spec.args) {
    const colon = a.indexOf(':');
    const name = a.slice(0, colon);
    const type = a.slice(colon + 1);
    if (type !== 'b') bit = 8;
    let v: FieldValue | Uint8Array;
    switch (type) {
      case 'b':
        if (bit === 8) {
          bits = r.u8();
          bit = 0;
        }
        v = ((bits >> bit++) & 1) === 1;
        break;
      case 'o':
        v = r.u8();
        break;
      case 's':
        v = r.u16();
        break;
      case 'l':
        v = r.u32();
        break;
      case 'L':
        v = r.u64();
        break;
      case 'S':
        v = r.shortstr();
        break;
      case 'X':
        v = r.longstr();
        break;
      case 'T':
        v = readTable(r);
        break;
      default:
        throw new AmqpDecodeError(`bad spec type ${type}`);
    }
    if (name !== '_r') out[name] = v;
  }
  if (strict && r.o !== end) throw new AmqpDecodeError(`${end - r.o} bytes after the arguments of ${spec.name}`);
  return out;
}
