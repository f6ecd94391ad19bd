import { accessSync, constants, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startNatsServer, type NatsServer } from '@trawl/bus';
import { parseLimitSettings, redactOptionsFromArgs } from '@trawl/protocols';
import { EXIT_OK, RuntimeError, UsageError } from '../errors.js';
import { startReadyChild } from '../system/children.js';
import { Supervisor, type Running } from '../system/supervisor.js';
import { defaultDataDir, HUB_MAIN, runDir, START_PID, WEB_OUT, WORKER_MAIN } from '../system/paths.js';
import { choosePort, portIsFree } from '../system/ports.js';

export const START_USAGE = `usage: trawl start [--data DIR] [--port 8898] [--iface lo,eth0|any]
                   [--interface-prefix veth] [--bpf FILTER] [--nats-port 4222] [--metrics-port 8899]
                   [--webhooks FILE] [--apisec-config service_config.json] [--capture-backend trawl-pcap|tcpdump|cap]
                   [--engine-limit NAME=VALUE]... [--redact-header LIST] [--redact-query-key LIST] [--redact-json-field LIST]
                   [--kubeconfig FILE]

Runs trawl on this machine: nats-server with JetStream, the hub (SQLite under DIR) and a worker
capturing this machine's traffic (all interfaces, loopback included, unless --iface or
--interface-prefix say otherwise). Prints the URL; Ctrl-C stops everything. A part that exits on
its own is started again (given up after 5 exits in a minute). Capture needs root.
--engine-limit goes to the worker's packet engine (as in trawl read --help): maxConnections=500000.
--redact-* name more secrets for the worker to redact before entries leave it, on top of the defaults.
--kubeconfig names the ends of connections by the pods and services of that cluster (its current
context), listed and watched by the worker.`;

/** Our own ports are left out of capture so trawl does not watch itself. */
function defaultBpf(natsPort: number, hubPort: number, metricsPort: number): string {
  return `not (tcp port ${natsPort} or tcp port ${hubPort} or tcp port ${metricsPort})`;
}

