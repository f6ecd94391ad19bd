/**
 * A capture child: runs `LiveCapture` and streams packets to its parent (the worker) on stdout.
 *
 * Why a separate process: cap 0.2 asserts in its poll callback when the socket reports an error,
 * which it does when a captured interface goes down or is deleted (a pod's veth at every pod
 * deletion). The assertion aborts the whole process. In a child, that abort costs a restart of
 * the child; the worker keeps its connections, its buffer and its NATS session.
 *
 * argv[2]: JSON of { interfaces, prefixes, bpf, ringBytes, pollMs }.
 */
import { stderrLogger } from '../log.js';
import { CaptureOpenError, LiveCapture } from './live.js';
import { encodeRecord, REC_ERROR, REC_PACKET, REC_STATUS, RECORD_HEADER, writeHeader, type ChildStatus } from './frames.js';

const config = JSON.parse(process.argv[2] ?? '{}') as {
  interfaces: string[];
  prefixes: string[];
  bpf: string;
  ringBytes: number;
  pollMs: number;
  maxPendingBytes: number;
};
const log = stderrLogger();
const out = process.stdout;

// Packets are appended to one buffer and written in a single write per event-loop turn.
let pending = Buffer.allocUnsafe(1 << 20);
let used = 0;
let scheduled = false;
let dropped = 0;

function flush(): void {
  scheduled = false;
  if (used === 0) return;
  out.write(Buffer.from(pending.subarray(0, used)));
  used = 0;
}

function send(buf: Buffer): void {
  flush();
  out.write(buf);
}

const capture = new LiveCapture({
  interfaces: config.interfaces,
  prefixes: config.prefixes,
  bpf: config.bpf,
  ringBytes: config.ringBytes,
  pollMs: config.pollMs,
  log,
  onFrame(frame) {
    // The worker is not keeping up: drop here (counted) rather than grow without bound.
    if (out.writableLength > config.maxPendingBytes) {
      dropped++;
      return;
    }
    const need = RECORD_HEADER + frame.data.length;
    if (used + need > pending.length) {
      flush();
      if (need > pending.length) pending = Buffer.allocUnsafe(need);
    }
    writeHeader(pending, used, REC_PACKET, frame.linkType, frame.data.length, frame.ts, frame.interfaceId);
    pending.set(frame.data, used + RECORD_HEADER);
    used += need;
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  },
});

function status(): void {
  const s: ChildStatus = { interfaces: capture.interfaces, dropped };
  send(encodeRecord(REC_STATUS, 0, Date.now(), 0, Buffer.from(JSON.stringify(s))));
}

try {
  capture.start();
} catch (e) {
  const usage = e instanceof CaptureOpenError && e.usage;
  send(encodeRecord(REC_ERROR, 0, Date.now(), 0, Buffer.from(JSON.stringify({ message: (e as Error).message, usage }))));
  process.exitCode = usage ? 2 : 1;
  out.end();
}
if (process.exitCode === undefined) {
  status();
  setInterval(status, Math.min(config.pollMs, 1000));
  // The worker closes our stdin when it stops (or dies): stop with it.
  process.stdin.on('end', () => {
    capture.stop();
    flush();
    process.exit(0);
  });
  process.stdin.resume();
  process.on('SIGTERM', () => process.exit(0));
  process.on('SIGINT', () => {});
}
