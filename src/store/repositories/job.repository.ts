import { ConflictError } from '../../core/errors.js';
import type { JobState } from '../../core/workload/lifecycle.js';
import { placeholders } from '../db.js';
import type { Db, SqlValue } from '../db.js';

/** A job as stored. `spec` is the submitted body after validation. */
/** The last part of a job's output streams: each one's tail (text) and its whole length in bytes. */
export interface JobOutput {
  epoch: number;
  stdout: { tail: string; bytes: number };
  stderr: { tail: string; bytes: number };
}

export interface JobRecord {
  seq: number;
  id: string;
  tenantId: string;
  idempotencyKey?: string;
  spec: Record<string, unknown>;
  class: string;
  origin: string;
  units: number;
  state: JobState;
  reason?: string;
  dataCenterId?: string;
  poolId?: string;
  /** Total cost of the placement, 1/10,000 yuan. */
  cost?: number;
  explanation?: unknown;
  /** Fencing token: raised at every placement, so reports about an older one can be refused. */
  epoch: number;
  attempts: number;
  /** Metered usage reported by the agent: units x seconds actually run. */
  unitSeconds?: number;
  /** The workload manager's id for the job (a Slurm job id, a process id). */
  externalId?: string;
  /** The market order the job runs under. */
  orderId?: string;
  createdAt: number;
  updatedAt: number;
  startedAt?: number;
  endedAt?: number;
  /** Data centers the job was lost from; it is not placed there again. */
  lostFrom?: string[];
  /** For a job that may wait: when the engine planned it to start, epoch ms; it is held pending until then. */
  startAt?: number;
  /** The plan behind `startAt`: the rule, why, and the starts weighed. */
  startPlan?: StartPlan;
}

/** A planned start as stored: times in epoch ms, costs in 1/10,000 yuan. */
export interface StartPlan {
  rule: string;
  reason: string;
  considered: { at: number; cost: number; co2Kg: number; pool?: string }[];
}

export interface JobEvent {
  state: JobState;
  at: number;
  reason?: string;
}

export interface NewJob {
  id: string;
  tenantId: string;
  idempotencyKey?: string;
  bodyHash: string;
  spec: Record<string, unknown>;
  class: string;
  origin: string;
  units: number;
  orderId?: string;
}

export interface JobFilter {
  state?: JobState;
  tenantId?: string;
  dataCenterId?: string;
  /** Only these data centers (a dc-operator's scope). */
  dataCenters?: readonly string[];
  /** Cursor: jobs with a smaller seq than this. */
  before?: number;
  limit: number;
}

/** A change of state, applied only if the job is still in one of `from`. */
export interface Transition {
  id: string;
  from: readonly JobState[];
  to: JobState;
  reason?: string;
  /** Placement fields to set with the move to `placed`; the epoch is raised. */
  placement?: { dataCenterId: string; poolId: string; cost: number; explanation: unknown };
  /** Metered usage to record (units x seconds actually run). */
  unitSeconds?: number;
  /** The workload manager's id for the job. */
  externalId?: string;
  /** When the change happened, if known better than now (an agent's executor saw it): sets the start or end time. */
  at?: number;
  /** Why the placer decided as it did, for a job that fails placement. */
  explanation?: unknown;
  /** Clear the placement (a job going back to pending). */
  unplace?: boolean;
  /** Only if the job's epoch is still this one (fencing). */
  epoch?: number;
  /** The data centers the job has been lost from, this one included (with the move to `lost`). */
  lostFrom?: readonly string[];
}

const COLUMNS = 'seq, id, tenant_id, idem_key, spec, class, origin, units, state, reason, dc_id, pool_id, cost, explanation, epoch, attempts, unit_seconds, external_id, order_id, created_at, updated_at, started_at, ended_at, lost_from, start_at, start_plan';

interface JobRow {
  seq: number; id: string; tenant_id: string; idem_key: string | null; spec: string; class: string; origin: string; units: number;
  state: string; reason: string | null; dc_id: string | null; pool_id: string | null; cost: number | null; explanation: string | null;
  epoch: number; attempts: number; unit_seconds: number | null; external_id: string | null; order_id: string | null; created_at: number; updated_at: number; started_at: number | null; ended_at: number | null; lost_from: string | null;
  start_at: number | null; start_plan: string | null;
}