export async function startCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      port: { type: 'string', default: '8898' },
      iface: { type: 'string' },
      'interface-prefix': { type: 'string' },
      bpf: { type: 'string' },
      'nats-port': { type: 'string', default: '4222' },
      'metrics-port': { type: 'string' },
      webhooks: { type: 'string' },
      'capture-backend': { type: 'string' },
      'apisec-config': { type: 'string' },
      'engine-limit': { type: 'string', multiple: true },
      'redact-header': { type: 'string', multiple: true },
      'redact-query-key': { type: 'string', multiple: true },
      'redact-json-field': { type: 'string', multiple: true },
      kubeconfig: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(START_USAGE + '\n');
    return EXIT_OK;
  }
  const engineLimits = values['engine-limit'] ?? [];
  try {
    parseLimitSettings(engineLimits); // said now, not by a worker restarting 5 times
  } catch (e) {
    throw new UsageError(`--engine-limit: ${(e as Error).message}`);
  }
  const secrets: Array<[string, string[] | undefined]> = [
    ['--redact-header', values['redact-header']],
    ['--redact-query-key', values['redact-query-key']],
    ['--redact-json-field', values['redact-json-field']],
  ];
  try {
    redactOptionsFromArgs({ headers: values['redact-header'], queryKeys: values['redact-query-key'], jsonFields: values['redact-json-field'] });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const kubeconfig = values.kubeconfig === undefined ? undefined : resolve(values.kubeconfig);
  if (kubeconfig !== undefined) {
    try {
      accessSync(kubeconfig, constants.R_OK);
    } catch (e) {
      throw new UsageError(`--kubeconfig ${values.kubeconfig}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
    }
  }
  if (process.getuid?.() !== 0) {
    throw new RuntimeError('capture needs root (libpcap opens the interfaces): run sudo ./trawl start');
  }
  const port = portNumber('--port', values.port!);
  const data = values.data ?? defaultDataDir();
  for (const main of [HUB_MAIN, WORKER_MAIN]) {
    if (!existsSync(main)) throw new RuntimeError(`${main} is not built: run ./trawl (it builds) or npx tsc -b tsconfig.build.json`);
  }
  if (!(await portIsFree(port))) throw new RuntimeError(`port ${port} is in use: is trawl already running? (trawl clean stops it) or pass --port`);
  const natsPort = await choosePort(portNumber('--nats-port', values['nats-port']!));
  // An explicit worker metrics port is taken as is (two runs side by side must not race for 8899).
  const metricsPort = values['metrics-port'] ? portNumber('--metrics-port', values['metrics-port']) : await choosePort(8899);

  const stopping: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const stop of stopping.reverse()) await stop().catch(() => {});
  };
  // This process's own pid file: `trawl clean` stops it first, and it stops its parts (stopping a
  // part directly would only have it started again).
  const run = runDir(data);
  mkdirSync(run, { recursive: true });
  writePid(join(run, START_PID), process.pid);
  stopping.push(async () => rmSync(join(run, START_PID), { force: true }));
  // Each part runs under a Supervisor from the moment it is up: started again when it exits.
  const parts: Supervisor[] = [];
  const supervise = (name: string, first: Running, launch: () => Promise<Running>) => {
    const part = new Supervisor(name, first, launch, (line) => process.stderr.write(`trawl: ${line}\n`));
    parts.push(part);
    stopping.push(() => part.stop());
  };
  // nats-server gets a pid file too, for a `trawl clean` after this process was killed outright.
  const launchNats = async () => {
    const server = await startNatsServer({ port: natsPort, dataDir: join(data, 'nats') });
    const pidFile = join(run, 'nats-server.pid');
    writePid(pidFile, server.process.pid);
    server.process.once('exit', () => rmSync(pidFile, { force: true }));
    return server;
  };
  let nats: NatsServer;
  try {
    nats = await launchNats();
  } catch (e) {
    await stopAll();
    throw new RuntimeError(`could not start nats-server: ${(e as Error).message}`);
  }
  supervise('nats-server', running(nats), async () => running(await launchNats()));
  try {
    const hubArgs = [HUB_MAIN, '--nats', nats.url, '--data', join(data, 'hub'), '--port', String(port)];
    // The built UI, when there is one, is served by the hub at its URL.
    if (values.webhooks) hubArgs.push('--webhooks', values.webhooks);
    if (values['apisec-config']) hubArgs.push('--apisec-config', values['apisec-config']);
    if (existsSync(join(WEB_OUT, 'index.html'))) hubArgs.push('--static', WEB_OUT);
    else process.stderr.write('trawl: the web UI is not built (apps/web/out): the API works, the page does not\n');
    const launchHub = () => startReadyChild('hub', process.execPath, hubArgs, { runDir: run, readyLine: /https?:\/\/\S+/ });
    const hub = await launchHub();
    supervise('the hub', hub, launchHub);
    const hubLine = await hub.ready;
    const workerArgs = ['--nats', nats.url, '--metrics-port', String(metricsPort), '--bpf', values.bpf ?? defaultBpf(natsPort, port, metricsPort)];
    if (values['capture-backend']) workerArgs.push('--capture-backend', values['capture-backend']);
    for (const setting of engineLimits) workerArgs.push('--engine-limit', setting);
    for (const [flag, lists] of secrets) for (const list of lists ?? []) workerArgs.push(flag, list);
    if (kubeconfig !== undefined) workerArgs.push('--kubeconfig', kubeconfig);
    // Capture jobs' pcap files live with the rest of the data (`trawl clean --purge` removes them).
    workerArgs.push('--jobs-dir', join(data, 'jobs'));
    if (values['interface-prefix']) workerArgs.push('--interface-prefix', values['interface-prefix']);
    else workerArgs.push('--iface', values.iface ?? 'any');
    // Ready once it says capture started: not on any line with "capture" in it, which its own
    // "cannot capture on eth9" is.
    const launchWorker = () => startReadyChild('worker', process.execPath, [WORKER_MAIN, ...workerArgs], { runDir: run, readyLine: /\bcapture\.started\b/ });
    supervise('the worker', await launchWorker(), launchWorker);
    const url = /https?:\/\/\S+/.exec(hubLine)![0];
    // `trawl endpoints` and other clients find the local hub here.
    const urlFile = join(run, 'hub.url');
    writeFileSync(urlFile, url + '\n');
    stopping.push(async () => rmSync(urlFile, { force: true }));
    process.stdout.write(`\ntrawl is running: ${url}\n  data: ${data}\n  Ctrl-C stops it (trawl clean removes what it left)\n\n`);
  } catch (e) {
    await stopAll();
    throw new RuntimeError((e as Error).message);
  }

  // Run until Ctrl-C / SIGTERM, or until a part is given up (then stop the rest and say so).
  const reason = await new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('interrupted'));
    process.once('SIGTERM', () => resolve('terminated'));
    for (const part of parts) void part.gaveUp.then(resolve);
  });
  process.stderr.write(`trawl: stopping (${reason})\n`);
  await stopAll();
  return reason === 'interrupted' || reason === 'terminated' ? EXIT_OK : 1;
}

function portNumber(flag: string, text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > 65535) throw new UsageError(`${flag} needs a port number 1..65535, not "${text}"`);
  return n;
}

/** nats-server as a supervised part. */
function running(nats: NatsServer): Running {
  const p = nats.process;
  const exited =
    p.exitCode !== null || p.signalCode !== null
      ? Promise.resolve(p.exitCode ?? p.signalCode)
      : new Promise<number | string | null>((resolve) => p.once('exit', (code, signal) => resolve(code ?? signal)));
  return { exited, stop: () => nats.stop() };
}

function writePid(file: string, pid: number | undefined): void {
  if (pid !== undefined) writeFileSync(file, String(pid));
}
