import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { PlatformLink } from './platform-link.js';
import { streamForUpload } from './output-tail.js';
import type { AgentConfig } from './config.js';
import { ExecutorError } from './executors/executor.js';
import type { ExecJob, ExecStatus, Executor } from './executors/executor.js';

/** The platform's answer to an agent asking for work. */
interface Assignments {
  dataCenter: string;
  version: string;
  assignments: { id: string; epoch: number; state: 'placed' | 'running'; pool: string; units: number; tenant?: string; spec: Record<string, unknown> }[];
}

/** What the agent has taken on, kept on disk so that a restart resumes it. */
interface Held {
  epoch: number;
  pool: string;
  units: number;
  /** The manager's id for the job. */
  externalId?: string;
  /** The platform has been told the job runs (a queued Slurm job has not started yet). */
  reportedRunning?: boolean;
}

/** The part of each output stream the platform keeps (job.service.ts OUTPUT_TAIL_BYTES), and how often a running job's goes up. */
const OUTPUT_TAIL_BYTES = 65_536;
const OUTPUT_EVERY_MS = 3000;

/** Calls the platform; throws ApiRefusal for an answer of 4xx. */
export type PlatformCall = (method: string, path: string, body?: unknown, signal?: AbortSignal) => Promise<unknown>;

export class ApiRefusal extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/**
 * The data center agent: asks the platform for the complete list of jobs its
 * data center must run, starts the new ones on its executor, stops the ones
 * no longer listed (cancelled, or moved elsewhere under a new epoch), reports
 * every change of state with exit code and metered usage, and sends
 * telemetry. Its state file lets a restarted agent resume without starting a
 * job twice.
 */
export class Agent {
  private held = new Map<string, Held>();
  private version: string | undefined;
  private dataCenter: string | undefined;
  private stopped = false;
  private timers: NodeJS.Timeout[] = [];
  private readonly pollAbort = new AbortController();
  private busy = false;
  /** The pools the platform lists for this data center. */
  private platformPools: string[] = [];
  private poolUnits = new Map<string, number>();

  private readonly link: PlatformLink;
  /** Per job: what of its output was last sent, and when. */
  private readonly outputSent = new Map<string, { key: string; at: number }>();
  private readonly outputRefused = new Set<string>();
  private readonly call: PlatformCall;

