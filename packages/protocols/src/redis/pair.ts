// In-order pairing of commands and replies (CONVENTIONS §6), with Redis' exceptions:
// - commands that get no reply (`CLIENT REPLY OFF`/`SKIP` and what they silence) pair with nothing;
// - pub/sub messages (RESP3 `>` pushes, RESP2 `message`/`pmessage`/`smessage` arrays while
//   subscribed) are one-way entries and never take a pending command's reply;
// - a (P|S)(UN)SUBSCRIBE takes one confirmation per channel (UNSUBSCRIBE without channels: until
//   the subscription count reaches 0);
// - a reply sent before the server could have read the head command (its first byte's ACK, or
//   time, is before the command's end) is not that command's: it stays unpaired.
import { commandOf, isSubscribeFamily, type Command } from './command.js';
import type { RespMessage, RespValue } from './parse.js';

export interface Exchange {
  cmd: Command | null;
  req: RespMessage | null;
  /** Stream offset just after the command (what the server must have acknowledged to answer it). */
  reqEnd: number;
  /** The reply, or every confirmation of a subscribe-family command. */
  replies: RespMessage[];
  /** No reply is expected (CLIENT REPLY OFF/SKIP). */
  noReply: boolean;
  /** Confirmations expected; -1: until the subscription count is 0. */
  expect: number;
  /** A one-way server message (push). */
  push: boolean;
  anomalies: string[];
}

export type EmitExchange = (ex: Exchange, version: 'RESP2' | 'RESP3') => void;

const CONFIRMATIONS = new Set(['subscribe', 'psubscribe', 'ssubscribe', 'unsubscribe', 'punsubscribe', 'sunsubscribe']);
const MESSAGES = new Set(['message', 'pmessage', 'smessage']);

/** The first element of a pub/sub array, as Redis writes it (lower case). */
const kindOf = (v: RespValue): string => (Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '');
const countOf = (v: RespValue): number => (Array.isArray(v) && typeof v[2] === 'number' ? v[2] : -1);

export class Pairer {
  private queue: Exchange[] = [];
  private replyOff = false;
  private skipNext = false;
  /** RESP2 subscribed mode: arrays starting with `message` are pushes. */
  private subscribed = false;
  version: 'RESP2' | 'RESP3' = 'RESP2';

  constructor(
    private readonly maxPending: number,
    private readonly emit: EmitExchange,
    private readonly count: (event: string) => void,
  ) {}

  get pending(): number {
    return this.queue.length;
  }

  request(msg: RespMessage, anomalies: string[]): void {
    const cmd = commandOf(msg);
    // The command is all an entry needs: drop the decoded value (a pipelined SET may hold 1 MiB).
    msg.value = null;
    if (cmd.name === '') this.count('redis.bad_command');
    const ex: Exchange = { cmd, req: msg, reqEnd: msg.offset + msg.size, replies: [], noReply: false, expect: 1, push: false, anomalies };
    if (cmd.name === 'CLIENT REPLY') {
      const mode = (cmd.args[0] ?? '').toUpperCase();
      if (mode === 'ON') {
        this.replyOff = false;
        this.skipNext = false;
      } else if (mode === 'OFF' || mode === 'SKIP') {
        ex.noReply = true;
        if (mode === 'OFF') this.replyOff = true;
        else if (!this.replyOff) this.skipNext = true;
      }
    } else if (this.replyOff || this.skipNext) {
      ex.noReply = true;
      this.skipNext = false;
    }
    if (isSubscribeFamily(cmd.name)) ex.expect = cmd.channels.length > 0 ? cmd.channels.length : cmd.name.endsWith('UNSUBSCRIBE') ? -1 : 1;
    this.queue.push(ex);
    if (this.queue.length > this.maxPending) {
      this.count('redis.pending_overflow');
      const oldest = this.queue.shift()!;
      oldest.anomalies.push('unpaired');
      this.emit(oldest, this.version);
    }
    this.drain();
  }

  reply(msg: RespMessage, anomalies: string[]): void {
    if (msg.type === '>' || msg.attributes || msg.type === '%' || msg.type === '~' || msg.type === '_' || msg.type === '#' || msg.type === ',') this.version = 'RESP3';
    const kind = kindOf(msg.value);
    const head = this.queue[0];
    // `[subscribe, channel, count]`: the count makes it a confirmation, not a list of strings.
    const confirmation = CONFIRMATIONS.has(kind) && (msg.type === '>' || msg.type === '*') && countOf(msg.value) >= 0 && (msg.value as RespValue[]).length === 3;
    if (confirmation) this.subscribed = countOf(msg.value) > 0;
    if (confirmation && head && head.cmd && isSubscribeFamily(head.cmd.name) && this.answers(head, msg)) {
      head.replies.push(msg);
      head.anomalies.push(...anomalies);
      const n = countOf(msg.value);
      if ((head.expect >= 0 && head.replies.length >= head.expect) || (head.expect < 0 && n <= 0)) this.complete();
      return;
    }
    const pubsubMessage = msg.type === '*' && this.subscribed && MESSAGES.has(kind);
    if (msg.type === '>' || pubsubMessage || confirmation) {
      this.emit({ cmd: null, req: null, reqEnd: 0, replies: [msg], noReply: false, expect: 1, push: true, anomalies }, this.version);
      return;
    }
    if (!head || !this.answers(head, msg)) {
      this.count('redis.unpaired_reply');
      this.emit({ cmd: null, req: null, reqEnd: 0, replies: [msg], noReply: false, expect: 1, push: false, anomalies: [...anomalies, 'unpaired'] }, this.version);
      return;
    }
    head.replies.push(msg);
    head.anomalies.push(...anomalies);
    const name = head.cmd?.name;
    if (name === 'RESET') this.subscribed = false;
    if (name === 'HELLO' && !msg.error) this.version = helloVersion(msg.value) ?? this.version;
    this.complete();
  }

  /** Could the server have sent `msg` in answer to `head`? (It must have read the whole command.) */
  private answers(head: Exchange, msg: RespMessage): boolean {
    if (head.req && msg.firstTs < head.req.firstTs) return false;
    return !(msg.peerAck >= 0 && head.req && msg.peerAck < head.reqEnd);
  }

  private complete(): void {
    this.emit(this.queue.shift()!, this.version);
    this.drain();
  }

  /** Commands at the head that expect no reply are finished as they are. */
  private drain(): void {
    while (this.queue.length > 0 && this.queue[0].noReply) this.emit(this.queue.shift()!, this.version);
  }

  /** Replies were lost (a gap, lost framing): the commands waiting now will not see theirs. */
  flushPending(anomaly: string): void {
    for (const ex of this.queue.splice(0)) {
      if (!ex.noReply && ex.replies.length === 0) ex.anomalies.push(anomaly);
      this.emit(ex, this.version);
    }
  }

  /** End of the connection: whatever waits is emitted without its reply. */
  flushAll(): void {
    for (const ex of this.queue.splice(0)) {
      if (!ex.noReply && ex.replies.length === 0) ex.anomalies.push('unpaired');
      this.emit(ex, this.version);
    }
  }
}

function helloVersion(v: RespValue): 'RESP2' | 'RESP3' | null {
  let proto: RespValue | undefined;
  if (Array.isArray(v)) {
    const i = v.indexOf('proto');
    proto = i >= 0 ? v[i + 1] : undefined;
  } else if (v && typeof v === 'object') proto = (v as Record<string, RespValue>)['proto'];
  return proto === 3 ? 'RESP3' : proto === 2 ? 'RESP2' : null;
}
