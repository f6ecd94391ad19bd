import { CaptureReader, CapturePipeline, TCP_ACK, TCP_SYN, type CapturedFrame, type EngineOptions } from '@trawl/protocols';
import { errorMessage, type Logger } from './log.js';
import type { Namer } from './naming/types.js';
import type { FlowTable } from './publish/flows.js';

/**
 * The packet engine with the worker's two taps on decoded packets: flow counters, and the namer
 * told about each new connection (a client's SYN) while its process is still alive.
 */
export class WorkerPipeline {
  readonly inner: CapturePipeline;
  frameErrors = 0;

  constructor(
    options: EngineOptions,
    private readonly namer: Namer | null,
    private readonly flows: FlowTable | null,
    private readonly log: Logger,
  ) {
    this.inner = new CapturePipeline(options);
  }

  get engine() {
    return this.inner.engine;
  }

  /** One frame; its bytes are read during the call only. Never throws. */
  frame(f: CapturedFrame): void {
    const engine = this.inner.engine;
    try {
      engine.stats.bytes += f.wireLength;
      const p = this.inner.decoder.decode(f);
      if (p === null) {
        engine.otherPacket();
        return;
      }
      this.flows?.add(p, f.wireLength);
      const namer = this.namer;
      if (namer !== null && p.transport === 'tcp') {
        if ((p.flags & (TCP_SYN | TCP_ACK)) === TCP_SYN) {
          namer.observe?.(p.srcIp, p.srcPort);
          namer.name(p.dstIp, p.dstPort);
        } else if (namer.pending) {
          namer.again?.(p.srcIp, p.srcPort);
        }
      }
      engine.packet(p);
    } catch (e) {
      // The engine never throws on content; this is a bug of ours. Count it and keep capturing.
      if (this.frameErrors++ < 10) this.log.error('pipeline.frame_error', { error: errorMessage(e), stack: (e as Error).stack?.split('\n')[1]?.trim() });
    }
  }

  /** A reader that feeds this pipeline (one per file). */
  reader(): CaptureReader {
    return new CaptureReader((f) => this.frame(f));
  }

  /** End of all input: flush every connection (their entries come out now). */
  finish() {
    return this.inner.finish();
  }
}
