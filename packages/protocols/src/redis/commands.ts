// What trawl knows about Redis commands: the names (for detection), the container commands whose
// first argument is a subcommand (`CLIENT SETNAME`), where the first key is, which commands are
// reads whose nil reply is a miss, and which arguments are secrets.
import { REDACTED } from '../entry/redact.js';

const words = (s: string): string[] => s.trim().split(/\s+/);

/** Commands whose first argument is the key (the large majority). */
const KEY_FIRST = words(`
  APPEND BITCOUNT BITFIELD BITFIELD_RO BITPOS BLMOVE BLPOP BRPOP BRPOPLPUSH BZPOPMAX BZPOPMIN COPY DECR DECRBY DEL DUMP
  EXISTS EXPIRE EXPIREAT EXPIRETIME GEOADD GEODIST GEOHASH GEOPOS GEORADIUS GEORADIUSBYMEMBER GEORADIUS_RO
  GEORADIUSBYMEMBER_RO GEOSEARCH GEOSEARCHSTORE GET GETBIT GETDEL GETEX GETRANGE GETSET HDEL HEXISTS HEXPIRE HGET HGETALL
  HINCRBY HINCRBYFLOAT HKEYS HLEN HMGET HMSET HPERSIST HPEXPIRE HRANDFIELD HSCAN HSET HSETNX HSTRLEN HTTL HVALS INCR
  INCRBY INCRBYFLOAT LINDEX LINSERT LLEN LMOVE LPOP LPOS LPUSH LPUSHX LRANGE LREM LSET LTRIM MGET MOVE MSET MSETNX PERSIST
  PEXPIRE PEXPIREAT PEXPIRETIME PFADD PFCOUNT PFMERGE PSETEX PTTL RENAME RENAMENX RESTORE RPOP RPOPLPUSH RPUSH RPUSHX SADD
  SCARD SDIFF SDIFFSTORE SET SETBIT SETEX SETNX SETRANGE SINTER SINTERSTORE SISMEMBER SMEMBERS SMISMEMBER SMOVE SORT SORT_RO
  SPOP SRANDMEMBER SREM SSCAN STRLEN SUBSTR SUNION SUNIONSTORE TOUCH TTL TYPE UNLINK WATCH XACK XADD XAUTOCLAIM XCLAIM XDEL
  XLEN XPENDING XRANGE XREVRANGE XSETID XTRIM ZADD ZCARD ZCOUNT ZDIFFSTORE ZINCRBY ZINTERSTORE ZLEXCOUNT ZMSCORE ZPOPMAX
  ZPOPMIN ZRANDMEMBER ZRANGE ZRANGEBYLEX ZRANGEBYSCORE ZRANGESTORE ZRANK ZREM ZREMRANGEBYLEX ZREMRANGEBYRANK
  ZREMRANGEBYSCORE ZREVRANGE ZREVRANGEBYLEX ZREVRANGEBYSCORE ZREVRANK ZSCAN ZSCORE ZUNIONSTORE LCS
`);

/** Commands with a key elsewhere (index into the arguments after the command name). */
const KEY_AT: Record<string, number> = {
  BITOP: 1, // BITOP AND destkey key…
  'OBJECT ENCODING': 0,
  'OBJECT FREQ': 0,
  'OBJECT IDLETIME': 0,
  'OBJECT REFCOUNT': 0,
  'MEMORY USAGE': 0,
  'XINFO STREAM': 0,
  'XINFO GROUPS': 0,
  'XINFO CONSUMERS': 0,
  'XGROUP CREATE': 0,
  'XGROUP DESTROY': 0,
  'XGROUP SETID': 0,
  'XGROUP CREATECONSUMER': 0,
  'XGROUP DELCONSUMER': 0,
};

/** Commands without keys (or with patterns/channels instead), for detection. */
const KEYLESS = words(`
  ACL ASKING AUTH BGREWRITEAOF BGSAVE CLIENT CLUSTER COMMAND CONFIG DBSIZE DEBUG DISCARD ECHO EVAL EVALSHA EVAL_RO
  EVALSHA_RO EXEC FAILOVER FCALL FCALL_RO FLUSHALL FLUSHDB FUNCTION HELLO INFO KEYS LASTSAVE LATENCY LOLWUT MEMORY
  MIGRATE MODULE MONITOR MULTI OBJECT PING PSUBSCRIBE PSYNC PUBLISH PUBSUB PUNSUBSCRIBE QUIT RANDOMKEY READONLY READWRITE
  REPLCONF REPLICAOF RESET ROLE SAVE SCAN SCRIPT SELECT SHUTDOWN SLAVEOF SLOWLOG SPUBLISH SSUBSCRIBE SUBSCRIBE SUNSUBSCRIBE
  SWAPDB SYNC TIME UNSUBSCRIBE UNWATCH WAIT WAITAOF XGROUP XINFO XREAD XREADGROUP ZDIFF ZINTER ZINTERCARD ZUNION SINTERCARD
  LMPOP BLMPOP ZMPOP BZMPOP
`);

