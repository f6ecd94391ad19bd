/**
 * The hub's NATS connection: connects in the background (the API serves meanwhile), retries the
 * first connection forever, then lets nats.js reconnect forever, and keeps a status the API shows
 * (`connecting` → `connected` ⇄ `reconnecting`; `closed` only after `close()`).
 */
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Logger } from '../log.js';
import type { NatsState, NatsStatus } from '../status.js';

export interface ConnectionOptions {
  url: string;
  /** NATS auth token (DESIGN §5: token or nkey between workers and hub). */
  token?: string;
  /** Wait between reconnect attempts (default 1 s). */
  retryMs?: number;
  log: Logger;
}

export class NatsLink {
  readonly status: NatsStatus;
  private nc: NatsConnection | undefined;
  private closing = false;
  private waiters: Array<(nc: NatsConnection | undefined) => void> = [];
  private readonly onConnect: Array<(nc: NatsConnection) => void> = [];

  constructor(private readonly options: ConnectionOptions) {
    this.status = { url: options.url, state: 'connecting', since: Date.now(), reconnects: 0, lastError: null };
  }

  /** Runs `f` on every new connection (subscriptions made there survive reconnects). */
  whenConnected(f: (nc: NatsConnection) => void): void {
    this.onConnect.push(f);
    if (this.nc && !this.nc.isClosed()) f(this.nc);
  }

  start(): void {
    void this.loop();
  }

  /** The connection once it is up (undefined if the link is closing). */
  ready(): Promise<NatsConnection | undefined> {
    if (this.closing) return Promise.resolve(undefined);
    if (this.nc && this.status.state === 'connected') return Promise.resolve(this.nc);
    return new Promise((r) => this.waiters.push(r));
  }

  get connection(): NatsConnection | undefined {
    return this.status.state === 'connected' ? this.nc : undefined;
  }

  private setState(state: NatsState, error?: string): void {
    if (state !== this.status.state) {
      this.status.state = state;
      this.status.since = Date.now();
      const suffix = error ? `: ${error}` : '';
      this.options.log(`NATS ${this.options.url} ${state}${suffix}`);
    }
    if (error) this.status.lastError = error;
    if (state === 'connected' && this.nc) for (const w of this.waiters.splice(0)) w(this.nc);
  }

  private async loop(): Promise<void> {
    let attempts = 0;
    while (!this.closing) {
      let nc: NatsConnection;
      try {
        nc = await connect({
          servers: this.options.url,
          name: 'trawl-hub',
          token: this.options.token,
          maxReconnectAttempts: -1,
          reconnectTimeWait: this.options.retryMs ?? 1_000,
          pingInterval: 5_000,
          maxPingOut: 2,
          timeout: 5_000,
        });
      } catch (e) {
        // Say it once, then keep trying quietly.
        if (attempts++ === 0) {
          this.status.lastError = (e as Error).message;
          this.options.log(`NATS ${this.options.url} unreachable (${(e as Error).message}); retrying every ${(this.options.retryMs ?? 1_000) / 1000} s`);
        }
        await new Promise((r) => setTimeout(r, this.options.retryMs ?? 1_000));
        continue;
      }
      attempts = 0;
      if (this.closing) {
        await nc.close();
        break;
      }
      this.nc = nc;
      this.setState('connected');
      for (const f of this.onConnect) f(nc);
      void this.watch(nc);
      await nc.closed();
      if (!this.closing) this.setState('reconnecting', 'connection closed; connecting again');
    }
  }

  private async watch(nc: NatsConnection): Promise<void> {
    for await (const s of nc.status()) {
      if (s.type === 'disconnect') this.setState('reconnecting', 'disconnected');
      else if (s.type === 'reconnect') {
        this.status.reconnects++;
        this.setState('connected');
      } else if (s.type === 'error') this.status.lastError = String((s as { error?: unknown }).error ?? 'error');
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const w of this.waiters.splice(0)) w(undefined);
    const nc = this.nc;
    if (nc && !nc.isClosed()) {
      try {
        // Drain: pending acks and subscriptions are flushed before the socket closes.
        await Promise.race([nc.drain(), new Promise((r) => setTimeout(r, 3_000))]);
      } catch {
        // Drain fails when the server is gone; closing is all that is left.
      }
      if (!nc.isClosed()) await nc.close();
    }
    this.setState('closed');
  }
}
