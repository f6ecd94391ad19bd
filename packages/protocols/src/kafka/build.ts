// A request/response pair → PartialEntry (the kafka shape of packages/kfl/src/fields.ts):
// request {method, path, apiKey, apiVersion, correlationId, clientId, topic?, topics?, partition?,
// …body}, response {status, error?, correlationId, …body}.
import type { PartialEntry, SessionContext } from '../engine/types.js';
import { apiName } from './apis.js';
import { errorName } from './errors.js';
import { pushOnce, type Message } from './message.js';

export function buildEntry(req: Message | null, resp: Message | null, unpaired: boolean, ctx: SessionContext): PartialEntry {
  const anomalies: string[] = [];
  for (const a of req?.anomalies ?? []) pushOnce(anomalies, a);
  for (const a of resp?.anomalies ?? []) pushOnce(anomalies, a);
  if (unpaired) pushOnce(anomalies, 'unpaired');
  for (const a of anomalies) ctx.count(`kafka.${a}`);
  const first = req ?? resp!;
  const entry: PartialEntry = {
    timestamp: first.firstTs,
    elapsedTime: req && resp ? resp.lastTs - req.firstTs : null,
    protocol: { name: 'kafka', version: req ? String(req.apiVersion) : '', abbr: 'KAFKA' },
    request: req ? requestObject(req) : null,
    response: resp ? responseObject(resp) : null,
    requestSize: req ? req.wireSize : 0,
    responseSize: resp ? resp.wireSize : 0,
  };
  if (anomalies.length > 0) entry.anomalies = anomalies;
  return entry;
}

function requestObject(m: Message): Record<string, unknown> {
  const name = apiName(m.apiKey);
  const b = m.body;
  const topic = b?.topics[0];
  const group = b?.fields.groupId;
  const out: Record<string, unknown> = { method: name };
  // path = the topic; for the group calls (no topic), the group id.
  if (topic !== undefined) out.path = topic;
  else if (typeof group === 'string') out.path = group;
  out.apiKey = name;
  out.apiVersion = m.apiVersion;
  out.correlationId = m.correlationId;
  out.clientId = m.clientId;
  if (b && b.topicCount > 0) {
    out.topic = topic;
    out.topics = b.topics;
    if (b.topicCount > b.topics.length) out.topicCount = b.topicCount;
  }
  if (b?.partition !== undefined) out.partition = b.partition;
  if (m.headerTags) out.headerTags = m.headerTags;
  if (b) Object.assign(out, b.fields);
  return out;
}

function responseObject(m: Message): Record<string, unknown> {
  const b = m.body;
  // A response whose request we never saw cannot be decoded: its status is unknown.
  const out: Record<string, unknown> = {};
  const status = b ? b.status : 0;
  if (m.apiKey >= 0) out.status = status;
  const name = status !== 0 ? errorName(status) : undefined;
  if (name) out.error = name;
  out.correlationId = m.correlationId;
  if (m.headerTags) out.headerTags = m.headerTags;
  if (b) Object.assign(out, b.fields);
  return out;
}
