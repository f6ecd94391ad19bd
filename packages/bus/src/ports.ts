import { createServer } from 'node:net';

/**
 * A TCP port free on 127.0.0.1 right now (the caller binds it soon after: a nats-server, a hub,
 * a worker's metrics in tests and benches), chosen below the kernel's ephemeral range
 * (32768-60999): outgoing connections take their local ports from that range, and in CI one took
 * a port chosen there between the choice and `trawl start`'s worker binding it (EADDRINUSE).
 * Falls back to a port the OS picks.
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if ((await listenOn(port)) === port) return port;
  }
  return listenOn(0);
}

/** Listens on `port` (0: any) and closes again; the port it got, or -1. */
function listenOn(port: number): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(-1));
    s.listen(port, '127.0.0.1', () => {
      const got = (s.address() as { port: number }).port;
      s.close(() => resolve(got));
    });
  });
}
