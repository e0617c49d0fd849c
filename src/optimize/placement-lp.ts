import { STANDARD_CHECKERS } from '../core/placement/checkers.js';
import type { PlacementContext } from '../core/placement/context.js';
import { costOf, unplacedCost } from '../core/placement/cost.js';
import type { Candidate, PlacementState } from '../core/placement/types.js';
import type { JobSpec } from '../core/workload/job.js';

/**
 * The placement problem as a linear program over feasible job-pool pairs
 * (docs/placement.md, "The LP bound"):
 *
 *   minimise   sum c_jp x_jp + sum penalty_j u_j
 *   subject to sum_p x_jp + u_j = 1                        for every job j
 *              load_p(t) <= free_p(t)                      for every pool p and checkpoint t
 *              0 <= x, u <= 1
 *
 * where load_p(t) = sum of units_j x_jp over the jobs running at t. Only pairs
 * that pass every static checker (class, model, latency, residency, green,
 * price), on pools big enough for the job, become columns. A pool's load can
 * only peak at a start that is followed by an end, so checkpoints are those
 * peaks, and only the ones where the pool could be oversubscribed at all.
 *
 * The load is written as a chain of variables, L_k = L_{k-1} + (units that
 * start) - (units that end) between checkpoints k-1 and k, bounded above by the
 * free capacity. Each x_jp then appears in at most two chain rows instead of
 * in every row its run overlaps, which keeps a trace-sized model to a few
 * million nonzeros instead of a hundred million.
 */
export interface PlacementLp {
  jobs: JobSpec[];
  /** Columns 0..assignmentCols-1: job index, pool index (-1 for the unplaced column), cost in 1/10,000 yuan. */
  colJob: Int32Array;
  colPool: Int32Array;
  colCost: Float64Array;
  colUpper: Float64Array;
  /** Columns of x and u; the load columns follow them. */
  assignmentCols: number;
  /** One per load column: its pool, time and free capacity. */
  checkpoints: { pool: number; time: number; free: number }[];
  rowLower: Float64Array;
  rowUpper: Float64Array;
  rowStarts: number[];
  rowIndices: number[];
  rowValues: number[];
  numCols: number;
  numRows: number;
  ctx: PlacementContext;
}

/** Units of a pool already held by earlier commitments. */
export type Commitments = readonly { pool: number; end: number; units: number }[];

