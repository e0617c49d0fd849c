import { z } from 'zod';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../core/errors.js';
import type { Issue } from '../../core/errors.js';
import type { Clock } from '../../core/clock.js';
import { formatYuan } from '../../core/money.js';
import { JOB_STATES, statesBefore } from '../../core/workload/lifecycle.js';
import { idSchema } from '../../core/network/scenario.schema.js';
import { checkJobAgainstNetwork, jobFieldsSchema, requireLatency, toJobSpec } from '../../core/workload/job.js';
import type { JobSpec } from '../../core/workload/job.js';
import type { JobEvent, JobRecord, NewJob } from '../../store/repositories/job.repository.js';
import { GroupCommit } from '../../store/group-commit.js';
import type { Db } from '../../store/db.js';
import type { Store } from '../../store/store.js';
import { actorName, dataCenterScope } from './actor.js';
import { randomId } from './ids.js';
import type { Principal } from './actor.js';
import { requestHash } from './idempotency.js';
import type { Idempotency } from './idempotency.js';
import type { jobSchema } from '../contract/schemas.js';
import type { LiveNetwork, NetworkService } from './network.service.js';
import { pageCursor, pageLimit } from '../query.js';

/** The body of POST /v1/jobs: the scenario format's job fields; the platform assigns the id and the submit time. */
/** What a job runs, for the data center's executor (local processes, Slurm). */
export const runFieldsSchema = {
  command: z.union([
    z.string().min(1, { message: 'must not be empty' }).max(100_000),
    z.array(z.string().max(100_000)).min(1, { message: 'must hold the program and its arguments' }).max(1000),
  ], { message: 'must be a shell command line or a list of program and arguments' }).optional()
    .describe('What to run: a shell command line, or [program, arg, ...] run without a shell. Without it the job is a placeholder that only demo mode runs.'),
  workdir: z.string().min(1).max(4096).regex(/^\//, { message: 'must be an absolute path' }).optional().describe('Working directory on the data center.'),
  env: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,127}$/, { message: 'must be an environment variable name' }), z.string().max(100_000))
    .refine((e) => Object.keys(e).length <= 200, { message: 'at most 200 variables' }).optional().describe('Environment variables of the job.'),
  timeLimitS: z.number().int({ message: 'must be a whole number of seconds' }).min(1, { message: 'must be at least 1' }).max(366 * 86_400).optional()
    .describe('Hard limit on the run; the job fails when it is reached. Default: twice durationS.'),
  image: z.string().min(1).max(1000).optional().describe('Reserved for a container executor; no executor runs images yet.'),
};

// A job with maxWaitS is held until the start the engine plans in its window (placement.service.ts); the window counts from submission.
export const jobSubmitSchema = jobFieldsSchema
  .omit({ id: true, submitAt: true })
  .extend({
    name: z.string().min(1).max(200).optional().describe('A label of your own.'),
    order: idSchema.optional().describe('A matched or active market order to run under: the job runs in its pool, and its metered use is billed to it.'),
    ...runFieldsSchema,
  })
  .superRefine(requireLatency)
  .superRefine((j, ctx) => {
    if (j.order !== undefined && (j.maxWaitS ?? 0) > 0) {
      ctx.addIssue({ code: 'custom', path: ['maxWaitS'], message: "a job under an order runs on the order's units when they are free: it cannot also wait for a cheaper hour" });
    }
  });
export type JobSubmit = z.output<typeof jobSubmitSchema>;

/** What an agent reports about a job it runs. */
export const jobReportSchema = z.strictObject({
  epoch: z.number().int().min(1).describe('The placement epoch the agent was given; reports about an older placement are refused.'),
  state: z.enum(['running', 'succeeded', 'failed'], { message: 'must be one of running, succeeded, failed' }),
  reason: z.string().max(2000).optional(),
  exitCode: z.number().int().min(-1_000_000).max(1_000_000).optional(),
  unitSeconds: z.number().int({ message: 'must be a whole number' }).min(0, { message: 'must not be negative' }).max(1e15).optional()
    .describe('Metered usage so far: units x seconds the job actually ran.'),
  at: z.number().int().min(0).max(1e14).optional().describe('When the change happened as the executor saw it, epoch ms (the start time for running, the end time otherwise).'),
  externalId: z.string().min(1).max(200).optional().describe("The workload manager's id for the job, e.g. the Slurm job id."),
});