  constructor(
    private readonly cfg: AgentConfig,
    private readonly executor: Executor,
    call: PlatformCall,
    private readonly log: Logger,
  ) {
    this.link = new PlatformLink(log);
    // Every call tells the link whether the platform answered: its log says once that it is down, and once that it is back.
    this.call = async (method, path, body, signal) => {
      try {
        const r = await call(method, path, body, signal);
        this.link.up();
        return r;
      } catch (e) {
        if (e instanceof ApiRefusal) this.link.up();
        else if (PlatformLink.unreachable(e)) this.link.down(e as Error);
        throw e;
      }
    };
    // Passable (job users reach their own directories below it) but not listable; the state file is the agent's alone.
    mkdirSync(cfg.dataDir, { recursive: true, mode: 0o711 });
    chmodSync(cfg.dataDir, 0o711);
    const file = this.stateFile();
    if (existsSync(file)) this.held = new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, Held>));
  }

  private stateFile(): string {
    return join(this.cfg.dataDir, 'agent-state.json');
  }

  private save(): void {
    const file = this.stateFile();
    writeFileSync(`${file}.tmp`, JSON.stringify(Object.fromEntries(this.held)), { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  }

  /** Registers configured capacity, then runs the assignment, status and telemetry loops. */
  async start(): Promise<void> {
    const first = (await this.call('GET', '/v1/agent/assignments?wait=0')) as Assignments;
    this.dataCenter = first.dataCenter;
    await this.registerInventory(first.dataCenter);
    await this.reconcile(first);
    void this.pollLoop();
    this.timers.push(setInterval(() => void this.checkStatuses(), this.cfg.statusIntervalS * 1000));
    this.timers.push(setInterval(() => void this.sendTelemetry(), this.cfg.telemetryIntervalS * 1000));
    await this.sendTelemetry();
    this.log.info({ dataCenter: this.dataCenter, jobs: this.held.size }, 'agent started');
  }

  /**
   * Registers capacity: the units the config gives, else what the workload
   * manager reports (Slurm: sinfo), for the pools the platform knows here.
   */
  private async registerInventory(dc: string): Promise<void> {
    const known = ((await this.call('GET', `/v1/datacenters/${encodeURIComponent(dc)}`)) as { pools: { id: string; units: number; model?: string }[] }).pools;
    this.platformPools = known.map((p) => p.id);
    this.poolUnits = new Map(known.map((p) => [p.id, p.units]));
    const configured = new Map(this.cfg.pools.filter((p) => p.units !== undefined).map((p) => [p.id, p.units!]));
    const discovered = this.executor.inventory ? await this.executor.inventory(known.map((p) => p.id).filter((id) => !configured.has(id))) : new Map<string, number>();
    const units = new Map([...discovered, ...configured]);
    const models = new Map(this.cfg.pools.filter((p) => p.model !== undefined).map((p) => [p.id, p.model!]));
    const changes = known
      .filter((p) => (units.has(p.id) && units.get(p.id) !== p.units) || (models.has(p.id) && models.get(p.id) !== p.model))
      .map((p) => ({ id: p.id, ...(units.has(p.id) && { units: units.get(p.id)! }), ...(models.has(p.id) && { model: models.get(p.id)! }) }));
    if (changes.length === 0) return;
    for (const c of changes) if (c.units !== undefined) this.poolUnits.set(c.id, c.units);
    await this.call('PATCH', `/v1/datacenters/${encodeURIComponent(dc)}`, { pools: changes });
    this.log.info({ pools: changes, from: configured.size > 0 ? 'config' : this.executor.name }, 'registered pool capacity');
  }

  private async pollLoop(): Promise<void> {
    while (!this.stopped) {
      try {
        const known = this.version ? `&known=${encodeURIComponent(this.version)}` : '';
        const a = (await this.call('GET', `/v1/agent/assignments?wait=${this.cfg.pollWaitS}${known}`, undefined, this.pollAbort.signal)) as Assignments;
        await this.reconcile(a);
      } catch (e) {
        if (this.stopped) return;
        if (!PlatformLink.unreachable(e)) this.log.warn({ err: (e as Error).message }, 'asking the platform for assignments failed; retrying');
        await new Promise((r) => setTimeout(r, PlatformLink.unreachable(e) ? this.link.down(e as Error) : 1000));
      }
    }
  }

  /** Makes what runs here match the platform's list. */
  async reconcile(a: Assignments): Promise<void> {
    this.version = a.version;
    const listed = new Map(a.assignments.map((x) => [x.id, x]));
    for (const [id, h] of [...this.held]) {
      const now = listed.get(id);
      if (now?.state === 'running') h.reportedRunning = true;
      if (!now || now.epoch !== h.epoch) {
        await this.executor.cancel(id, 'no longer assigned to this data center').catch((e: unknown) => this.log.warn({ err: (e as Error).message, job: id }, 'cancel failed'));
        this.held.delete(id);
        this.log.info({ job: id }, 'stopped a job the platform no longer assigns here');
      }
    }
    for (const x of a.assignments) {
      if (this.held.has(x.id)) continue;
      await this.take(x);
    }
    this.save();
  }

  private async take(x: Assignments['assignments'][number]): Promise<void> {
    const spec = x.spec as { command?: string | string[]; workdir?: string; env?: Record<string, string>; timeLimitS?: number; durationS: number; image?: string };
    const refuse = async (reason: string): Promise<void> => {
      await this.report(x.id, x.epoch, { state: 'failed', reason });
    };
    if (spec.image !== undefined) return refuse(`this data center's ${this.executor.name} executor does not run container images`);
    if (spec.command === undefined) return refuse('the job has no command to run');
    const job: ExecJob = {
      id: x.id, epoch: x.epoch, command: spec.command, units: x.units, pool: x.pool, ...(x.tenant !== undefined && { tenant: x.tenant }),
      timeLimitS: spec.timeLimitS ?? Math.ceil(2 * spec.durationS),
      ...(spec.workdir !== undefined && { workdir: spec.workdir }),
      env: { ...spec.env, SUANLI_DATA_CENTER: this.dataCenter ?? '', SUANLI_JOB_EPOCH: String(x.epoch) },
    };
    let externalId: string;
    try {
      externalId = await this.executor.submit(job);
    } catch (e) {
      if (e instanceof ExecutorError) return refuse(`${this.executor.name} executor: ${e.message}`);
      throw e;
    }
    // The platform hears `running` when the executor says the job runs, not when it was queued.
    this.held.set(x.id, { epoch: x.epoch, pool: x.pool, units: x.units, externalId, reportedRunning: x.state === 'running' });
    this.save();
    await this.checkStatuses([x.id]);
  }

  /** Reports to the platform; a refusal (stale epoch, moved job) stops the job here. */
  private async report(id: string, epoch: number, body: Record<string, unknown>): Promise<boolean> {
    try {
      await this.call('POST', `/v1/jobs/${encodeURIComponent(id)}/report`, { epoch, ...body });
      return true;
    } catch (e) {
      if (e instanceof ApiRefusal && (e.status === 409 || e.status === 404)) {
        this.log.warn({ job: id, reason: e.message }, 'the platform refused a report: the job is no longer ours here; stopping it');
        await this.executor.cancel(id, `refused by the platform: ${e.message}`).catch(() => undefined);
        this.held.delete(id);
        this.save();
        return false;
      }
      throw e;
    }
  }

  /** Reports jobs that finished. */
  async checkStatuses(only?: readonly string[]): Promise<void> {
    if ((this.busy && !only) || this.stopped || this.held.size === 0) return;
    const wasBusy = this.busy;
    this.busy = true;
    try {
      const ids = only ?? [...this.held.keys()];
      const statuses = await this.executor.poll(ids);
      for (const id of ids) {
        const h = this.held.get(id);
        const s = statuses.get(id);
        if (!h || !s || s.state === 'queued') continue;
        // A job seen running, or already over, is first reported running (once), with its start as the executor saw it.
        if (h.reportedRunning !== true) {
          const ok = await this.report(id, h.epoch, { state: 'running', ...(h.externalId !== undefined && { externalId: h.externalId }), ...(s.startedAt !== undefined && { at: Math.round(s.startedAt) }) });
          if (!ok) continue;
          h.reportedRunning = true;
          this.save();
        }
        // Its output goes up while it runs (when it grew, at most every few seconds) and once more at its end, before the end is reported.
        await this.uploadOutput(id, h.epoch, s, s.state !== 'running');
        if (s.state === 'running') continue;
        const state = s.state === 'succeeded' ? 'succeeded' : 'failed';
        const ok = await this.report(id, h.epoch, {
          state,
          ...(s.exitCode !== undefined && { exitCode: s.exitCode }),
          ...(s.message !== undefined && { reason: s.message }),
          ...(s.unitSeconds !== undefined && { unitSeconds: s.unitSeconds }),
          ...(s.endedAt !== undefined && { at: Math.round(s.endedAt) }),
        });
        if (ok) {
          this.held.delete(id);
          this.save();
        }
      }
    } catch (e) {
      if (!PlatformLink.unreachable(e)) this.log.warn({ err: (e as Error).message }, 'checking job states failed; retrying');
    } finally {
      this.busy = wasBusy;
    }
  }

  /**
   * Sends the last part of a job's stdout and stderr to the platform, read
   * from the files the executor names without following links
   * (output-tail.ts). A stream that cannot be read safely is sent as a note
   * saying so, and logged once.
   */
  private async uploadOutput(id: string, epoch: number, s: ExecStatus, final: boolean): Promise<void> {
    if (s.stdout === undefined && s.stderr === undefined) return;
    const last = this.outputSent.get(id);
    if (!final && last && Date.now() - last.at < OUTPUT_EVERY_MS) return;
    const stream = (file: string | undefined, name: string) => {
      const { refused, ...t } = streamForUpload(file, name, OUTPUT_TAIL_BYTES);
      if (refused !== undefined && !this.outputRefused.has(`${id}/${name}`)) {
        this.outputRefused.add(`${id}/${name}`);
        this.log.warn({ job: id, stream: name, why: refused }, "a job's output file was not read: it is not the file the job was given");
      }
      return t;
    };
    const out = { epoch, stdout: stream(s.stdout, 'stdout'), stderr: stream(s.stderr, 'stderr') };
    const key = `${out.stdout.bytes}/${out.stderr.bytes}/${out.stdout.tail.length}/${out.stderr.tail.length}`;
    if (last?.key === key) return;
    try {
      await this.call('POST', `/v1/jobs/${encodeURIComponent(id)}/output`, out);
      this.outputSent.set(id, { key, at: Date.now() });
      if (final) this.outputSent.delete(id);
    } catch (e) {
      // The output is a convenience: a refusal (a stale epoch) or a platform down does not hold up the job's report.
      if (!PlatformLink.unreachable(e)) this.log.warn({ job: id, err: (e as Error).message }, 'the platform refused the job\'s output');
    }
  }

  /** Sends telemetry now, even after stop (for a last report and for tests). */
  async sendTelemetryNow(): Promise<void> {
    const stopped = this.stopped;
    this.stopped = false;
    try {
      await this.sendTelemetry();
    } finally {
      this.stopped = stopped;
    }
  }

  /** Units in use per pool from the jobs running here; host load as the utilisation of CPU pools; meter or estimates. */
  async sendTelemetry(): Promise<void> {
    if (!this.dataCenter || this.stopped) return;
    const now = Date.now();
    const used = new Map<string, number>();
    for (const h of this.held.values()) used.set(h.pool, (used.get(h.pool) ?? 0) + h.units);
    // The workload manager's own count includes work that did not come through the platform.
    if (this.executor.unitsInUse) {
      for (const [pool, units] of await this.executor.unitsInUse(this.platformPools).catch(() => new Map<string, number>())) {
        used.set(pool, Math.max(units, used.get(pool) ?? 0));
      }
    }
    // Only the platform's pools, and never more than their registered units (the platform refuses that).
    const samples: Record<string, unknown>[] = [...used]
      .filter(([pool]) => this.poolUnits.has(pool))
      .map(([pool, units]) => ({ dataCenter: this.dataCenter, pool, at: now, unitsInUse: Math.min(units, this.poolUnits.get(pool)!) }));
    for (const p of this.cfg.pools) {
      if (!used.has(p.id) && this.poolUnits.has(p.id)) samples.push({ dataCenter: this.dataCenter, pool: p.id, at: now, unitsInUse: 0, utilisation: Math.min(1, loadavg()[0]! / cpus().length) });
    }
    const meter = this.readMeter();
    const e = this.cfg.estimates;
    if (meter) {
      samples.push({ dataCenter: this.dataCenter, at: now, ...meter });
    } else if (e.pue !== undefined || e.powerKwPerUnit !== undefined) {
      const units = [...used.values()].reduce((s, u) => s + u, 0);
      samples.push({
        dataCenter: this.dataCenter, at: now, estimated: true,
        ...(e.pue !== undefined && { pue: e.pue }),
        ...(e.powerKwPerUnit !== undefined && { powerKw: units * e.powerKwPerUnit * (e.pue ?? 1) }),
      });
    }
    if (samples.length === 0) return;
    try {
      await this.call('POST', '/v1/telemetry', { samples });
    } catch (err) {
      if (!PlatformLink.unreachable(err)) this.log.warn({ err: (err as Error).message }, 'sending telemetry failed');
    }
  }

  /** The meter file's figures, if one is configured and readable; a bad file is logged and skipped. */
  private readMeter(): { powerKw?: number; pue?: number; greenShare?: number } | undefined {
    if (!this.cfg.meterFile) return undefined;
    try {
      const m = JSON.parse(readFileSync(this.cfg.meterFile, 'utf8')) as Record<string, unknown>;
      const out: { powerKw?: number; pue?: number; greenShare?: number } = {};
      for (const k of ['powerKw', 'pue', 'greenShare'] as const) {
        const v = m[k];
        if (v === undefined) continue;
        if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${k} must be a number`);
        out[k] = v;
      }
      return Object.keys(out).length > 0 ? out : undefined;
    } catch (err) {
      this.log.warn({ file: this.cfg.meterFile, err: (err as Error).message }, 'the meter file cannot be read; sending estimates instead');
      return undefined;
    }
  }

  /** Stops the loops; running jobs keep running and are found again at the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.pollAbort.abort();
    for (const t of this.timers) clearInterval(t);
    while (this.busy) await new Promise((r) => setTimeout(r, 20));
  }
}
