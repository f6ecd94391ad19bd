// A client message → the command it is: upper-case name (container commands with their
// subcommand, `CLIENT SETNAME`), first key, arguments bounded and with passwords redacted.
import { CONTAINERS, keyIndex, redactArgs } from './commands.js';
import { MAX_ARG_CHARS, MAX_ARGS } from './limits.js';
import type { RespMessage, RespValue } from './parse.js';

export interface Command {
  /** `GET`, `CLIENT SETNAME`; '' when the message was not an array of strings. */
  name: string;
  key?: string;
  /** Arguments after the name(s), redacted, at most MAX_ARGS, each cut to MAX_ARG_CHARS. */
  args: string[];
  /** The real argument count when more were sent than kept. */
  argCount: number;
  /** Pub/sub channels (SUBSCRIBE, PUBLISH…) for pairing and `request.channel`. */
  channels: string[];
  inline: boolean;
}

const SUBSCRIBES = new Set(['SUBSCRIBE', 'PSUBSCRIBE', 'SSUBSCRIBE', 'UNSUBSCRIBE', 'PUNSUBSCRIBE', 'SUNSUBSCRIBE']);
const PUBLISHES = new Set(['PUBLISH', 'SPUBLISH']);

export const isSubscribeFamily = (name: string): boolean => SUBSCRIBES.has(name);

const str = (v: RespValue): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);

const cut = (s: string): string => (s.length > MAX_ARG_CHARS ? `${s.slice(0, MAX_ARG_CHARS)}…` : s);

export function commandOf(msg: RespMessage): Command {
  const parts = Array.isArray(msg.value) ? msg.value.map(str) : [];
  const inline = msg.type === 'inline';
  if (parts.length === 0 || parts.some((p) => p === null)) return { name: '', args: [], argCount: 0, channels: [], inline };
  const words = parts as string[];
  let name = words[0].toUpperCase();
  let rest = words.slice(1);
  if (CONTAINERS.has(name) && rest.length > 0) {
    name = `${name} ${rest[0].toUpperCase()}`;
    rest = rest.slice(1);
  }
  const args = redactArgs(name, rest);
  const k = keyIndex(name, args);
  const cmd: Command = { name, args: args.slice(0, MAX_ARGS).map(cut), argCount: args.length, channels: [], inline };
  if (k >= 0) cmd.key = cut(args[k]);
  if (SUBSCRIBES.has(name)) cmd.channels = args;
  else if (PUBLISHES.has(name) && args.length > 0) cmd.channels = [args[0]];
  return cmd;
}
