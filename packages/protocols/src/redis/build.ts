// Exchange → PartialEntry, in the shape packages/kfl/src/fields.ts fixes for redis:
// request {method, path?, command, key?, args, …}, response {status 0|1, value, hit?, error?, …}.
import type { PartialEntry } from '../engine/types.js';
import { isSubscribeFamily } from './command.js';
import { MULTI_READS, READS } from './commands.js';
import type { Exchange } from './pair.js';
import type { RespMessage, RespValue } from './parse.js';

const pushOnce = (list: string[], a: string): void => {
  if (!list.includes(a)) list.push(a);
};

export function buildEntry(ex: Exchange, version: 'RESP2' | 'RESP3'): PartialEntry {
  const anomalies: string[] = [];
  for (const a of ex.anomalies) pushOnce(anomalies, a);
  if (ex.req?.malformed) pushOnce(anomalies, 'bad-inline');
  // A command's long arguments are cut by design (args are bounded): only a cut message or dropped
  // elements make it `truncated`. A reply is `truncated` as soon as part of its value was not kept.
  if (ex.req?.partial || ex.req?.dropped || ex.replies.some((r) => r.truncated)) pushOnce(anomalies, 'truncated');
  const first = ex.replies[0];
  const last = ex.replies[ex.replies.length - 1];
  const request = ex.cmd ? requestObject(ex) : ex.push && first ? pushRequest(first) : null;
  const entry: PartialEntry = {
    timestamp: ex.req ? ex.req.firstTs : first ? first.firstTs : 0,
    elapsedTime: ex.req && last ? last.lastTs - ex.req.firstTs : null,
    protocol: { name: 'redis', version, abbr: 'REDIS' },
    request,
    response: first ? responseObject(ex) : null,
    requestSize: ex.req ? ex.req.size : 0,
    responseSize: ex.replies.reduce((n, r) => n + r.size, 0),
  };
  if (anomalies.length > 0) entry.anomalies = anomalies;
  return entry;
}

function requestObject(ex: Exchange): Record<string, unknown> {
  const cmd = ex.cmd!;
  const out: Record<string, unknown> = { method: cmd.name, command: cmd.name, args: cmd.args };
  if (cmd.key !== undefined) {
    out.key = cmd.key;
    out.path = cmd.key;
  } else if (cmd.channels.length > 0) out.path = cmd.channels[0];
  if (cmd.channels.length > 0) out.channels = cmd.channels;
  if (cmd.argCount > cmd.args.length) out.argCount = cmd.argCount;
  if (cmd.inline) out.inline = true;
  if (ex.noReply) out.noReply = true;
  return out;
}

/**
 * A push has no command: its request is a synthetic description (`synthetic: true`) so the entry
 * lists like the others: command = the push kind upper-case (`MESSAGE`, `PMESSAGE`, `INVALIDATE`),
 * path = the channel.
 */
function pushRequest(msg: RespMessage): Record<string, unknown> {
  const v = Array.isArray(msg.value) ? msg.value : [];
  const kind = typeof v[0] === 'string' ? v[0].toUpperCase() : 'PUSH';
  const out: Record<string, unknown> = { method: kind, command: kind, args: [], synthetic: true };
  const channel = kind === 'PMESSAGE' ? v[2] : v[1];
  if (typeof channel === 'string' && kind !== 'INVALIDATE') {
    out.path = channel;
    out.channel = channel;
  }
  if (kind === 'PMESSAGE' && typeof v[1] === 'string') out.pattern = v[1];
  return out;
}

function responseObject(ex: Exchange): Record<string, unknown> {
  const replies = ex.replies;
  const failed = replies.find((r) => r.error !== undefined);
  // A subscribe-family command gets one confirmation per channel: its value is always their list.
  const value: RespValue = (ex.cmd && isSubscribeFamily(ex.cmd.name)) || replies.length > 1 ? replies.map((r) => r.value) : replies[0].value;
  const out: Record<string, unknown> = { status: failed ? 1 : 0, value: failed ? null : value };
  if (failed) out.error = failed.error;
  if (replies[0].attributes) out.attributes = replies[0].attributes;
  if (ex.push) out.push = true;
  const name = ex.cmd?.name;
  if (name && !failed && READS.has(name)) {
    const v = replies[0].value;
    if (MULTI_READS.has(name) && Array.isArray(v)) {
      const hits = v.filter((x) => x !== null).length;
      out.hits = hits;
      out.hit = hits === v.length && v.length > 0;
    } else out.hit = !(v === null || v === 0 || v === false || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0));
  }
  return out;
}