/** How much of each output stream the platform keeps: the last 64 KiB (UTF-8 characters count as their bytes). */
export const OUTPUT_TAIL_BYTES = 65_536;

const streamTail = z.strictObject({
  tail: z.string().refine((t) => Buffer.byteLength(t, 'utf8') <= OUTPUT_TAIL_BYTES, { message: `must be at most ${OUTPUT_TAIL_BYTES} bytes: the last part of the stream only` })
    .describe(`The stream's last ${OUTPUT_TAIL_BYTES / 1024} KiB at most, as text.`),
  bytes: z.number().int({ message: 'must be a whole number' }).min(0, { message: 'must not be negative' }).max(1e15).describe('How many bytes the stream holds in all.'),
});

export const jobOutputSchema = z.strictObject({
  epoch: z.number().int().min(1).describe('The placement epoch the agent runs the job under.'),
  stdout: streamTail,
  stderr: streamTail,
});

export const jobListQuerySchema = z.strictObject({
  state: z.enum(JOB_STATES, { message: `must be one of ${JOB_STATES.join(', ')}` }).optional().describe('Only jobs in this state.'),
  tenant: z.string().min(1).max(200).optional().describe('Only this tenant\'s jobs (a tenant sees its own only).'),
  dataCenter: z.string().min(1).max(200).optional().describe('Only jobs placed at this data center.'),
  cursor: pageCursor(),
  limit: pageLimit(50, 'Jobs per page.'),
});

/** A job as the API shows it (its shape is the API contract's). */
export type JobView = z.output<typeof jobSchema>;

const iso = (ms: number): string => new Date(ms).toISOString();

export function jobView(j: JobRecord): JobView {
  return {
    id: j.id,
    tenant: j.tenantId,
    state: j.state,
    ...(j.reason !== undefined && { reason: j.reason }),
    spec: j.spec,
    ...(j.dataCenterId !== undefined && {
      placement: { dataCenter: j.dataCenterId, pool: j.poolId!, epoch: j.epoch, cost: formatYuan(j.cost ?? 0), costMinor: j.cost ?? 0, ...(j.externalId !== undefined && { externalId: j.externalId }) },
    }),
    attempts: j.attempts,
    ...(j.unitSeconds !== undefined && { usage: { unitSeconds: j.unitSeconds } }),
    createdAt: iso(j.createdAt),
    updatedAt: iso(j.updatedAt),
    ...(j.startedAt !== undefined && { startedAt: iso(j.startedAt) }),
    ...(j.endedAt !== undefined && { endedAt: iso(j.endedAt) }),
    ...(j.startAt !== undefined && j.startPlan !== undefined && {
      start: {
        plannedAt: iso(j.startAt), rule: j.startPlan.rule, reason: j.startPlan.reason,
        considered: j.startPlan.considered.map((o) => ({ at: iso(o.at), cost: formatYuan(o.cost), costMinor: o.cost, co2Kg: o.co2Kg, ...(o.pool !== undefined && { pool: o.pool }) })),
      },
    }),
  };
}


/** What jobs need of the market: whether a job may run under an order, and billing an order's metered use. */
export interface OrderHooks {
  checkJobOrder(orderId: string, tenantId: string, job: JobSpec): Promise<string | undefined>;
  meter(orderId: string, db: Db): Promise<void>;
}

/** What jobs need of the federation: a routed job cancelled here is cancelled where it runs. */
export interface RouteHooks {
  routedJobCancelled(job: JobRecord): Promise<void>;
}

