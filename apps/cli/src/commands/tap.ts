import { parseArgs } from 'node:util';
import { AppsV1Api, CoreV1Api, dumpYaml, KubernetesObjectApi } from '@kubernetes/client-node';
import { EXIT_OK, UsageError } from '../errors.js';
import { applyTrawl, removeTrawl } from '../kubernetes/apply.js';
import { loadContext } from '../kubernetes/context.js';
import { clusterObjects, DEFAULT_SETTINGS, HUB_PORT, type ClusterSettings } from '../kubernetes/manifests.js';
import { forwardHub } from '../kubernetes/port-forward.js';
import { waitForRollout } from '../kubernetes/rollout.js';
import { choosePort } from '../system/ports.js';

export const TAP_USAGE = `usage: trawl tap [--kubeconfig FILE] [--context NAME] [--namespace trawl]
                 [--image IMAGE] [--nats-image IMAGE] [--pull-policy IfNotPresent|Always|Never]
                 [--iface any | --interface-prefix cali|veth|azv] [--storage SIZE [--storage-class NAME]]
                 [--hub-arg ARG]... [--worker-arg ARG]... [--port 8898] [--timeout 300]
                 [--no-forward | --ephemeral] [--dry-run]

Runs trawl in the current Kubernetes context (or --context): NATS and the hub in --namespace, a
worker on every node (host network, NET_RAW/NET_ADMIN/SYS_PTRACE, listing pods and services to
name both ends). Waits until every part is ready, saying what holds it up, then forwards the hub
to 127.0.0.1 (--port, another free one when taken) and prints the UI's URL with its token; Ctrl-C
ends the forward, trawl keeps running in the cluster. Again later: updates what is there, keeps
the tokens. \`trawl clean --kube\` removes it all; with --ephemeral, Ctrl-C does (as podloxx).
--image is the trawl image built from docker/Dockerfile (default ${DEFAULT_SETTINGS.image}).
--storage keeps the hub's store on a PersistentVolumeClaim of that size (default: an emptyDir,
lost with the pod). --hub-arg/--worker-arg pass a flag on (--worker-arg=--redact-header=x-team).
--dry-run prints the objects as YAML (the tokens Secret aside) and changes nothing.`;

const PULL_POLICIES = ['IfNotPresent', 'Always', 'Never'] as const;

