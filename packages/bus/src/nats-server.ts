import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createConnection } from 'node:net';

/**
 * Starts a real `nats-server` with JetStream (Debian's 2.9), for `trawl start` and for tests.
 * Resolves once the client port accepts connections.
 */
export interface NatsServer {
  url: string;
  port: number;
  process: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function startNatsServer(options: { port: number; dataDir: string; host?: string; binary?: string }): Promise<NatsServer> {
  const host = options.host ?? '127.0.0.1';
  mkdirSync(options.dataDir, { recursive: true });
  const child = spawn(options.binary ?? 'nats-server', ['-a', host, '-p', String(options.port), '-js', '-sd', options.dataDir], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr!.on('data', (d: Buffer) => {
    log = (log + d.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nats-server exited (${child.exitCode}): ${log.trim()}`);
    if (await canConnect(host, options.port)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nats-server did not listen on ${host}:${options.port} within 15 s: ${log.trim()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `nats://${host}:${options.port}`,
    port: options.port,
    process: child,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      await exited;
    },
  };
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection({ host, port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}