function toJob(r: JobRow): JobRecord {
  return {
    seq: Number(r.seq),
    id: r.id,
    tenantId: r.tenant_id,
    ...(r.idem_key !== null && { idempotencyKey: r.idem_key }),
    spec: JSON.parse(r.spec) as Record<string, unknown>,
    class: r.class,
    origin: r.origin,
    units: Number(r.units),
    state: r.state as JobState,
    ...(r.reason !== null && { reason: r.reason }),
    ...(r.dc_id !== null && { dataCenterId: r.dc_id }),
    ...(r.pool_id !== null && { poolId: r.pool_id }),
    ...(r.cost !== null && { cost: Number(r.cost) }),
    ...(r.explanation !== null && { explanation: JSON.parse(r.explanation) as unknown }),
    epoch: Number(r.epoch),
    attempts: Number(r.attempts),
    ...(r.unit_seconds !== null && { unitSeconds: Number(r.unit_seconds) }),
    ...(r.external_id !== null && { externalId: r.external_id }),
    ...(r.order_id !== null && { orderId: r.order_id }),
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
    ...(r.started_at !== null && { startedAt: Number(r.started_at) }),
    ...(r.ended_at !== null && { endedAt: Number(r.ended_at) }),
    ...(r.lost_from !== null && { lostFrom: JSON.parse(r.lost_from) as string[] }),
    ...(r.start_at !== null && { startAt: Number(r.start_at) }),
    ...(r.start_plan !== null && { startPlan: JSON.parse(r.start_plan) as StartPlan }),
  };
}

/** Jobs and their history of states. */
export class JobRepository {
  constructor(private readonly db: Db) {}

  /**
   * Stores a new pending job, or, for an idempotency key already used by the
   * tenant, returns the job it made (`created: false`) when the body is the
   * same and refuses it when the body differs.
   */
  async submit(job: NewJob, now: number, db: Db = this.db): Promise<{ job: JobRecord; created: boolean }> {
    return db.transaction(async (tx) => {
      if (job.idempotencyKey !== undefined) {
        const prior = await tx.one<JobRow & { body_hash: string }>(`SELECT ${COLUMNS}, body_hash FROM jobs WHERE tenant_id = ? AND idem_key = ?`, [job.tenantId, job.idempotencyKey]);
        if (prior) {
          if (prior.body_hash !== job.bodyHash) {
            throw new ConflictError(`Idempotency-Key "${job.idempotencyKey}" was already used for job ${prior.id} with a different body`, { context: { jobId: prior.id } });
          }
          return { job: toJob(prior), created: false };
        }
      }
      // The first event (pending, submitted) is the job row itself: events() reads it from created_at.
      const seq = await tx.one<{ seq: number }>(
        'INSERT INTO jobs (id, tenant_id, idem_key, body_hash, spec, class, origin, units, state, order_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq',
        [job.id, job.tenantId, job.idempotencyKey ?? null, job.bodyHash, JSON.stringify(job.spec), job.class, job.origin, job.units, 'pending', job.orderId ?? null, now, now],
      );
      return {
        job: {
          seq: Number(seq!.seq), id: job.id, tenantId: job.tenantId, ...(job.idempotencyKey !== undefined && { idempotencyKey: job.idempotencyKey }),
          spec: job.spec, class: job.class, origin: job.origin, units: job.units, state: 'pending', epoch: 0, attempts: 0, createdAt: now, updatedAt: now,
          ...(job.orderId !== undefined && { orderId: job.orderId }),
        },
        created: true,
      };
    });
  }

  async get(id: string): Promise<JobRecord | undefined> {
    const r = await this.db.one<JobRow>(`SELECT ${COLUMNS} FROM jobs WHERE id = ?`, [id]);
    return r && toJob(r);
  }

  /** The job's history: submission, then every change of state, oldest first. */
  /** The news of a job routed to another platform: its reason and explanation change; `onlyWhileRouted` leaves a job that has moved on alone. */
  async noteRouted(id: string, change: { reason?: string; explanation: unknown }, now: number, onlyWhileRouted: boolean, db: Db = this.db): Promise<void> {
    await db.run(
      `UPDATE jobs SET ${change.reason !== undefined ? 'reason = ?, ' : ''}explanation = ?, updated_at = ? WHERE id = ?${onlyWhileRouted ? " AND state = 'routed'" : ''}`,
      [...(change.reason !== undefined ? [change.reason] : []), JSON.stringify(change.explanation), now, id],
    );
  }

