import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseLimitSettings, redactionFromArgs, type EngineLimits, type RedactOptions } from '@trawl/protocols';
import { kubernetesSource, type KubernetesSource } from './naming/kubernetes/kubeconfig.js';

export const USAGE = `usage: node apps/worker/dist/main.js [options]

  --nats URL[,URL]          NATS servers (default nats://127.0.0.1:4222; TRAWL_NATS_TOKEN for token auth)
  --node NAME               this worker's name (default: the hostname)
  --iface LIST              interfaces to capture: lo,eth0 or any
  --interface-prefix LIST   every interface whose name starts with one of these (veth|cali|azv),
                            including interfaces that appear later
  --bpf FILTER              BPF capture filter (default: tcp)
  --file PATH               read a pcap/pcapng file (or .gz) instead of capturing (repeatable)
  --no-redact               publish secrets as captured (headers, query keys)
  --redact-header LIST      more header names to redact, on top of Authorization, Cookie… (repeatable)
  --redact-query-key LIST   more query-string keys to redact, on top of token, api_key…
  --redact-json-field LIST  more JSON field names to redact in bodies, on top of password, token…
  --body-limit BYTES        body bytes kept per message (default 65536)
  --engine-limit NAME=VALUE one of the engine's bounds (repeatable): maxConnections,
                            maxOutOfOrderBytesTotal, idleTimeoutMs… (the names the stats count as
                            limit.NAME; see @trawl/protocols limits.ts)
  --buffer-entries N        entries kept while NATS is away (default 100000)
  --buffer-bytes BYTES      bytes kept while NATS is away (default 64 MiB)
  --batch-entries N         entries per published batch (default 500)
  --batch-ms MS             longest wait before a batch is published (default 100)
  --metrics-port PORT       /metrics and /health on 127.0.0.1:PORT (default 8899; 0 = any free port)
  --metrics-host HOST       address of /metrics and /health (default 127.0.0.1)
  --capture-process MODE    cap only: auto|inline|child, where libpcap runs (default auto: a child
                            process for --interface-prefix and interfaces other than lo and any)
  --capture-backend NAME    trawl-pcap|tcpdump|cap: one capture program per interface, our own
                            trawl-pcap (default; falls back to tcpdump, with a warning, when it
                            was not built) or Debian's tcpdump (kernel timestamps and drop counts
                            from both; tcpdump hands over entries up to 1 s late on a quiet link),
                            or libpcap through the cap binding in this process or its child
  --block-timeout-ms MS     trawl-pcap: longest a packet waits in a ring block that is not full
                            (default 50): shorter = lower latency on a quiet link but more
                            wake-ups of trawl-pcap and the worker (env TRAWL_BLOCK_TIMEOUT_MS)
  --trawl-pcap-path PATH    the trawl-pcap binary (default: apps/worker/dist/trawl-pcap)
  --tcpdump-path PATH       the tcpdump binary for --capture-backend tcpdump (default: tcpdump in PATH)
  --ring-mb MB              libpcap ring per interface (default 16; tcpdump's -B)
  --tcpdump-mode MODE       block|immediate: TPACKET_V3 blocks handed over when full or after 1 s
                            (default), or --immediate-mode: each packet at once, TPACKET_V2 slots
                            (env TRAWL_TCPDUMP_MODE, for \`trawl start\`)
  --snaplen BYTES           bytes kept per packet (default 0: all; a short one truncates bodies;
                            env TRAWL_TCPDUMP_SNAPLEN)
  --tcpdump-pipe KIND       socket|fifo: the capture program's stdout as Node's socketpair (default)
                            or a FIFO
  --drain-ms MS             on SIGINT/SIGTERM, wait this long to publish what is left (default 5000)
  --jobs-dir DIR            where capture jobs write their pcap files (default: <tmp>/trawl-jobs-<node>)
  --jobs-max-mb N           all capture jobs' files together at most (default 4096); past it the oldest
                            finished jobs' files are removed (their status says so)
  --kubeconfig PATH         name ends from this cluster's pods and services (its current context);
                            in a pod (KUBERNETES_SERVICE_HOST set) the service account is used
  --no-kubernetes           no Kubernetes naming, even in a pod

With neither --iface, --interface-prefix nor --file, the worker captures on "any".`;