/** Submission, reading, cancelling and agents' reports of jobs, each checked against the caller's scope. */
export class JobService {
  /** The market: whether a job may run under an order, and billing its use. */
  private readonly orders: OrderHooks | undefined;
  /** The federation: routed jobs cancelled here are cancelled where they run. */
  private readonly routes: RouteHooks | undefined;

  /** Submissions commit in groups: one transaction for all that arrive while the last one commits. */
  private readonly writes: GroupCommit;

  /** Reported use beyond units x (seconds since the platform saw the start + this) is not believed. */
  private readonly usageToleranceMs: number;

  constructor(private readonly store: Store, private readonly network: NetworkService, private readonly clock: Clock, options: { usageToleranceMs?: number; orders?: OrderHooks; routes?: RouteHooks } = {}) {
    this.writes = new GroupCommit(store.db);
    this.orders = options.orders;
    this.routes = options.routes;
    this.usageToleranceMs = options.usageToleranceMs ?? 10_000;
  }

  /** Validates one job body for `who`; issues are named from `prefix` (e.g. `jobs[3].`). */
  private async prepare(data: JobSubmit, who: Principal, prefix: string, live: LiveNetwork, bodyHash: string): Promise<{ issues: Issue[]; job?: Omit<NewJob, 'id'> }> {
    const at = (issues: Issue[]): Issue[] => issues.map((i) => ({ ...i, path: `${prefix}${i.path}`.replace(/\.$/, '') }));
    let tenantId: string;
    if (who.role === 'tenant-admin' || who.role === 'tenant-member') {
      if (data.tenant !== undefined && data.tenant !== who.tenantId) {
        return { issues: at([{ path: 'tenant', message: `a tenant token submits for its own tenant ("${who.tenantId}") only` }]) };
      }
      tenantId = who.tenantId!;
    } else if (who.role === 'platform-admin') {
      if (data.tenant === undefined) return { issues: at([{ path: 'tenant', message: 'an admin must name the tenant the job is for' }]) };
      if (!(await this.store.identity.getTenant(data.tenant))) return { issues: at([{ path: 'tenant', message: `unknown tenant "${data.tenant}"` }]) };
      tenantId = data.tenant;
    } else {
      throw new ForbiddenError(`role ${who.role} cannot submit jobs`);
    }
    const spec = toJobSpec({ ...data, id: 'new', submitAt: 0 });
    const { errors } = checkJobAgainstNetwork(spec, live.net, live.provinces);
    if (errors.length > 0) return { issues: at(errors) };
    if (data.order !== undefined) {
      const why = this.orders ? await this.orders.checkJobOrder(data.order, tenantId, spec) : 'this platform has no market';
      if (why !== undefined) return { issues: at([{ path: 'order', message: why }]) };
    }
    return {
      issues: [],
      job: {
        tenantId, spec: { ...data, tenant: tenantId }, class: data.class, origin: data.origin, units: data.units, ...(data.order !== undefined && { orderId: data.order }),
        bodyHash,
      },
    };
  }

  async submit(body: JobSubmit, who: Principal, idem?: Idempotency): Promise<{ job: JobView; created: boolean }> {
    const idempotencyKey = idem?.key;
    const live = await this.network.require();
    const { issues, job } = await this.prepare(body, who, '', live, idem?.hash ?? requestHash(body));
    if (!job) throw new ValidationError('request body', issues);
    const now = this.clock.now();
    const id = `job_${randomId()}`;
    const out = await this.writes.write(async (tx) => {
      const r = await this.store.jobs.submit({ id, ...job, ...(idempotencyKey !== undefined && { idempotencyKey }) }, now, tx);
      if (r.created) {
        await this.store.audit.append([{ at: now, actor: actorName(who), action: 'job.submit', target: id, source: who.source, detail: { tenant: job.tenantId, class: job.class, units: job.units } }], tx);
      }
      return r;
    });
    return { job: jobView(out.job), created: out.created };
  }