  /** Keeps the last part of a job's output (each stream's tail, and how many bytes it had in all), replacing the one before. */
  async saveOutput(jobId: string, o: JobOutput, at: number): Promise<void> {
    await this.db.run(
      `INSERT INTO job_output (job_id, epoch, stdout, stderr, stdout_bytes, stderr_bytes, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (job_id) DO UPDATE SET epoch = excluded.epoch, stdout = excluded.stdout, stderr = excluded.stderr,
         stdout_bytes = excluded.stdout_bytes, stderr_bytes = excluded.stderr_bytes, updated_at = excluded.updated_at`,
      [jobId, o.epoch, o.stdout.tail, o.stderr.tail, o.stdout.bytes, o.stderr.bytes, at],
    );
  }

  async output(jobId: string): Promise<(JobOutput & { updatedAt: number }) | undefined> {
    const r = await this.db.one<{ epoch: number; stdout: string; stderr: string; stdout_bytes: number | string; stderr_bytes: number | string; updated_at: number | string }>(
      'SELECT epoch, stdout, stderr, stdout_bytes, stderr_bytes, updated_at FROM job_output WHERE job_id = ?', [jobId]);
    return r && {
      epoch: Number(r.epoch), stdout: { tail: r.stdout, bytes: Number(r.stdout_bytes) }, stderr: { tail: r.stderr, bytes: Number(r.stderr_bytes) }, updatedAt: Number(r.updated_at),
    };
  }

  async events(id: string): Promise<JobEvent[]> {
    const job = await this.db.one<{ created_at: number }>('SELECT created_at FROM jobs WHERE id = ?', [id]);
    if (!job) return [];
    const rows = await this.db.all<{ state: string; at: number; reason: string | null }>('SELECT state, at, reason FROM job_events WHERE job_id = ? ORDER BY id', [id]);
    return [
      { state: 'pending', at: Number(job.created_at), reason: 'submitted' },
      ...rows.map((r) => ({ state: r.state as JobState, at: Number(r.at), ...(r.reason !== null && { reason: r.reason }) })),
    ];
  }

  /** Newest first; pass the last seq seen as `before` for the next page. */
  async list(f: JobFilter): Promise<JobRecord[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (f.state) { where.push('state = ?'); params.push(f.state); }
    if (f.tenantId) { where.push('tenant_id = ?'); params.push(f.tenantId); }
    if (f.dataCenterId) { where.push('dc_id = ?'); params.push(f.dataCenterId); }
    if (f.dataCenters) {
      if (f.dataCenters.length === 0) return [];
      where.push(`dc_id IN (${placeholders(f.dataCenters.length)})`);
      params.push(...f.dataCenters);
    }
    if (f.before !== undefined) { where.push('seq < ?'); params.push(f.before); }
    params.push(f.limit);
    const rows = await this.db.all<JobRow>(`SELECT ${COLUMNS} FROM jobs ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ?`, params);
    return rows.map(toJob);
  }

  /** Pending jobs due for a placement attempt at `now`, in submission order. */
  async pending(limit: number, now = Number.MAX_SAFE_INTEGER): Promise<JobRecord[]> {
    const rows = await this.db.all<JobRow>(`SELECT ${COLUMNS} FROM jobs WHERE state = 'pending' AND (not_before IS NULL OR not_before <= ?) ORDER BY seq LIMIT ?`, [now, limit]);
    return rows.map(toJob);
  }

  /** Jobs in these states at these data centers (all data centers when omitted), oldest first. */
  async inStates(states: readonly JobState[], limit: number, dataCenterId?: string): Promise<JobRecord[]> {
    const params: SqlValue[] = [...states];
    let sql = `SELECT ${COLUMNS} FROM jobs WHERE state IN (${placeholders(states.length)})`;
    if (dataCenterId !== undefined) { sql += ' AND dc_id = ?'; params.push(dataCenterId); }
    params.push(limit);
    const rows = await this.db.all<JobRow>(`${sql} ORDER BY seq LIMIT ?`, params);
    return rows.map(toJob);
  }

