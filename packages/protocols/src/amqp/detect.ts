// Content-based detection (never by port). A client starts with the protocol header
// `AMQP 0 0 9 1`. A connection picked up mid-stream is recognised by its frame structure, strictly:
// a method frame of a known class and method, on a channel its class allows, whose arguments fill
// the payload exactly, ended by 0xCE; further frames must be well formed too. The sender's role
// comes from the first method only one side sends (basic.publish: client; basic.deliver: server).
import type { DetectResult } from '../engine/types.js';
import { FRAME_BODY, FRAME_END, FRAME_HEADER, FRAME_METHOD, FRAME_OVERHEAD, PROTOCOL_HEADER, decodePayload, parseFrameHead } from './parse.js';

/** Frames looked at before answering; every one must be valid. */
const MAX_FRAMES = 8;

export function detect(firstBytes: Uint8Array): DetectResult {
  const b = firstBytes;
  if (b.length === 0) return 'more';
  if (b[0] === PROTOCOL_HEADER[0]) {
    for (let k = 0; k < Math.min(b.length, 8); k++) if (b[k] !== PROTOCOL_HEADER[k]) return null;
    return b.length < 8 ? 'more' : 'client';
  }
  return detectFrames(b);
}

/** Mid-stream: a run of valid frames starting with a method frame. */
export function detectFrames(b: Uint8Array): DetectResult {
  let o = 0;
  for (let n = 0; n < MAX_FRAMES; n++) {
    if (o === b.length) return 'more';
    const head = parseFrameHead(b, o);
    if ('error' in head) return null;
    if ('incomplete' in head) return 'more';
    const { type, channel, size } = head.message;
    if (n === 0 && type !== FRAME_METHOD) return null;
    const total = size + FRAME_OVERHEAD;
    // A body frame cannot be checked beyond its end marker; a method frame must be whole.
    if (b.length - o < total) return type === FRAME_BODY || size <= 65536 ? 'more' : null;
    if (b[o + total - 1] !== FRAME_END) return null;
    const frame = decodePayload(type, channel, size, b, o + 7, o + 7 + size, true);
    if (frame.kind === 'method') {
      if (!frame.spec || frame.error) return null;
      if ((frame.classId === 10) !== (channel === 0)) return null;
      if (frame.spec.sender !== 'both') return frame.spec.sender;
    } else if (frame.kind === 'header') {
      if (frame.error || channel === 0 || frame.header!.classId !== 60) return null;
    } else if (frame.kind === 'heartbeat') {
      if (channel !== 0) return null;
    } else if (type === FRAME_HEADER) return null;
    o += total;
  }
  return null;
}