  /**
   * Submits up to 1,000 jobs in one call, all or none: one invalid job
   * refuses the batch, naming `jobs[i].field`. An Idempotency-Key covers
   * the whole batch: the same batch again returns the jobs it made, and a
   * different batch under the key is a conflict. Job i is stored under
   * `KEY i`, which no single job's key can be (keys have no spaces).
   */
  async submitBatch(list: JobSubmit[], who: Principal, idem?: Idempotency): Promise<{ jobs: JobView[]; created: number }> {
    const live = await this.network.require();
    const issues: Issue[] = [];
    const jobs: Omit<NewJob, 'id'>[] = [];
    for (const [i, b] of list.entries()) {
      const r = await this.prepare(b, who, `jobs[${i}].`, live, idem ? `${idem.hash}:${i}` : requestHash(b));
      issues.push(...r.issues);
      if (r.job) jobs.push(r.job);
      if (issues.length >= 100) break;
    }
    if (issues.length > 0) throw new ValidationError('request body', issues);
    const now = this.clock.now();
    const out = await this.writes.write(async (tx) => {
      const made = [];
      for (const [i, job] of jobs.entries()) {
        try {
          made.push(await this.store.jobs.submit({ id: `job_${randomId()}`, ...job, ...(idem !== undefined && { idempotencyKey: `${idem.key} ${i}` }) }, now, tx));
        } catch (e) {
          if (e instanceof ConflictError && idem !== undefined) throw new ConflictError(`Idempotency-Key "${idem.key}" was already used for a different batch`, { context: e.context ?? {} });
          throw e;
        }
      }
      const created = made.filter((m) => m.created);
      if (created.length > 0) {
        await this.store.audit.append([{ at: now, actor: actorName(who), action: 'job.submit-batch', target: created[0]!.job.id, source: who.source, detail: { jobs: created.length, tenant: jobs[0]!.tenantId } }], tx);
      }
      return made;
    });
    return { jobs: out.map((m) => jobView(m.job)), created: out.filter((m) => m.created).length };
  }

  /**
   * An agent's upload of the last part of a job's output: from the agent of
   * the job's data center only, under its current epoch, and bounded (the
   * schema keeps each stream to its tail). It replaces the one before.
   */
  async putOutput(id: string, o: z.output<typeof jobOutputSchema>, who: Principal): Promise<{ job: string; stdoutBytes: number; stderrBytes: number }> {
    const job = await this.store.jobs.get(id);
    const scope = dataCenterScope(who);
    if (!job || job.dataCenterId === undefined || (scope && !scope.includes(job.dataCenterId))) throw new NotFoundError(`job "${id}" not found at your data center`);
    if (o.epoch !== job.epoch) throw new ConflictError(`stale output: job "${id}" was placed again (epoch ${job.epoch}, output for ${o.epoch})`, { context: { epoch: job.epoch } });
    // A NUL cannot be stored as text in PostgreSQL: it becomes the replacement character, as bytes that are not UTF-8 already have.
    const clean = (x: { tail: string; bytes: number }) => ({ tail: x.tail.replaceAll('\u0000', '\uFFFD'), bytes: x.bytes });
    await this.store.jobs.saveOutput(id, { epoch: o.epoch, stdout: clean(o.stdout), stderr: clean(o.stderr) }, this.clock.now());
    return { job: id, stdoutBytes: o.stdout.bytes, stderrBytes: o.stderr.bytes };
  }

  /** The last part of a job's output, for its tenant, the platform's admins and its data center's operators; not found for anyone else. */
  async output(id: string, who: Principal): Promise<Record<string, unknown>> {
    const { job } = await this.get(id, who);
    const o = await this.store.jobs.output(id);
    const view = (x: { tail: string; bytes: number } | undefined) => ({ text: x?.tail ?? '', bytes: x?.bytes ?? 0, truncated: (x?.bytes ?? 0) > Buffer.byteLength(x?.tail ?? '', 'utf8') });
    return { job: id, state: job.state, epoch: o?.epoch ?? null, updatedAt: o ? new Date(o.updatedAt).toISOString() : null, stdout: view(o?.stdout), stderr: view(o?.stderr) };
  }