  /** The jobs of a market order in these states. */
  async ofOrder(orderId: string, states: readonly JobState[], db: Db = this.db): Promise<JobRecord[]> {
    const rows = await db.all<JobRow>(`SELECT ${COLUMNS} FROM jobs WHERE order_id = ? AND state IN (${placeholders(states.length)}) ORDER BY seq`, [orderId, ...states]);
    return rows.map(toJob);
  }

  /** Units held by placed and running jobs, per pool. */
  async unitsHeld(): Promise<{ dataCenterId: string; poolId: string; units: number }[]> {
    const rows = await this.db.all<{ dc_id: string; pool_id: string; units: number }>(
      "SELECT dc_id, pool_id, SUM(units) AS units FROM jobs WHERE state IN ('placed', 'running') GROUP BY dc_id, pool_id",
    );
    return rows.map((r) => ({ dataCenterId: r.dc_id, poolId: r.pool_id, units: Number(r.units) }));
  }

  /** Units held by placed and running jobs per origin, data center and class: what the offload cap counts. */
  async heldByOrigin(): Promise<{ origin: string; dataCenterId: string; class: string; units: number }[]> {
    const rows = await this.db.all<{ origin: string; dc_id: string; class: string; units: number }>(
      "SELECT origin, dc_id, class, SUM(units) AS units FROM jobs WHERE state IN ('placed', 'running') GROUP BY origin, dc_id, class",
    );
    return rows.map((r) => ({ origin: r.origin, dataCenterId: r.dc_id, class: r.class, units: Number(r.units) }));
  }

  /**
   * Units and jobs submitted per day from `from` (a day's start) to `to`, by
   * class and by the data center that holds each job (none for a job never
   * placed): the demand a trend is fitted to. `day` counts days from `from`.
   */
  async submittedPerDay(from: number, to: number): Promise<{ day: number; class: string; dataCenterId: string | null; jobs: number; units: number }[]> {
    const rows = await this.db.all<{ day: number; class: string; dc_id: string | null; n: number; units: number }>(
      `SELECT (created_at - ?) / ${86_400_000} AS day, class, dc_id, COUNT(*) AS n, SUM(units) AS units
       FROM jobs WHERE created_at >= ? AND created_at < ? GROUP BY (created_at - ?) / ${86_400_000}, class, dc_id`,
      [from, from, to, from],
    );
    return rows.map((r) => ({ day: Math.floor(Number(r.day)), class: r.class, dataCenterId: r.dc_id, jobs: Number(r.n), units: Number(r.units) }));
  }

  /** Placed and running jobs per origin and data center: where work flows. */
  async flows(): Promise<{ origin: string; dataCenterId: string; jobs: number; units: number }[]> {
    const rows = await this.db.all<{ origin: string; dc_id: string; n: number; units: number }>(
      "SELECT origin, dc_id, COUNT(*) AS n, SUM(units) AS units FROM jobs WHERE state IN ('placed', 'running') GROUP BY origin, dc_id",
    );
    return rows.map((r) => ({ origin: r.origin, dataCenterId: r.dc_id, jobs: Number(r.n), units: Number(r.units) }));
  }

  /**
   * Unit-milliseconds run from each origin at each data center between
   * `from` and `to`: every job that started, counted for the part of its run
   * inside the window (running jobs up to `to`), and the part of it that is
   * batch work. Portable SQL: the overlap is taken with CASE, not LEAST and
   * GREATEST, and batch work is found in the stored spec, which is written
   * by JSON.stringify (so `"latency":"batch"` appears exactly so).
   */
  async ranBetween(from: number, to: number): Promise<{ origin: string; dataCenterId: string; jobs: number; unitMs: number; batchUnitMs: number }[]> {
    const end = 'CASE WHEN ended_at IS NULL OR ended_at > ? THEN ? ELSE ended_at END';
    const start = 'CASE WHEN started_at < ? THEN ? ELSE started_at END';
    const rows = await this.db.all<{ origin: string; dc_id: string; n: number; unit_ms: number; batch_ms: number }>(
      `SELECT origin, dc_id, COUNT(*) AS n,
         SUM(units * ((${end}) - (${start}))) AS unit_ms,
         SUM(CASE WHEN spec LIKE '%"latency":"batch"%' THEN units * ((${end}) - (${start})) ELSE 0 END) AS batch_ms
       FROM jobs
       WHERE dc_id IS NOT NULL AND started_at IS NOT NULL AND started_at < ? AND (ended_at IS NULL OR ended_at > ?)
       GROUP BY origin, dc_id`,
      [to, to, from, from, to, to, from, from, to, from],
    );
    return rows.map((r) => ({ origin: r.origin, dataCenterId: r.dc_id, jobs: Number(r.n), unitMs: Number(r.unit_ms), batchUnitMs: Number(r.batch_ms) }));
  }

