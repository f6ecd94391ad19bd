// Waiting until trawl runs: NATS and the hub available, a ready worker on every node. While it
// waits it says what holds it up, read from the pods (an image that cannot be pulled, a crash
// loop, an unschedulable pod), so a wait that will never end is seen long before the timeout.
import type { CoreV1Api, AppsV1Api, V1DaemonSet, V1Deployment, V1Pod } from '@kubernetes/client-node';
import { RuntimeError } from '../errors.js';
import { apiErrorMessage } from './context.js';
import { NAMES } from './manifests.js';

export interface RolloutState {
  /** e.g. `nats 1/1, hub 0/1, worker 2/3`. */
  summary: string;
  ready: boolean;
  /** What the pods say is wrong, one line each (empty when nothing is). */
  problems: string[];
}

function deploymentReady(d: V1Deployment): [number, number, boolean] {
  const want = d.spec?.replicas ?? 1;
  const st = d.status ?? {};
  const current = (st.observedGeneration ?? 0) >= (d.metadata?.generation ?? 0);
  // Pods of an older spec do not count: the controller has not even seen the new one yet.
  const ready = current ? Math.min(st.readyReplicas ?? 0, st.updatedReplicas ?? 0) : 0;
  return [ready, want, current && ready >= want && (st.availableReplicas ?? 0) >= want];
}

function daemonSetReady(ds: V1DaemonSet): [number, number, boolean] {
  const st = ds.status;
  const want = st?.desiredNumberScheduled ?? 0;
  const current = (st?.observedGeneration ?? 0) >= (ds.metadata?.generation ?? 0);
  const ready = current ? Math.min(st?.numberReady ?? 0, st?.updatedNumberScheduled ?? 0) : 0;
  return [ready, want, current && want > 0 && ready >= want];
}

/** Why a pod is not running and ready, when it says: `pod X: ImagePullBackOff: …`. */
export function podProblems(pods: V1Pod[]): string[] {
  const out: string[] = [];
  for (const p of pods) {
    const name = p.metadata?.name ?? '?';
    const unschedulable = p.status?.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False');
    if (unschedulable) out.push(`pod ${name}: not scheduled: ${unschedulable.reason ?? ''}${unschedulable.message ? ` (${unschedulable.message})` : ''}`);
    for (const c of p.status?.containerStatuses ?? []) {
      const waiting = c.state?.waiting;
      if (waiting?.reason && waiting.reason !== 'ContainerCreating' && waiting.reason !== 'PodInitializing') {
        out.push(`pod ${name}: ${c.name}: ${waiting.reason}${waiting.message ? `: ${waiting.message.slice(0, 300)}` : ''}`);
      }
      const term = c.lastState?.terminated;
      if (term && c.restartCount > 0 && !c.ready) out.push(`pod ${name}: ${c.name} restarted ${c.restartCount}×, last exit ${term.exitCode}${term.reason ? ` (${term.reason})` : ''}`);
    }
  }
  return out;
}

export async function readRollout(core: CoreV1Api, apps: AppsV1Api, namespace: string): Promise<RolloutState> {
  let nats: V1Deployment, hub: V1Deployment, worker: V1DaemonSet, pods: V1Pod[];
  try {
    [nats, hub, worker, pods] = await Promise.all([
      apps.readNamespacedDeployment({ name: NAMES.nats, namespace }),
      apps.readNamespacedDeployment({ name: NAMES.hub, namespace }),
      apps.readNamespacedDaemonSet({ name: NAMES.worker, namespace }),
      core.listNamespacedPod({ namespace, labelSelector: 'app.kubernetes.io/part-of=trawl' }).then((l) => l.items),
    ]);
  } catch (e) {
    throw new RuntimeError(`cannot read trawl's state in namespace ${namespace}: ${apiErrorMessage(e)}`);
  }
  const parts: Array<[string, [number, number, boolean]]> = [
    ['nats', deploymentReady(nats)],
    ['hub', deploymentReady(hub)],
    ['worker', daemonSetReady(worker)],
  ];
  const problems = podProblems(pods);
  if ((worker.status?.desiredNumberScheduled ?? 0) === 0 && (worker.status?.observedGeneration ?? 0) > 0) problems.push('no node runs a worker (DaemonSet: 0 scheduled)');
  return {
    summary: parts.map(([n, [r, w]]) => `${n} ${r}/${w}`).join(', '),
    ready: parts.every(([, [, , ok]]) => ok),
    problems,
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until ready; reports each new state; a RuntimeError with the last state at the timeout. */
export async function waitForRollout(
  core: CoreV1Api,
  apps: AppsV1Api,
  namespace: string,
  timeoutMs: number,
  report: (state: RolloutState) => void,
  pollMs = 1_000,
): Promise<RolloutState> {
  const deadline = Date.now() + timeoutMs;
  let said = '';
  for (;;) {
    const state = await readRollout(core, apps, namespace);
    const line = [state.summary, ...state.problems].join('\n');
    if (line !== said) {
      report(state);
      said = line;
    }
    if (state.ready) return state;
    if (Date.now() >= deadline) {
      const why = state.problems.length > 0 ? `; ${state.problems.join('; ')}` : '';
      throw new RuntimeError(`trawl is not ready after ${Math.round(timeoutMs / 1000)} s (${state.summary})${why}. It stays installed: \`trawl tap\` again waits again, \`trawl clean --kube\` removes it`);
    }
    await sleep(pollMs);
  }
}
