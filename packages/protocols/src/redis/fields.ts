// The KFL paths Redis entries expose (CONVENTIONS §10); the `redis.*` aliases of
// packages/kfl/src/fields.ts point at these. Paths are Entry paths (DESIGN §3).

export const REDIS_FIELDS = [
  { path: 'request.method', type: 'string', description: 'The command (same as request.command)' },
  { path: 'request.path', type: 'string', description: 'The first key, else the first channel' },
  { path: 'request.command', type: 'string', description: 'Command upper case; container commands with their subcommand: CLIENT SETNAME, CONFIG GET' },
  { path: 'request.key', type: 'string', description: 'First key argument (absent for keyless commands: PING, INFO, AUTH…)' },
  { path: 'request.args', type: 'list', description: 'Arguments after the command, passwords redacted, at most 64, each cut to 1024 chars' },
  { path: 'request.argCount', type: 'number', description: 'Real argument count when more than 64 were sent' },
  { path: 'request.channels', type: 'list', description: 'Pub/sub channels or patterns of (P|S)(UN)SUBSCRIBE, PUBLISH, and of a push' },
  { path: 'request.channel', type: 'string', description: 'Channel of a pub/sub message (push entries)' },
  { path: 'request.pattern', type: 'string', description: 'Pattern that matched a pmessage (push entries)' },
  { path: 'request.inline', type: 'boolean', description: 'The command was sent inline (PING\\r\\n), not as a RESP array' },
  { path: 'request.noReply', type: 'boolean', description: 'No reply expected (CLIENT REPLY OFF/SKIP)' },
  { path: 'request.synthetic', type: 'boolean', description: 'No command: a server push described as one (MESSAGE, PMESSAGE, INVALIDATE…)' },
  { path: 'response.status', type: 'number', description: '0 = ok, 1 = error reply' },
  { path: 'response.value', type: 'any', description: 'Decoded reply: string, number, boolean, list, map, or null for nil' },
  { path: 'response.error', type: 'string', description: 'Error reply text, e.g. WRONGTYPE Operation against a key…' },
  { path: 'response.hit', type: 'boolean', description: 'Reads (GET, HGET, MGET…): the value was found (MGET: every key)' },
  { path: 'response.hits', type: 'number', description: 'MGET/HMGET: how many keys were found' },
  { path: 'response.attributes', type: 'map', description: 'RESP3 attributes sent before the reply' },
  { path: 'response.push', type: 'boolean', description: 'A one-way server message (pub/sub message, RESP3 push)' },
  { path: 'requestSize', type: 'number', description: 'Command bytes on the wire' },
  { path: 'responseSize', type: 'number', description: 'Reply bytes on the wire (all confirmations of a SUBSCRIBE)' },
] as const;

export type RedisField = (typeof REDIS_FIELDS)[number];
export type RedisFieldPath = RedisField['path'];
