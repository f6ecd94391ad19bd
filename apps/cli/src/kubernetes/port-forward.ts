// The hub's port on this machine, like `kubectl port-forward`: each local connection becomes a
// port-forward stream to a ready hub pod through the API server. A hub pod replaced later (a new
// rollout) is found again at the next connection.
import { createServer, type Server, type Socket } from 'node:net';
import { Writable } from 'node:stream';
import { PortForward, type CoreV1Api, type KubeConfig } from '@kubernetes/client-node';
import { RuntimeError } from '../errors.js';
import { apiErrorMessage } from './context.js';
import { HUB_PORT, selectorOf } from './manifests.js';

export interface HubForward {
  port: number;
  close(): Promise<void>;
}

/** A running pod of the hub whose Ready condition is true, by name. */
export async function readyHubPod(core: CoreV1Api, namespace: string): Promise<string> {
  const pods = await core.listNamespacedPod({ namespace, labelSelector: selectorOf('hub') });
  const ready = pods.items.find((p) => p.status?.phase === 'Running' && !p.metadata?.deletionTimestamp && p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'));
  if (!ready?.metadata?.name) throw new RuntimeError(`no ready hub pod in namespace ${namespace}`);
  return ready.metadata.name;
}

export async function forwardHub(kc: KubeConfig, core: CoreV1Api, namespace: string, localPort: number, warn: (message: string) => void, host = '127.0.0.1'): Promise<HubForward> {
  const forward = new PortForward(kc);
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    void connect(socket);
  });

  async function connect(socket: Socket): Promise<void> {
    try {
      const pod = await readyHubPod(core, namespace);
      // Channel 1 carries the pod's own complaint (nothing listening, …): said, then the socket ends.
      const errors = new Writable({
        write(chunk: Buffer, _enc, done) {
          const text = chunk.toString('utf8').trim();
          if (text) {
            warn(`port-forward to ${pod}: ${text}`);
            socket.destroy();
          }
          done();
        },
      });
      const ws = (await forward.portForward(namespace, pod, [HUB_PORT], socket, errors, socket)) as unknown as { on?: (e: string, f: () => void) => void; close(): void };
      ws.on?.('close', () => socket.end());
      socket.once('close', () => ws.close());
    } catch (e) {
      warn(`port-forward: ${e instanceof RuntimeError ? e.message : apiErrorMessage(e)}`);
      socket.destroy();
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (e) => reject(new RuntimeError(`cannot listen on ${host}:${localPort}: ${(e as Error).message}`)));
    server.listen(localPort, host, () => resolve());
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : localPort,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