export const CAPTURE_BACKENDS = ['trawl-pcap', 'tcpdump', 'cap'] as const;
export type CaptureBackend = (typeof CAPTURE_BACKENDS)[number];

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface WorkerOptions {
  nats: string;
  /** NATS token auth (TRAWL_NATS_TOKEN, never a flag: flags show in `ps`). */
  natsToken: string | undefined;
  node: string;
  interfaces: string[];
  prefixes: string[];
  bpf: string;
  files: string[];
  /** false for --no-redact, else the defaults plus what --redact-* add. */
  redact: RedactOptions | false;
  bodyLimit: number;
  /** `--engine-limit` settings; `bodyLimit` is applied over them. */
  engineLimits: Partial<EngineLimits>;
  bufferEntries: number;
  bufferBytes: number;
  batchEntries: number;
  batchMs: number;
  metricsPort: number;
  metricsHost: string;
  captureProcess: 'auto' | 'inline' | 'child';
  captureBackend: CaptureBackend;
  /** The trawl-pcap binary; undefined: the one the build puts in apps/worker/dist. */
  trawlPcapPath: string | undefined;
  /** trawl-pcap's TPACKET_V3 block timeout. */
  blockTimeoutMs: number;
  tcpdumpPath: string;
  ringBytes: number;
  tcpdumpMode: 'block' | 'immediate';
  /** tcpdump's -s; 0 = the whole packet. */
  snaplen: number;
  tcpdumpPipe: 'socket' | 'fifo';
  drainMs: number;
  /** Capture jobs' files (one directory per job). */
  jobsDir: string;
  /** All jobs' files together at most; the oldest finished jobs' files are removed past it. */
  jobsMaxBytes: number;
  /** Where pods and services are listed from; null: no Kubernetes naming. */
  kubernetes: KubernetesSource | null;
  help: boolean;
}

function int(name: string, value: string | undefined, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`${name} takes a whole number, not "${value}"`);
  const n = Number(value);
  if (n < min || n > max) throw new UsageError(`${name} must be between ${min} and ${max}, not ${n}`);
  return n;
}

