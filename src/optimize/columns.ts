import { onGrid } from '../core/placement/capacity-prices.js';
import { STANDARD_CHECKERS } from '../core/placement/checkers.js';
import type { PlacementContext } from '../core/placement/context.js';
import { costOf, unplacedCost } from '../core/placement/cost.js';
import type { Candidate, PlacementState } from '../core/placement/types.js';
import type { JobSpec } from '../core/workload/job.js';
import { startCandidates } from '../core/placement/start-time.js';

/**
 * The columns every placement model shares: one per job and pool that passes
 * the static checkers (class, model, latency, residency, green, price) with at
 * least the job's units, then one "unplaced" column per job. Job-major: a
 * job's columns are consecutive, its unplaced column last.
 */
export interface PlacementColumns {
  colJob: Int32Array;
  /** Pool index, or -1 for the unplaced column. */
  colPool: Int32Array;
  /** Cost in 1/10,000 yuan. */
  colCost: Float64Array;
  /**
   * When the column's run starts: the job's submitAt, or, for a job that may
   * wait, one of its candidate starts (every whole hour of its window): the
   * time-indexed model, where a job's columns are its pools at each start.
   */
  colAt: Float64Array;
  /** Per pool: the columns on it. */
  byPool: Int32Array[];
}

export function placementColumns(ctx: PlacementContext, jobs: readonly JobSpec[], opts: { starts?: boolean } = {}): PlacementColumns {
  const net = ctx.network;
  const total = ctx.pools.map((p) => p.units);
  const unlimited: PlacementState = { free: Float64Array.from(total, () => Number.POSITIVE_INFINITY), total, classUse: 0 };
  const checks = STANDARD_CHECKERS.filter((k) => k.name !== 'capacity');
  const colJob: number[] = [];
  const colPool: number[] = [];
  const colCost: number[] = [];
  const colAt: number[] = [];
  const byPool: number[][] = ctx.pools.map(() => []);
  jobs.forEach((job, j) => {
    const row = net.latencyRow(job.origin);
    const home = net.homeHub(job.origin);
    const starts = opts.starts === false ? [job.submitAt] : startCandidates(job);
    for (const at of starts) {
      const run = at === job.submitAt ? job : { ...job, submitAt: at };
      for (const poolIndex of ctx.classPoolIndices[job.class]) {
        const pool = ctx.pools[poolIndex]!;
        if (pool.units < job.units) continue;
        const dc = ctx.poolDc[poolIndex]!;
        const c: Candidate = { pool, dc, poolIndex, latencyMs: row[ctx.poolDcIndex[poolIndex] as number] as number, crossesHubs: dc.hubId !== home };
        if (!checks.every((k) => k.passes(job, c, unlimited))) continue;
        byPool[poolIndex]!.push(colJob.length);
        colJob.push(j);
        colPool.push(poolIndex);
        colCost.push(costOf(run, pool, dc, net.scenario, c.crossesHubs).total);
        colAt.push(at);
      }
    }
    colJob.push(j);
    colPool.push(-1);
    colCost.push(unplacedCost(job, net.scenario));
    colAt.push(job.submitAt);
  });
  return { colJob: Int32Array.from(colJob), colPool: Int32Array.from(colPool), colCost: Float64Array.from(colCost), colAt: Float64Array.from(colAt), byPool: byPool.map((b) => Int32Array.from(b)) };
}

/** A pool's load events: starts and ends of the jobs of its columns, ends first at equal times. */
export interface PoolEvents {
  t: Float64Array;
  /** Column of each event. */
  col: Int32Array;
  /** +units at a start, -units at an end. */
  du: Float64Array;
}

/**
 * The load events of a pool's columns. With `gridS`, runs round out to whole
 * slots of the grid, so a job holds its units a little longer and the load can
 * only peak on the grid.
 */
export function poolEvents(cols: Int32Array, colJob: Int32Array, jobs: readonly JobSpec[], gridS = 0, colAt?: Float64Array): PoolEvents {
  const ev: { t: number; col: number; du: number }[] = [];
  for (const c of cols) {
    const job = jobs[colJob[c] as number]!;
    const at = colAt?.[c] ?? job.submitAt;
    const run = onGrid(at, at + job.durationS, gridS);
    ev.push({ t: run.start, col: c, du: job.units }, { t: run.end, col: c, du: -job.units });
  }
  ev.sort((a, b) => a.t - b.t || a.du - b.du);
  return { t: Float64Array.from(ev, (e) => e.t), col: Int32Array.from(ev, (e) => e.col), du: Float64Array.from(ev, (e) => e.du) };
}

/**
 * Positions in a pool's event list where its load can peak (a start followed
 * by an end, or the last event) and where the jobs that could use the pool
 * could oversubscribe `free(t)`.
 */
export function peakPositions(ev: PoolEvents, free: (t: number) => number): number[] {
  const out: number[] = [];
  let load = 0;
  for (let e = 0; e < ev.t.length; e++) {
    load += ev.du[e] as number;
    if ((ev.du[e] as number) < 0) continue;
    if (e + 1 < ev.t.length && (ev.du[e + 1] as number) > 0) continue;
    if (load > free(ev.t[e] as number)) out.push(e);
  }
  return out;
}

export { lowerBound } from '../core/sorted.js';