  /** The job if the caller may see it; otherwise not found (never forbidden: its existence is not disclosed). */
  async get(id: string, who: Principal): Promise<{ job: JobRecord; events: JobEvent[] }> {
    const job = await this.store.jobs.get(id);
    if (!job || !canSee(job, who)) throw new NotFoundError(`job "${id}" not found`);
    return { job, events: await this.store.jobs.events(id) };
  }

  async list(q: z.output<typeof jobListQuerySchema>, who: Principal): Promise<{ jobs: JobView[]; nextCursor: string | null }> {
    const tenantScope = who.role === 'tenant-admin' || who.role === 'tenant-member' ? who.tenantId : undefined;
    if (tenantScope !== undefined && q.tenant !== undefined && q.tenant !== tenantScope) return { jobs: [], nextCursor: null };
    const dcs = dataCenterScope(who);
    const rows = await this.store.jobs.list({
      ...(q.state && { state: q.state }),
      ...((tenantScope ?? q.tenant) !== undefined && { tenantId: (tenantScope ?? q.tenant)! }),
      ...(q.dataCenter && { dataCenterId: q.dataCenter }),
      ...(dcs && { dataCenters: dcs }),
      ...(q.cursor && { before: Number(q.cursor) }),
      limit: q.limit + 1,
    });
    const page = rows.slice(0, q.limit);
    return { jobs: page.map(jobView), nextCursor: rows.length > q.limit ? String(page.at(-1)!.seq) : null };
  }

  async cancel(id: string, who: Principal, reason = 'cancelled by the owner'): Promise<JobView> {
    const { job } = await this.get(id, who);
    if (who.role !== 'platform-admin' && who.role !== 'tenant-admin' && who.role !== 'tenant-member') throw new ForbiddenError(`role ${who.role} cannot cancel jobs`);
    if (job.state === 'cancelled') return jobView(job);
    const now = this.clock.now();
    const applied = await this.store.db.transaction(async (tx) => {
      // Locks in the market's order (order, then its jobs, then accounts), so this cannot deadlock with an order ending.
      if (job.orderId !== undefined) await this.store.market.lockOrder(job.orderId, tx);
      const moved = await this.store.jobs.transition([{ id, from: statesBefore('cancelled'), to: 'cancelled', reason, ...meteredUntil(job, now) }], now, tx);
      if (moved.length > 0) await this.store.audit.append([{ at: now, actor: actorName(who), action: 'job.cancel', target: id, source: who.source }], tx);
      if (moved.length > 0 && job.orderId !== undefined) await this.orders?.meter(job.orderId, tx);
      return moved.length > 0;
    });
    const after = (await this.store.jobs.get(id))!;
    if (!applied) throw new ConflictError(`job "${id}" is ${after.state} and can no longer be cancelled`);
    // A job routed to another platform is stopped there too.
    if ((job.state === 'routed' || job.state === 'running') && job.dataCenterId === undefined) await this.routes?.routedJobCancelled(job);
    return jobView(after);
  }

