/**
 * The PacketCaptureConfig controller: each new config (no status.phase yet) is checked, its pods
 * resolved to their addresses, and run as one capture job on every worker up (jobs/start.ts, the
 * path `POST /api/jobs` takes), its status going Starting → Running → Completed or Failed, with
 * an Event at each step. The job id sits in status.jobId, so a restarted hub follows a Running
 * config to its end; Completed and Failed ones are left alone. A config deleted while its job
 * runs stops the job (its files stay, under /api/jobs).
 */
import type { KubeConfig } from '@kubernetes/client-node';
import { BpfSpecError } from '../jobs/bpf.js';
import type { JobRecord } from '../jobs/records.js';
import { JobNotStarted, jobView, newJobId, startJob, type JobsDeps } from '../jobs/start.js';
import type { Logger } from '../log.js';
import { ClusterApi, describeError, httpCode, type EventReason } from './cluster.js';
import { checkSpec, jobFor, type CheckedSpec } from './spec.js';
import { progress } from './status.js';
import { isFinal, type PacketCaptureConfig, type PacketCaptureConfigStatus } from './types.js';
import { ConfigWatch, type RetryOptions } from './watch.js';

export interface ControllerOptions extends RetryOptions {
  kubeConfig: KubeConfig;
  jobs: JobsDeps;
  /** The workers up now (a new config's job runs on each). */
  workersUp: () => string[];
  log: Logger;
  /** How often a running job's workers are asked (default 2 s). */
  pollMs?: number;
  /** How long a new config waits for a worker (a hub just started hears them within 5 s); default 30 s. */
  waitForWorkersMs?: number;
  /** Past its duration by this much, a worker that does not answer has failed (default 60 s). */
  overdueGraceMs?: number;
}

interface Task {
  uid: string;
  name: string;
  /** The newest version seen (Events name it). */
  object: PacketCaptureConfig;
  abort: AbortController;
  /** The config was deleted: its job is stopped. */
  deleted: boolean;
  record: JobRecord | undefined;
}

type StatusPatch = { [K in keyof PacketCaptureConfigStatus]: PacketCaptureConfigStatus[K] | null };

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });

/** A failure worth another try: the API away, overloaded or failing inside. */
const transient = (e: unknown) => {
  const code = httpCode(e);
  return code === undefined || code === 429 || code >= 500;
};

export class CaptureConfigController {
  readonly api: ClusterApi;
  private readonly watch: ConfigWatch;
  private readonly tasks = new Map<string, { task: Task; done: Promise<void> }>();
  /** Configs this hub brought to Completed or Failed: a late event with an older phase is not new work. */
  private readonly settled = new Set<string>();
  private stopped = false;
  private readonly pollMs: number;
  private readonly retryMaxMs: number;

  constructor(private readonly o: ControllerOptions) {
    this.api = new ClusterApi(o.kubeConfig);
    this.pollMs = o.pollMs ?? 2_000;
    this.retryMaxMs = o.retryMaxMs ?? 30_000;
    this.watch = new ConfigWatch(o.kubeConfig, this.api, o.log, { upsert: (c) => this.upsert(c), remove: (c) => this.remove(c) }, o);
  }

  start(): void {
    this.watch.start();
  }

