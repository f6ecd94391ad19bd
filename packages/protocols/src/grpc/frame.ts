// gRPC length-prefixed messages (gRPC over HTTP/2, "Length-Prefixed-Message"): a compressed flag
// byte, a 4-byte big-endian length, the message. Parser contract: ok | incomplete | error.
export interface LengthPrefixed {
  compressed: boolean;
  /** Declared message length. */
  length: number;
  /** The bytes we have of it (fewer than `length` when the body was cut). */
  data: Uint8Array;
}

export type LpmResult =
  | { ok: true; message: LengthPrefixed; consumed: number; incomplete?: undefined; error?: undefined }
  | { ok?: undefined; incomplete: true; needed: number; error?: undefined }
  | { ok?: undefined; incomplete?: undefined; error: true; code: string };

export function parseMessage(buf: Uint8Array, offset: number): LpmResult {
  const avail = buf.length - offset;
  if (avail < 5) return { incomplete: true, needed: 5 - avail };
  const flag = buf[offset];
  if (flag > 1) return { error: true, code: 'bad-compressed-flag' };
  const length = ((buf[offset + 1] << 24) | (buf[offset + 2] << 16) | (buf[offset + 3] << 8) | buf[offset + 4]) >>> 0;
  if (avail < 5 + length) return { incomplete: true, needed: 5 + length - avail };
  return { ok: true, message: { compressed: flag === 1, length, data: buf.subarray(offset + 5, offset + 5 + length) }, consumed: 5 + length };
}

/** Every message of a body; a last partial one is returned with `data` shorter than `length`. */
export function splitMessages(body: Uint8Array, max: number): { messages: LengthPrefixed[]; dropped: number; error?: string; partial: boolean } {
  const messages: LengthPrefixed[] = [];
  let p = 0;
  let dropped = 0;
  while (p < body.length) {
    const r = parseMessage(body, p);
    if (r.ok) {
      if (messages.length < max) messages.push(r.message);
      else dropped++;
      p += r.consumed;
      continue;
    }
    if (r.incomplete) {
      if (body.length - p >= 5 && messages.length < max) {
        const length = ((body[p + 1] << 24) | (body[p + 2] << 16) | (body[p + 3] << 8) | body[p + 4]) >>> 0;
        messages.push({ compressed: body[p] === 1, length, data: body.subarray(p + 5) });
      }
      return { messages, dropped, partial: true };
    }
    return { messages, dropped, error: r.code, partial: false };
  }
  return { messages, dropped, partial: false };
}