function list(value: string | undefined, sep: RegExp): string[] {
  if (value === undefined) return [];
  return value.split(sep).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Parses argv; throws UsageError (exit 2) on anything it cannot use. */
export function parseOptions(argv: string[]): WorkerOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        nats: { type: 'string' },
        node: { type: 'string' },
        iface: { type: 'string' },
        'interface-prefix': { type: 'string' },
        bpf: { type: 'string' },
        file: { type: 'string', multiple: true },
        'no-redact': { type: 'boolean' },
        'redact-header': { type: 'string', multiple: true },
        'redact-query-key': { type: 'string', multiple: true },
        'redact-json-field': { type: 'string', multiple: true },
        'body-limit': { type: 'string' },
        'engine-limit': { type: 'string', multiple: true },
        'buffer-entries': { type: 'string' },
        'buffer-bytes': { type: 'string' },
        'batch-entries': { type: 'string' },
        'batch-ms': { type: 'string' },
        'metrics-port': { type: 'string' },
        'metrics-host': { type: 'string' },
        'capture-process': { type: 'string' },
        'capture-backend': { type: 'string' },
        'block-timeout-ms': { type: 'string' },
        'trawl-pcap-path': { type: 'string' },
        'tcpdump-path': { type: 'string' },
        'ring-mb': { type: 'string' },
        'tcpdump-mode': { type: 'string' },
        snaplen: { type: 'string' },
        'tcpdump-pipe': { type: 'string' },
        'drain-ms': { type: 'string' },
        kubeconfig: { type: 'string' },
        'jobs-dir': { type: 'string' },
        'jobs-max-mb': { type: 'string' },
        'no-kubernetes': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const nats = values.nats ?? 'nats://127.0.0.1:4222';
  for (const url of nats.split(',')) {
    if (!/^(nats|tls|ws|wss):\/\/[^\s/]+$|^[\w.-]+:\d+$/.test(url.trim())) throw new UsageError(`--nats: "${url}" is not a NATS URL (nats://host:port)`);
  }
  const node = (values.node ?? hostname()).trim();
  if (node.length === 0 || node.length > 200) throw new UsageError('--node must be a non-empty name');
  const interfaces = list(values.iface, /,/);
  const prefixes = list(values['interface-prefix'], /[,|]/);
  if (values.iface !== undefined && interfaces.length === 0) throw new UsageError('--iface needs at least one interface name');
  if (values['interface-prefix'] !== undefined && prefixes.length === 0) throw new UsageError('--interface-prefix needs at least one prefix');
  const files = values.file ?? [];
  if (files.length > 0 && (interfaces.length > 0 || prefixes.length > 0)) throw new UsageError('--file cannot be combined with --iface or --interface-prefix');
  if (files.some((f) => f.trim() === '')) throw new UsageError('--file needs a path');
  if (interfaces.includes('any') && (interfaces.length > 1 || prefixes.length > 0)) throw new UsageError('--iface any already captures every interface: use it alone');
  const mode = values['capture-process'] ?? 'auto';
  if (mode !== 'auto' && mode !== 'inline' && mode !== 'child') throw new UsageError(`--capture-process takes auto, inline or child, not "${mode}"`);
  const backend = (values['capture-backend'] ?? 'trawl-pcap') as CaptureBackend;
  if (!CAPTURE_BACKENDS.includes(backend)) throw new UsageError(`--capture-backend takes trawl-pcap, tcpdump or cap, not "${backend}"`);
  if (values['trawl-pcap-path'] !== undefined && values['trawl-pcap-path'].trim() === '') throw new UsageError('--trawl-pcap-path needs a path');
  if (values['tcpdump-path'] !== undefined && values['tcpdump-path'].trim() === '') throw new UsageError('--tcpdump-path needs a path');
  // `trawl start` does not pass these through: its environment does.
  const tcpdumpMode = values['tcpdump-mode'] ?? (process.env.TRAWL_TCPDUMP_MODE || 'block');
  if (tcpdumpMode !== 'block' && tcpdumpMode !== 'immediate') throw new UsageError(`--tcpdump-mode takes block or immediate, not "${tcpdumpMode}"`);
  const tcpdumpPipe = values['tcpdump-pipe'] ?? (process.env.TRAWL_TCPDUMP_PIPE || 'socket');
  if (tcpdumpPipe !== 'socket' && tcpdumpPipe !== 'fifo') throw new UsageError(`--tcpdump-pipe takes socket or fifo, not "${tcpdumpPipe}"`);
  if (values.kubeconfig !== undefined && values.kubeconfig.trim() === '') throw new UsageError('--kubeconfig needs a path');
  if (values['jobs-dir'] !== undefined && values['jobs-dir'].trim() === '') throw new UsageError('--jobs-dir needs a path');
  if (values.kubeconfig !== undefined && values['no-kubernetes']) throw new UsageError('--kubeconfig and --no-kubernetes contradict each other');
  const bufferEntries = int('--buffer-entries', values['buffer-entries'], 100_000, 1);
  let redact: RedactOptions | false;
  try {
    redact = redactionFromArgs({ noRedact: values['no-redact'], headers: values['redact-header'], queryKeys: values['redact-query-key'], jsonFields: values['redact-json-field'] });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  let engineLimits: Partial<EngineLimits>;
  try {
    engineLimits = parseLimitSettings(values['engine-limit'] ?? []);
  } catch (e) {
    throw new UsageError(`--engine-limit: ${(e as Error).message}`);
  }
  return {
    nats,
    natsToken: process.env.TRAWL_NATS_TOKEN || undefined,
    node,
    interfaces: files.length === 0 && interfaces.length === 0 && prefixes.length === 0 ? ['any'] : interfaces,
    prefixes,
    bpf: values.bpf ?? 'tcp',
    files,
    redact,
    // --engine-limit maxBodyBytes=N is --body-limit N (which wins when both are given).
    bodyLimit: int('--body-limit', values['body-limit'] ?? engineLimits.maxBodyBytes?.toString(), 64 << 10, 0, 16 << 20),
    engineLimits,
    bufferEntries,
    bufferBytes: int('--buffer-bytes', values['buffer-bytes'], 64 << 20, 1024),
    batchEntries: int('--batch-entries', values['batch-entries'], 500, 1, 100_000),
    batchMs: int('--batch-ms', values['batch-ms'], 100, 1, 60_000),
    metricsPort: int('--metrics-port', values['metrics-port'], 8899, 0, 65535),
    metricsHost: values['metrics-host'] ?? '127.0.0.1',
    captureProcess: mode,
    captureBackend: backend,
    trawlPcapPath: values['trawl-pcap-path'],
    blockTimeoutMs: int('--block-timeout-ms', values['block-timeout-ms'] ?? (process.env.TRAWL_BLOCK_TIMEOUT_MS || undefined), 50, 1, 1_000),
    tcpdumpPath: values['tcpdump-path'] ?? 'tcpdump',
    ringBytes: int('--ring-mb', values['ring-mb'], 16, 1, 1024) * 1048576,
    tcpdumpMode,
    tcpdumpPipe,
    snaplen: int('--snaplen', values.snaplen ?? (process.env.TRAWL_TCPDUMP_SNAPLEN || undefined), 0, 0, 262_144),
    drainMs: int('--drain-ms', values['drain-ms'], 5_000, 0, 600_000),
    kubernetes: kubernetesSource(values.kubeconfig, values['no-kubernetes'] ?? false),
    jobsDir: values['jobs-dir'] ?? join(tmpdir(), `trawl-jobs-${node.replace(/[^\w.-]+/g, '_')}`),
    jobsMaxBytes: int('--jobs-max-mb', values['jobs-max-mb'], 4096, 1, 16 * 1024 * 1024) * 1024 ** 2,
    help: values.help ?? false,
  };
}