  /** Stops watching and following; jobs keep running on the workers (a restarted hub follows them). */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.watch.stop();
    for (const { task } of this.tasks.values()) task.abort.abort();
    await Promise.all([...this.tasks.values()].map((t) => t.done));
  }

  get stats() {
    return { listed: this.watch.listed, watchErrors: this.watch.errors, following: this.tasks.size };
  }

  private upsert(c: PacketCaptureConfig): void {
    const name = c.metadata?.name;
    if (!name) return;
    const uid = c.metadata?.uid ?? name;
    const running = this.tasks.get(uid);
    if (running) {
      running.task.object = c;
      return;
    }
    if (this.stopped || this.settled.has(uid) || isFinal(c.status?.phase)) return;
    const task: Task = { uid, name, object: c, abort: new AbortController(), deleted: false, record: undefined };
    const done = this.run(task)
      .catch((e: unknown) => this.o.log(`PacketCaptureConfig ${name}: ${describeError(e)}`))
      .finally(() => this.tasks.delete(uid));
    this.tasks.set(uid, { task, done });
  }

  private remove(c: PacketCaptureConfig): void {
    const uid = c.metadata?.uid ?? c.metadata?.name ?? '';
    this.settled.delete(uid);
    const t = this.tasks.get(uid)?.task;
    if (!t) return;
    t.deleted = true;
    t.abort.abort();
  }

  private async run(task: Task): Promise<void> {
    try {
      const st = task.object.status ?? {};
      const record = st.jobId ? this.o.jobs.records.get(st.jobId) : undefined;
      if (record) {
        // A hub started again: the job it made for this config, followed to its end.
        task.record = record;
        this.o.log(`PacketCaptureConfig ${task.name}: following capture job ${record.id} again`);
        if (st.phase === 'Starting') await this.running(task, record);
        await this.follow(task, record);
      } else if (st.phase === 'Running') {
        await this.fail(task, `the hub no longer has capture job ${st.jobId ?? '(none)'} (was its data directory replaced?): create the PacketCaptureConfig again`);
      } else {
        // New, or Starting without the job having been made: the same id, so nothing is doubled.
        await this.begin(task, st.jobId);
      }
    } finally {
      if (task.deleted && task.record) {
        const job = await jobView(this.o.jobs, task.record, 'stop');
        const states = job.workers.map((w) => `${w.node} ${w.status?.state ?? w.error}`).join(', ');
        this.o.log(`PacketCaptureConfig ${task.name} deleted: stopped capture job ${task.record.id} (${states}); its files stay under /api/jobs/${task.record.id}`);
      }
    }
  }

  private async begin(task: Task, id = newJobId()): Promise<void> {
    const checked = checkSpec(task.object.spec);
    if (!checked.ok) return this.fail(task, `invalid spec: ${checked.message}`);
    const podIPs: string[] = [];
    for (const pod of checked.spec.pods) {
      const p = await this.retrying(task, `reading pod ${pod.namespace}/${pod.podName}`, () => this.api.readPod(pod.namespace, pod.podName));
      if (task.abort.signal.aborted) return;
      const where = `pod ${pod.namespace}/${pod.podName}`;
      if (!p) return this.fail(task, `${where} not found`);
      const ips = (p.status?.podIPs ?? []).map((x) => x.ip).filter(Boolean);
      if (ips.length === 0 && p.status?.podIP) ips.push(p.status.podIP);
      if (ips.length === 0) return this.fail(task, `${where} has no IP address (phase ${p.status?.phase ?? 'unknown'})`);
      podIPs.push(...ips);
    }
    if (!(await this.patch(task, { phase: 'Starting', message: 'starting a capture job on the workers', jobId: id, startTime: new Date().toISOString(), completionTime: null, captureFiles: null }))) return;
    const record = await this.startOnWorkers(task, checked.spec, podIPs, id);
    if (!record) return;
    await this.running(task, record);
    await this.follow(task, record);
  }

  /** Starts the job, waiting a while for a worker; undefined when it cannot (the config Failed) or the task ended. */
  private async startOnWorkers(task: Task, spec: CheckedSpec, podIPs: string[], id: string): Promise<JobRecord | undefined> {
    const deadline = Date.now() + (this.o.waitForWorkersMs ?? 30_000);
    let said = false;
    for (;;) {
      try {
        await startJob(this.o.jobs, jobFor(task.name, spec, podIPs, this.o.workersUp(), id));
        task.record = this.o.jobs.records.get(id);
        return task.abort.signal.aborted ? undefined : task.record;
      } catch (e) {
        if (e instanceof BpfSpecError) return void (await this.fail(task, `invalid spec: ${e.field}: ${e.message}`));
        if (!(e instanceof JobNotStarted)) throw e;
        if (e.code === 'bad_job') return void (await this.fail(task, `the workers refused the capture: ${e.message}`));
        const waited = `waited ${Math.round((this.o.waitForWorkersMs ?? 30_000) / 1000)} s`;
        const why = e.code === 'no_workers' ? 'no trawl worker is connected to the hub' : 'the hub is not connected to NATS';
        if (Date.now() >= deadline) return void (await this.fail(task, `${why} (${waited}): start the workers, then create the PacketCaptureConfig again`));
        if (!said) this.o.log(`PacketCaptureConfig ${task.name}: waiting for a worker (${why})`);
        said = true;
        await sleep(1_000, task.abort.signal);
        if (task.abort.signal.aborted) return undefined;
      }
    }
  }

  private async running(task: Task, record: JobRecord): Promise<void> {
    const p = progress(await jobView(this.o.jobs, record), record.errors, false);
    if (!(await this.patch(task, { phase: 'Running', message: p.message, jobId: record.id, captureFiles: p.captureFiles }))) return;
    const nodes = record.nodes.filter((n) => !record.errors[n]);
    const filter = record.spec.bpf || 'every packet';
    await this.event(task, 'Normal', 'Started', `capture job ${record.id} on ${nodes.join(', ')} for ${record.spec.durationMs / 1000} s: ${filter}`);
    this.o.log(`PacketCaptureConfig ${task.name}: Running, ${p.message}`);
  }

  private async follow(task: Task, record: JobRecord): Promise<void> {
    const overdueAt = record.createdAt + record.spec.durationMs + (this.o.overdueGraceMs ?? 60_000);
    for (;;) {
      await sleep(this.pollMs, task.abort.signal);
      if (task.abort.signal.aborted) return;
      const job = await jobView(this.o.jobs, record);
      if (task.abort.signal.aborted) return;
      const p = progress(job, record.errors, Date.now() > overdueAt);
      if (!p.finished) continue;
      if (!(await this.patch(task, { phase: p.phase, message: p.message, captureFiles: p.captureFiles, completionTime: new Date().toISOString() }))) return;
      this.settled.add(task.uid);
      const completed = p.phase === 'Completed';
      await this.event(task, completed ? 'Normal' : 'Warning', completed ? 'Completed' : 'Failed', p.message);
      this.o.log(`PacketCaptureConfig ${task.name}: ${p.phase}, ${p.message}`);
      return;
    }
  }

  private async fail(task: Task, message: string): Promise<void> {
    if (!(await this.patch(task, { phase: 'Failed', message, completionTime: new Date().toISOString() }))) return;
    this.settled.add(task.uid);
    await this.event(task, 'Warning', 'Failed', message);
    this.o.log(`PacketCaptureConfig ${task.name}: Failed, ${message}`);
  }

  /** Patches until it lands; false when the task ended first (or the config is gone: then it ends). */
  private async patch(task: Task, status: StatusPatch): Promise<boolean> {
    const ok = await this.retrying(task, `updating the status (${status.phase})`, async () => {
      try {
        await this.api.patchStatus(task.name, status);
        return true;
      } catch (e) {
        if (httpCode(e) !== 404) throw e;
        // Deleted before its watch event arrived.
        task.deleted = true;
        task.abort.abort();
        return false;
      }
    });
    return ok === true && !task.abort.signal.aborted;
  }

  /** Best effort, a few tries: a lost Event must not hold the config back. */
  private async event(task: Task, type: 'Normal' | 'Warning', reason: EventReason, message: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.api.event(task.object, type, reason, message);
      } catch (e) {
        if (attempt === 3 || !transient(e)) return this.o.log(`PacketCaptureConfig ${task.name}: the ${reason} Event was not recorded: ${describeError(e)}`);
        await sleep(500 * attempt, task.abort.signal);
      }
    }
  }

  /** `f` again after a transient failure (backoff, said once); undefined when the task ended first. */
  private async retrying<T>(task: Task, what: string, f: () => Promise<T>): Promise<T | undefined> {
    let delay = this.o.retryMinMs ?? 500;
    for (let attempt = 1; ; attempt++) {
      if (task.abort.signal.aborted) return undefined;
      try {
        const v = await f();
        if (attempt > 1) this.o.log(`PacketCaptureConfig ${task.name}: ${what} worked after ${attempt} attempts`);
        return v;
      } catch (e) {
        if (!transient(e)) throw e;
        if (attempt === 1) this.o.log(`PacketCaptureConfig ${task.name}: ${what} failed: ${describeError(e)}; retrying`);
        await sleep(delay, task.abort.signal);
        delay = Math.min(this.retryMaxMs, delay * 2);
      }
    }
  }
}