  /**
   * An agent's report of a job at its data center. The platform believes an
   * agent only about its own data center's jobs, at their current epoch, in
   * a state the report may follow; every refusal is audited. Reported use is
   * capped at units x (time since the platform saw the job start, or since
   * it was placed, plus a tolerance), and a cap is audited too.
   */
  async report(id: string, r: z.output<typeof jobReportSchema>, who: Principal): Promise<JobView> {
    const job = await this.store.jobs.get(id);
    const scope = dataCenterScope(who);
    const now = this.clock.now();
    const refuse = async (error: Error, why: string): Promise<never> => {
      await this.store.audit.append([{ at: now, actor: actorName(who), action: 'job.report-refused', target: id, source: who.source, detail: { why, state: r.state, epoch: r.epoch } }]);
      throw error;
    };
    if (!job || job.dataCenterId === undefined || (scope && !scope.includes(job.dataCenterId))) return refuse(new NotFoundError(`job "${id}" not found at your data center`), 'not at this data center');
    if (r.epoch !== job.epoch) {
      return refuse(new ConflictError(`stale report: job "${id}" was placed again (epoch ${job.epoch}, report for ${r.epoch}); stop running it`, { context: { epoch: job.epoch } }), `stale epoch ${r.epoch} of ${job.epoch}`);
    }
    const reason = r.reason ?? (r.exitCode !== undefined ? `exit code ${r.exitCode}` : undefined);
    // A placed job cannot have started before the platform placed it here (its last change while placed), nor after now.
    const earliest = job.state === 'placed' ? job.updatedAt : job.createdAt;
    const at = r.at !== undefined && r.at >= earliest && r.at <= now ? r.at : undefined;
    // Use counts from the start the platform saw, or from the placement of a job not yet running.
    const since = job.state === 'running' ? (job.startedAt ?? job.updatedAt) : job.updatedAt;
    const allowed = job.units * Math.ceil((Math.max(0, now - since) + this.usageToleranceMs) / 1000);
    const unitSeconds = r.unitSeconds === undefined ? undefined : Math.min(r.unitSeconds, allowed);
    const applied = await this.store.db.transaction(async (tx) => {
      if (job.orderId !== undefined) await this.store.market.lockOrder(job.orderId, tx);
      const moved = await this.store.jobs.transition([{ id, from: statesBefore(r.state), to: r.state, epoch: r.epoch, ...(reason !== undefined && { reason }), ...(unitSeconds !== undefined && { unitSeconds }),
        ...(r.externalId !== undefined && { externalId: r.externalId }), ...(at !== undefined && { at }) }], now, tx);
      if (moved.length > 0) {
        await this.store.audit.append([{ at: now, actor: actorName(who), action: `job.${r.state}`, target: id, source: who.source, detail: { epoch: r.epoch, ...(r.exitCode !== undefined && { exitCode: r.exitCode }) } }], tx);
        if (unitSeconds !== r.unitSeconds) {
          await this.store.audit.append([{ at: now, actor: actorName(who), action: 'job.usage-capped', target: id, source: who.source, detail: { reported: r.unitSeconds, allowed } }], tx);
        }
      }
      // A job under an order bills its metered use to the order in the same transaction as the report.
      if (moved.length > 0 && job.orderId !== undefined) await this.orders?.meter(job.orderId, tx);
      return moved.length > 0;
    });
    const after = (await this.store.jobs.get(id))!;
    if (!applied && after.state !== r.state) return refuse(new ConflictError(`job "${id}" is ${after.state}; it cannot become ${r.state}`), `${after.state} cannot become ${r.state}`);
    return jobView(after);
  }
}


/**
 * A running job stopped by the platform (cancelled, or its order ended) is
 * metered up to now: units x whole seconds since it started, or what its
 * agent last reported if that is more.
 */
export function meteredUntil(job: JobRecord, now: number): { unitSeconds?: number } {
  if (job.state !== 'running' || job.startedAt === undefined) return {};
  return { unitSeconds: Math.max(job.unitSeconds ?? 0, job.units * Math.max(0, Math.floor((now - job.startedAt) / 1000))) };
}

/** Whether `who` may see `job` at all. */
export function canSee(job: JobRecord, who: Principal): boolean {
  switch (who.role) {
    case 'platform-admin':
      return true;
    case 'tenant-admin':
    case 'tenant-member':
      return job.tenantId === who.tenantId;
    case 'dc-operator':
    case 'dc-agent':
      return job.dataCenterId !== undefined && (who.dataCenters ?? []).includes(job.dataCenterId);
    default:
      return false;
  }
}

/** The stored spec -> the placement engine's JobSpec (submitted now). */
export function specOf(job: JobRecord): JobSpec {
  // The spec was validated when it was submitted; it is stored in the schema's output form.
  const { name: _name, command: _c, workdir: _w, env: _e, timeLimitS: _t, image: _i, order: _o, ...fields } = job.spec;
  return toJobSpec({ ...(fields as unknown as Parameters<typeof toJobSpec>[0]), id: job.id, submitAt: 0, tenant: job.tenantId });
}