/** Container commands: the first argument names the subcommand and is part of `command`. */
export const CONTAINERS = new Set(words('ACL CLIENT CLUSTER COMMAND CONFIG FUNCTION LATENCY MEMORY MODULE OBJECT PUBSUB SCRIPT SLOWLOG XGROUP XINFO'));

/** Reads whose nil (or empty) reply is a miss: `response.hit`. */
export const READS = new Set(
  words(`GET GETDEL GETEX GETSET GETRANGE HGET HGETALL HMGET MGET LINDEX LPOP RPOP LRANGE SPOP SRANDMEMBER SMEMBERS
  ZSCORE ZRANGE XRANGE XREVRANGE HRANDFIELD DUMP LPOS ZRANK ZREVRANK HSTRLEN STRLEN EXISTS HEXISTS SISMEMBER`),
);

/** Reads of several keys or fields: one reply element per key (`response.hits` counts the found ones). */
export const MULTI_READS = new Set(['MGET', 'HMGET', 'SMISMEMBER', 'ZMSCORE']);

const ALL = new Set([...KEY_FIRST, ...KEYLESS, ...Object.keys(KEY_AT).map((k) => k.split(' ')[0])]);

/** A Redis command name (case-insensitive). */
export function isKnownCommand(name: string): boolean {
  return ALL.has(name.toUpperCase());
}

/**
 * First words of text protocols that are also Redis commands: an inline line starting with one of
 * them is not enough to claim a stream (POP3/SMTP `AUTH`, `QUIT`, FTP `TYPE`, HTTP `GET /`…).
 */
export const INLINE_AMBIGUOUS = new Set(['AUTH', 'QUIT', 'TYPE', 'HELP', 'SYNC', 'MOVE', 'COPY', 'SORT']);

/** The index of the first key in `args` (the arguments after the command name(s)), or -1. */
export function keyIndex(command: string, args: readonly string[]): number {
  if (KEY_FIRST.includes(command)) return args.length > 0 ? 0 : -1;
  const at = KEY_AT[command];
  if (at !== undefined) return at < args.length ? at : -1;
  switch (command) {
    case 'EVAL':
    case 'EVALSHA':
    case 'EVAL_RO':
    case 'EVALSHA_RO':
    case 'FCALL':
    case 'FCALL_RO':
      return Number(args[1]) > 0 && args.length > 2 ? 2 : -1;
    case 'XREAD':
    case 'XREADGROUP': {
      const s = args.findIndex((a) => a.toUpperCase() === 'STREAMS');
      return s >= 0 && s + 1 < args.length ? s + 1 : -1;
    }
    case 'ZDIFF':
    case 'ZINTER':
    case 'ZUNION':
    case 'ZINTERCARD':
    case 'SINTERCARD':
    case 'LMPOP':
    case 'ZMPOP':
      return Number(args[0]) > 0 && args.length > 1 ? 1 : -1;
    case 'BLMPOP':
    case 'BZMPOP':
      return Number(args[1]) > 0 && args.length > 2 ? 2 : -1;
    default:
      return -1;
  }
}

export { REDACTED };

/**
 * Arguments with the passwords replaced: `AUTH [user] password`, `HELLO v AUTH user password`,
 * `MIGRATE … AUTH password` / `AUTH2 user password`, `CONFIG SET requirepass|masterauth x`,
 * `ACL SETUSER name >password`. Header-based redaction cannot see these.
 */
export function redactArgs(command: string, args: string[]): string[] {
  const out = args.slice();
  if (command === 'AUTH') {
    if (out.length > 0) out[out.length - 1] = REDACTED;
  } else if (command === 'HELLO' || command === 'MIGRATE') {
    for (let i = 0; i < out.length; i++) {
      const w = out[i].toUpperCase();
      if (w === 'AUTH' && command === 'HELLO' && i + 2 < out.length) out[i + 2] = REDACTED;
      else if (w === 'AUTH' && command === 'MIGRATE' && i + 1 < out.length) out[i + 1] = REDACTED;
      else if (w === 'AUTH2' && i + 2 < out.length) out[i + 2] = REDACTED;
    }
  } else if (command === 'CONFIG SET') {
    for (let i = 0; i + 1 < out.length; i += 2) if (/^(requirepass|masterauth)$/i.test(out[i])) out[i + 1] = REDACTED;
  } else if (command === 'ACL SETUSER') {
    for (let i = 1; i < out.length; i++) if (/^[<>#!]/.test(out[i])) out[i] = out[i][0] + REDACTED;
  }
  return out;
}
