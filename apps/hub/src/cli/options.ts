/**
 * `node apps/hub/dist/main.js --nats URL --data DIR [--host H] [--port P] [--token T]
 *   [--retention-count N] [--retention-bytes B] [--retention-age D] [--static DIR] [--partition-entries N] …`
 * Parsed into HubOptions, or a usage error (exit 2) that names the option.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { HubOptions } from '../hub.js';
import { forwardAuth } from '../api/auth.js';
import { parseBytes, parseDuration } from '../store/retention.js';
import { clusterSource } from '../capture-configs/kubeconfig.js';

export const USAGE = `usage: trawl-hub --nats nats://127.0.0.1:4222 --data DIR [options]
  --nats URL              NATS server (default nats://127.0.0.1:4222; TRAWL_NATS_TOKEN for auth)
  --data DIR              where entries.db lives (required)
  --host HOST             listen address (default 127.0.0.1; anything else needs a token)
  --port PORT             listen port (default 8898)
  --token TOKEN           API token (or TRAWL_TOKEN); required when --host is not loopback (or --trusted-proxy)
  --trusted-proxy LIST    addresses/CIDRs of the proxies whose user header signs users in (Authelia)
  --auth-header NAME      the header those proxies name the user in (default Remote-User)
  --retention-count N     keep at most N entries
  --retention-bytes B     keep at most B bytes of entries (512MB, 2GiB, …)
  --retention-age D       drop entries older than D (24h, 7d, 30m, …)
  --static DIR            serve the built web UI from DIR
  --sync normal|full      SQLite synchronous mode (full also survives power loss; default normal)
  --partition-entries N   entries per time partition of the store (default 250000; 1000 or more)
  --webhooks FILE         webhook rules (a JSON array), applied at start
  --health-paths LIST     comma-separated paths the endpoint inventory treats as health checks
  --apisec-config FILE    service_config.json for the APISec push (re-read when it changes)
  --apisec-interval D     time between APISec push cycles (default 10s)
  --traffic-retention D   how long the traffic overview keeps its per-minute byte counters (default 7d)
  --kubeconfig FILE       run PacketCaptureConfigs of this cluster as capture jobs (its current context);
                          in a pod (KUBERNETES_SERVICE_HOST set) the service account is used
  --no-kubernetes         no PacketCaptureConfig controller, even in a pod`;

export class UsageError extends Error {
  override readonly name = 'UsageError';

  constructor(
    message: string,
    /** Whether the usage text helps: not after a file whose content is wrong. */
    readonly showUsage = true,
  ) {
    super(message);
  }
}

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): HubOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        nats: { type: 'string', default: 'nats://127.0.0.1:4222' },
        data: { type: 'string' },
        host: { type: 'string', default: '127.0.0.1' },
        port: { type: 'string', default: '8898' },
        token: { type: 'string' },
        'trusted-proxy': { type: 'string' },
        'auth-header': { type: 'string' },
        'retention-count': { type: 'string' },
        'retention-bytes': { type: 'string' },
        'retention-age': { type: 'string' },
        static: { type: 'string' },
        sync: { type: 'string', default: 'normal' },
        'partition-entries': { type: 'string' },
        webhooks: { type: 'string' },
        'health-paths': { type: 'string' },
        'apisec-config': { type: 'string' },
        'apisec-interval': { type: 'string' },
        'traffic-retention': { type: 'string' },
        kubeconfig: { type: 'string' },
        'no-kubernetes': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) throw new UsageError('');
  if (!values.data) throw new UsageError('--data DIR is required');
  const port = Number(values.port);
  if (!/^\d{1,5}$/.test(values.port) || port > 65_535) throw new UsageError(`--port must be an integer 0..65535, not ${values.port}`);
  if (!/^nats:\/\/|^tls:\/\//.test(values.nats)) throw new UsageError(`--nats must be a nats:// URL, not ${values.nats}`);
  const count = values['retention-count'];
  const bytes = values['retention-bytes'];
  const age = values['retention-age'];
  const retention: HubOptions['retention'] = {};
  if (count !== undefined) {
    if (!/^\d{1,15}$/.test(count) || Number(count) < 1) throw new UsageError(`--retention-count must be a positive integer, not ${count}`);
    retention.maxCount = Number(count);
  }
  if (bytes !== undefined) {
    const b = parseBytes(bytes);
    if (b === undefined || b < 1 << 20) throw new UsageError(`--retention-bytes must be a size of at least 1MiB (512MB, 2GiB), not ${bytes}`);
    retention.maxBytes = b;
  }
  if (age !== undefined) {
    const a = parseDuration(age);
    if (a === undefined || a < 1_000) throw new UsageError(`--retention-age must be a duration of at least 1s (24h, 7d, 30m), not ${age}`);
    retention.maxAgeMs = a;
  }
  const sync = values.sync.toUpperCase();
  if (sync !== 'NORMAL' && sync !== 'FULL') throw new UsageError(`--sync must be normal or full, not ${values.sync}`);
  const partitionEntries = values['partition-entries'];
  if (partitionEntries !== undefined && (!/^\d{1,10}$/.test(partitionEntries) || Number(partitionEntries) < 1_000)) {
    throw new UsageError(`--partition-entries must be an integer of at least 1000, not ${partitionEntries}`);
  }
  let webhookRules: unknown[] | undefined;
  if (values.webhooks !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(values.webhooks, 'utf8'));
    } catch (e) {
      throw new UsageError(`--webhooks ${values.webhooks}: ${(e as Error).message}`, false);
    }
    if (!Array.isArray(parsed)) throw new UsageError(`--webhooks ${values.webhooks}: the file must hold a JSON array of rules`, false);
    webhookRules = parsed;
  }
  let apisecIntervalMs: number | undefined;
  if (values['apisec-interval'] !== undefined) {
    apisecIntervalMs = parseDuration(values['apisec-interval']);
    if (apisecIntervalMs === undefined || apisecIntervalMs < 100) throw new UsageError(`--apisec-interval must be a duration of at least 100ms (10s, 1m), not ${values['apisec-interval']}`);
  }
  const trustedProxies = values['trusted-proxy']?.split(',').map((x) => x.trim()).filter(Boolean);
  if (values['trusted-proxy'] !== undefined || values['auth-header'] !== undefined) {
    if (!trustedProxies || trustedProxies.length === 0) throw new UsageError('--auth-header needs --trusted-proxy (the addresses allowed to send it)');
    try {
      forwardAuth(trustedProxies, values['auth-header']);
    } catch (e) {
      throw new UsageError(`--trusted-proxy/--auth-header: ${(e as Error).message}`);
    }
  }
  let trafficRetentionMs: number | undefined;
  if (values['traffic-retention'] !== undefined) {
    trafficRetentionMs = parseDuration(values['traffic-retention']);
    if (trafficRetentionMs === undefined || trafficRetentionMs < 60_000) throw new UsageError(`--traffic-retention must be a duration of at least 1m (24h, 7d), not ${values['traffic-retention']}`);
  }
  if (values.kubeconfig !== undefined && values['no-kubernetes']) throw new UsageError('--kubeconfig and --no-kubernetes contradict each other');
  if (values.kubeconfig === '') throw new UsageError('--kubeconfig needs a file');
  const healthPaths = values['health-paths']?.split(',').map((p) => p.trim()).filter((p) => p.startsWith('/'));
  return {
    natsUrl: values.nats,
    natsToken: env.TRAWL_NATS_TOKEN || undefined,
    dataDir: values.data,
    host: values.host,
    port,
    token: values.token || env.TRAWL_TOKEN || undefined,
    trustedProxies,
    authHeader: values['auth-header'],
    retention,
    staticDir: values.static,
    synchronous: sync,
    partitionRows: partitionEntries === undefined ? undefined : Number(partitionEntries),
    webhookRules,
    endpoints: healthPaths ? { healthPaths } : undefined,
    apisecConfigPath: values['apisec-config'],
    apisecOptions: apisecIntervalMs ? { intervalMs: apisecIntervalMs } : undefined,
    trafficRetentionMs,
    kubernetes: clusterSource(values.kubeconfig, values['no-kubernetes'], env),
  };
}
