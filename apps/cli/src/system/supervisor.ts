/** A part of `trawl start` while it runs (nats-server, the hub, the worker). */
export interface Running {
  /** Resolves when it exits: its exit code, or the signal that ended it. */
  exited: Promise<number | string | null>;
  stop(): Promise<void>;
}

export interface RestartPolicy {
  /** This many exits within `windowMs` and the part is not started again. */
  limit: number;
  windowMs: number;
  /** Wait before starting it again, doubled after each exit up to `maxPauseMs`. */
  pauseMs: number;
  maxPauseMs: number;
}

/** A crash loop is given up within a minute; a part that crashed once is back within a second. */
export const RESTART_POLICY: RestartPolicy = { limit: 5, windowMs: 60_000, pauseMs: 1_000, maxPauseMs: 10_000 };

const never = new Promise<never>(() => {});

/**
 * Keeps one part of `trawl start` running: when it exits on its own, it is started again (the
 * hub resumes its durable consumer, the worker reopens capture, nats-server reopens its JetStream
 * store, and the others reconnect), so a crash loses no stored or queued entry. A part that keeps
 * exiting is given up: `gaveUp` then says why, and `trawl start` stops the rest.
 */
export class Supervisor {
  /** Times the part was started again. */
  restarts = 0;
  readonly gaveUp: Promise<string>;
  private current: Running;
  /** A start in progress (waiting for its ready line). */
  private launching: Promise<Running> | null = null;
  private stopped = false;
  private readonly exits: number[] = [];

  constructor(
    readonly name: string,
    first: Running,
    private readonly launch: () => Promise<Running>,
    private readonly say: (line: string) => void,
    private readonly policy: RestartPolicy = RESTART_POLICY,
  ) {
    this.current = first;
    this.gaveUp = this.watch();
  }

  /**
   * Stops the part (whichever instance runs now, or is starting) and its supervision; not a
   * reason to give up.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.current.stop();
    const starting = await this.launching?.catch(() => null);
    await starting?.stop();
  }

  private async watch(): Promise<string> {
    const { limit, windowMs, maxPauseMs } = this.policy;
    let pause = this.policy.pauseMs;
    for (;;) {
      const code = await this.current.exited;
      if (this.stopped) return never;
      const now = Date.now();
      while (this.exits.length > 0 && now - this.exits[0] >= windowMs) this.exits.shift();
      this.exits.push(now);
      if (this.exits.length >= limit) {
        return `${this.name} exited ${limit} times within ${windowMs / 1000} s, the last with ${describe(code)}: not starting it again`;
      }
      // The first exit in a while: it had been running well, so it is started again quickly.
      if (this.exits.length === 1) pause = this.policy.pauseMs;
      this.say(`${this.name} exited (${describe(code)}); starting it again in ${pause / 1000} s`);
      await new Promise((r) => setTimeout(r, pause));
      pause = Math.min(pause * 2, maxPauseMs);
      if (this.stopped) return never;
      let next: Running;
      try {
        this.launching = this.launch();
        next = await this.launching;
      } catch (e) {
        this.say(`${this.name} did not start again: ${(e as Error).message}`);
        this.current = { exited: Promise.resolve('not started'), stop: async () => {} };
        continue;
      } finally {
        this.launching = null;
      }
      // Stopped while it was starting (stop() may have stopped it already: stopping is idempotent).
      if (this.stopped) {
        await next.stop();
        return never;
      }
      this.current = next;
      this.restarts++;
      this.say(`${this.name} is running again`);
    }
  }
}

function describe(code: number | string | null): string {
  if (typeof code === 'number') return `code ${code}`;
  if (code === 'not started') return 'it did not start';
  return code === null ? 'no code' : code;
}