export function buildPlacementLp(ctx: PlacementContext, jobs: readonly JobSpec[], committed: Commitments = []): PlacementLp {
  const net = ctx.network;
  const nPools = ctx.pools.length;
  const total = ctx.pools.map((p) => p.units);
  const unlimited: PlacementState = { free: Float64Array.from(total, () => Number.POSITIVE_INFINITY), total, classUse: 0 };
  const checks = STANDARD_CHECKERS.filter((k) => k.name !== 'capacity');

  const colJob: number[] = [];
  const colPool: number[] = [];
  const colCost: number[] = [];
  /** Per pool: the x columns on it, with their job. */
  const byPool: { col: number; job: number }[][] = Array.from({ length: nPools }, () => []);

  jobs.forEach((job, j) => {
    const row = net.latencyRow(job.origin);
    const home = net.homeHub(job.origin);
    for (const pool of ctx.poolsByClass[job.class]) {
      if (pool.units < job.units) continue;
      const dc = ctx.dcOfPool.get(pool.key)!;
      const poolIndex = ctx.poolIndex.get(pool.key)!;
      const c: Candidate = { pool, dc, poolIndex, latencyMs: row[ctx.dcIndexOf(dc)] as number, crossesHubs: dc.hubId !== home };
      if (!checks.every((k) => k.passes(job, c, unlimited))) continue;
      byPool[poolIndex]!.push({ col: colJob.length, job: j });
      colJob.push(j);
      colPool.push(poolIndex);
      colCost.push(costOf(job, pool, dc, net.scenario, c.crossesHubs).total);
    }
    colJob.push(j);
    colPool.push(-1);
    colCost.push(unplacedCost(job, net.scenario));
  });

  // Assignment rows, one per job: its columns are consecutive.
  const rowStarts: number[] = [0];
  const rowIndices: number[] = [];
  const rowValues: number[] = [];
  for (let c = 0; c < colJob.length; c++) {
    rowIndices.push(c);
    rowValues.push(1);
    if (c + 1 === colJob.length || colJob[c + 1] !== colJob[c]) rowStarts.push(rowIndices.length);
  }

  const committedByPool: { end: number; units: number }[][] = Array.from({ length: nPools }, () => []);
  for (const k of committed) committedByPool[k.pool]!.push({ end: k.end, units: k.units });
  const assignmentCols = colJob.length;
  const colUpper: number[] = new Array<number>(assignmentCols).fill(1);
  const checkpoints: PlacementLp['checkpoints'] = [];
  const rowLower: number[] = new Array<number>(jobs.length).fill(1);
  const rowUpper: number[] = new Array<number>(jobs.length).fill(1);

  for (let p = 0; p < nPools; p++) {
    const cols = byPool[p]!;
    if (cols.length === 0) continue;
    const held = (t: number): number => committedByPool[p]!.reduce((s, k) => (k.end > t ? s + k.units : s), 0);
    // Events of the jobs that could use the pool; ends first at equal times.
    const events: { t: number; start: boolean; i: number }[] = [];
    cols.forEach((c, i) => {
      const job = jobs[c.job]!;
      events.push({ t: job.submitAt, start: true, i }, { t: job.submitAt + job.durationS, start: false, i });
    });
    events.sort((a, b) => a.t - b.t || Number(a.start) - Number(b.start));
    // Potential load after each event, and the checkpoints: peaks where the pool could be oversubscribed.
    let load = 0;
    const isCheckpoint: boolean[] = new Array<boolean>(events.length).fill(false);
    const free: number[] = new Array<number>(events.length).fill(0);
    let any = false;
    events.forEach((ev, e) => {
      load += (ev.start ? 1 : -1) * jobs[cols[ev.i]!.job]!.units;
      const next = events[e + 1];
      if (!ev.start || (next && next.start)) return;
      free[e] = Math.max(0, (total[p] as number) - held(ev.t));
      if (load > (free[e] as number)) {
        isCheckpoint[e] = true;
        any = true;
      }
    });
    if (!any) continue;
    // The chain: row k says L_k - L_{k-1} - (starts since k-1) + (ends since k-1) = 0.
    let prevL = -1;
    let pending: number[] = [];
    let pendingValues: number[] = [];
    events.forEach((ev, e) => {
      pending.push(cols[ev.i]!.col);
      pendingValues.push((ev.start ? -1 : 1) * jobs[cols[ev.i]!.job]!.units);
      if (!isCheckpoint[e]) return;
      const l = colJob.length + checkpoints.length;
      checkpoints.push({ pool: p, time: ev.t, free: free[e] as number });
      colUpper.push(free[e] as number);
      rowIndices.push(l);
      rowValues.push(1);
      if (prevL >= 0) {
        rowIndices.push(prevL);
        rowValues.push(-1);
      }
      // A job that starts and ends between two checkpoints adds and removes the same units: drop both.
      const net = new Map<number, number>();
      pending.forEach((col, k) => net.set(col, (net.get(col) ?? 0) + (pendingValues[k] as number)));
      for (const [col, v] of net) {
        if (v === 0) continue;
        rowIndices.push(col);
        rowValues.push(v);
      }
      rowStarts.push(rowIndices.length);
      rowLower.push(0);
      rowUpper.push(0);
      pending = [];
      pendingValues = [];
      prevL = l;
    });
  }

  const numCols = assignmentCols + checkpoints.length;
  const cost = new Float64Array(numCols);
  cost.set(colCost);
  return {
    jobs: [...jobs],
    colJob: Int32Array.from(colJob),
    colPool: Int32Array.from(colPool),
    colCost: cost,
    colUpper: Float64Array.from(colUpper),
    assignmentCols,
    checkpoints,
    rowLower: Float64Array.from(rowLower),
    rowUpper: Float64Array.from(rowUpper),
    rowStarts,
    rowIndices,
    rowValues,
    numCols,
    numRows: rowLower.length,
    ctx,
  };
}