  /** Job counts per state, optionally for some data centers only. */
  async countByState(dataCenters?: readonly string[], tenantId?: string): Promise<Record<string, number>> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (dataCenters) {
      if (dataCenters.length === 0) return {};
      where.push(`dc_id IN (${placeholders(dataCenters.length)})`);
      params.push(...dataCenters);
    }
    if (tenantId) { where.push('tenant_id = ?'); params.push(tenantId); }
    const rows = await this.db.all<{ state: string; n: number }>(`SELECT state, COUNT(*) AS n FROM jobs ${where.length ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY state`, params);
    return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
  }

  /** Applies transitions in one transaction; returns those that applied (the job was still in a `from` state). */
  async transition(moves: readonly Transition[], now: number, db: Db = this.db): Promise<Transition[]> {
    if (moves.length === 0) return [];
    return db.transaction(async (tx) => {
      const applied: Transition[] = [];
      for (const m of moves) {
        const sets = ['state = ?', 'reason = ?', 'updated_at = ?'];
        const params: SqlValue[] = [m.to, m.reason ?? null, now];
        if (m.placement) {
          sets.push('dc_id = ?', 'pool_id = ?', 'cost = ?', 'explanation = ?', 'epoch = epoch + 1', 'attempts = attempts + 1');
          params.push(m.placement.dataCenterId, m.placement.poolId, m.placement.cost, JSON.stringify(m.placement.explanation));
        }
        if (m.unitSeconds !== undefined) {
          sets.push('unit_seconds = ?');
          params.push(m.unitSeconds);
        }
        if (m.explanation !== undefined) {
          sets.push('explanation = ?');
          params.push(JSON.stringify(m.explanation));
        }
        if (m.unplace) sets.push('dc_id = NULL', 'pool_id = NULL', 'cost = NULL');
        if (m.to === 'running') { sets.push('started_at = ?'); params.push(m.at ?? now); }
        if (m.to === 'succeeded' || m.to === 'failed' || m.to === 'cancelled' || m.to === 'lost') { sets.push('ended_at = ?'); params.push(m.at ?? now); }
        if (m.externalId !== undefined) { sets.push('external_id = ?'); params.push(m.externalId); }
        if (m.lostFrom !== undefined) { sets.push('lost_from = ?'); params.push(JSON.stringify(m.lostFrom)); }
        params.push(m.id, ...m.from);
        let sql = `UPDATE jobs SET ${sets.join(', ')} WHERE id = ? AND state IN (${placeholders(m.from.length)})`;
        if (m.epoch !== undefined) { sql += ' AND epoch = ?'; params.push(m.epoch); }
        if ((await tx.run(sql, params)) === 0) continue;
        await tx.run('INSERT INTO job_events (job_id, state, at, reason) VALUES (?, ?, ?, ?)', [m.id, m.to, m.at ?? now, m.reason ?? null]);
        applied.push(m);
      }
      return applied;
    });
  }

  /**
   * Records the planned start of pending jobs that may wait: each is held
   * (not offered for placement) until its `startAt`, with the plan and a
   * reason the job's page shows.
   */
  async planStarts(plans: readonly { id: string; startAt: number; plan: StartPlan; reason: string }[], now: number): Promise<void> {
    if (plans.length === 0) return;
    await this.db.transaction(async (tx) => {
      for (const p of plans) {
        await tx.run("UPDATE jobs SET start_at = ?, start_plan = ?, not_before = ?, reason = ?, updated_at = ? WHERE id = ? AND state = 'pending'",
          [p.startAt, JSON.stringify(p.plan), p.startAt, p.reason, now, p.id]);
      }
    });
  }

  /** Records why a pending job is still waiting, and when to try it again, without a state change. */
  async noteWaiting(ids: readonly string[], reason: (id: string) => string, now: number, retryAt: number): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const id of ids) {
        await tx.run("UPDATE jobs SET reason = ?, not_before = ?, updated_at = ? WHERE id = ? AND state = 'pending'", [reason(id), retryAt, now, id]);
      }
    });
  }
}