export function parseTapArgs(argv: string[]): { settings: ClusterSettings; kubeconfig?: string; context?: string; port: number; timeoutMs: number; forward: boolean; ephemeral: boolean; dryRun: boolean; help: boolean } {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      kubeconfig: { type: 'string' },
      context: { type: 'string' },
      namespace: { type: 'string', default: DEFAULT_SETTINGS.namespace },
      image: { type: 'string', default: DEFAULT_SETTINGS.image },
      'nats-image': { type: 'string', default: DEFAULT_SETTINGS.natsImage },
      'pull-policy': { type: 'string', default: DEFAULT_SETTINGS.pullPolicy },
      iface: { type: 'string' },
      'interface-prefix': { type: 'string' },
      storage: { type: 'string' },
      'storage-class': { type: 'string' },
      'hub-arg': { type: 'string', multiple: true },
      'worker-arg': { type: 'string', multiple: true },
      port: { type: 'string', default: String(HUB_PORT) },
      timeout: { type: 'string', default: '300' },
      'no-forward': { type: 'boolean', default: false },
      ephemeral: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  // DNS-1123 label: the namespace is also part of cluster-wide object names.
  if (!/^[a-z0-9]([-a-z0-9]{0,50}[a-z0-9])?$/.test(values.namespace!)) throw new UsageError(`--namespace must be a DNS label (a-z, 0-9, -; at most 52), not "${values.namespace}"`);
  for (const flag of ['image', 'nats-image'] as const) {
    if (!/^[\w.\-/:@]+$/.test(values[flag]!)) throw new UsageError(`--${flag} is not an image reference: "${values[flag]}"`);
  }
  const pullPolicy = values['pull-policy'] as ClusterSettings['pullPolicy'];
  if (!PULL_POLICIES.includes(pullPolicy)) throw new UsageError(`--pull-policy takes ${PULL_POLICIES.join(', ')}, not "${pullPolicy}"`);
  if (values.iface !== undefined && values['interface-prefix'] !== undefined) throw new UsageError('--iface and --interface-prefix: choose one');
  for (const flag of ['iface', 'interface-prefix'] as const) {
    const v = values[flag];
    if (v !== undefined && !/^[\w.,|:-]+$/.test(v)) throw new UsageError(`--${flag}: "${v}" is not a list of interface names`);
  }
  if (values.storage !== undefined && !/^\d+(\.\d+)?(Ki|Mi|Gi|Ti|k|M|G|T)?$/.test(values.storage)) throw new UsageError(`--storage takes a Kubernetes quantity such as 20Gi, not "${values.storage}"`);
  if (values['storage-class'] !== undefined && values.storage === undefined) throw new UsageError('--storage-class needs --storage');
  const port = Number(values.port);
  if (!/^\d{1,5}$/.test(values.port!) || port > 65_535) throw new UsageError(`--port must be 0..65535, not "${values.port}"`);
  const timeout = Number(values.timeout);
  if (!/^\d+$/.test(values.timeout!) || timeout < 1 || timeout > 3_600) throw new UsageError(`--timeout takes seconds, 1..3600, not "${values.timeout}"`);
  if (values.ephemeral && values['no-forward']) throw new UsageError('--ephemeral removes trawl when the forward ends: it cannot go with --no-forward');
  for (const arg of [...(values['hub-arg'] ?? []), ...(values['worker-arg'] ?? [])]) {
    if (!arg.startsWith('--')) throw new UsageError(`--hub-arg/--worker-arg take flags (--name or --name=value), not "${arg}"`);
  }
  return {
    settings: {
      namespace: values.namespace!,
      image: values.image!,
      natsImage: values['nats-image']!,
      pullPolicy,
      iface: values.iface ?? DEFAULT_SETTINGS.iface,
      ...(values['interface-prefix'] !== undefined ? { interfacePrefix: values['interface-prefix'] } : {}),
      ...(values.storage !== undefined ? { storageSize: values.storage } : {}),
      ...(values['storage-class'] !== undefined ? { storageClass: values['storage-class'] } : {}),
      hubArgs: values['hub-arg'] ?? [],
      workerArgs: values['worker-arg'] ?? [],
    },
    ...(values.kubeconfig !== undefined ? { kubeconfig: values.kubeconfig } : {}),
    ...(values.context !== undefined ? { context: values.context } : {}),
    port,
    timeoutMs: timeout * 1000,
    forward: !values['no-forward'],
    ephemeral: values.ephemeral!,
    dryRun: values['dry-run']!,
    help: values.help ?? false,
  };
}

const say = (line: string) => process.stderr.write(`trawl: ${line}\n`);

export async function tapCommand(argv: string[]): Promise<number> {
  const o = parseTapArgs(argv);
  if (o.help) {
    process.stdout.write(TAP_USAGE + '\n');
    return EXIT_OK;
  }
  if (o.dryRun) {
    process.stdout.write(clusterObjects(o.settings).map((obj) => dumpYaml(obj)).join('---\n'));
    return EXIT_OK;
  }
  const ctx = loadContext(o.kubeconfig, o.context);
  const ns = o.settings.namespace;
  say(`context "${ctx.name}" (${ctx.server}), namespace ${ns}, image ${o.settings.image}`);
  const objects = ctx.kc.makeApiClient(KubernetesObjectApi);
  const { applied, tokens } = await applyTrawl(objects, o.settings);
  say(`applied ${applied} objects${tokens.created ? ' (new tokens)' : ' (tokens kept from the last tap)'}`);
  const core = ctx.kc.makeApiClient(CoreV1Api);
  const apps = ctx.kc.makeApiClient(AppsV1Api);
  say(`waiting for nats, hub and a worker on every node (at most ${o.timeoutMs / 1000} s)`);
  await waitForRollout(core, apps, ns, o.timeoutMs, (state) => {
    say(state.ready ? `ready: ${state.summary}` : state.summary);
    for (const p of state.problems) say(`  ${p}`);
  });
  if (!o.forward) {
    say(`hub token: ${tokens.hub} (Secret ${ns}/trawl-tokens); trawl clean --kube removes trawl`);
    return EXIT_OK;
  }
  const port = await choosePort(o.port);
  const forward = await forwardHub(ctx.kc, core, ns, port, (m) => say(m));
  process.stdout.write(`trawl: UI at http://127.0.0.1:${forward.port}/?token=${tokens.hub}\n`);
  say(o.ephemeral ? 'Ctrl-C ends the port-forward and removes trawl from the cluster' : 'Ctrl-C ends the port-forward (trawl keeps running in the cluster; trawl clean --kube removes it)');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await forward.close();
  if (o.ephemeral) {
    const removed = await removeTrawl(objects, ns);
    say(`removed ${removed.join(', ')}`);
  }
  return EXIT_OK;
}
