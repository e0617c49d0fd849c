import type { PlacementContext } from '../core/placement/context.js';
import type { JobSpec } from '../core/workload/job.js';
import { peakPositions, placementColumns, poolEvents } from './columns.js';
import type { PlacementColumns } from './columns.js';

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

/**
 * Builds the LP over all feasible columns, or over the given subset of them
 * (column generation solves such restricted LPs); checkpoints are the load
 * peaks of the columns present.
 */
export function buildPlacementLp(
  ctx: PlacementContext,
  jobs: readonly JobSpec[],
  committed: Commitments = [],
  columns?: PlacementColumns,
  opts: { gridS?: number; starts?: boolean } = {},
): PlacementLp {
  const nPools = ctx.pools.length;
  const total = ctx.pools.map((p) => p.units);
  const { colJob, colPool, colCost, colAt, byPool } = columns ?? placementColumns(ctx, jobs, { starts: opts.starts ?? true });
  const assignmentCols = colJob.length;

  // Assignment rows, one per job: its columns are consecutive.
  const rowStarts: number[] = [0];
  const rowIndices: number[] = [];
  const rowValues: number[] = [];
  for (let c = 0; c < assignmentCols; c++) {
    rowIndices.push(c);
    rowValues.push(1);
    if (c + 1 === assignmentCols || colJob[c + 1] !== colJob[c]) rowStarts.push(rowIndices.length);
  }

  const committedByPool: { end: number; units: number }[][] = Array.from({ length: nPools }, () => []);
  for (const k of committed) committedByPool[k.pool]!.push({ end: k.end, units: k.units });
  const colUpper: number[] = new Array<number>(assignmentCols).fill(1);
  const checkpoints: PlacementLp['checkpoints'] = [];
  const rowLower: number[] = new Array<number>(jobs.length).fill(1);
  const rowUpper: number[] = new Array<number>(jobs.length).fill(1);

  for (let p = 0; p < nPools; p++) {
    const cols = byPool[p]!;
    if (cols.length === 0) continue;
    const free = (t: number): number => Math.max(0, (total[p] as number) - committedByPool[p]!.reduce((s, k) => (k.end > t ? s + k.units : s), 0));
    const ev = poolEvents(cols, colJob, jobs, opts.gridS, colAt);
    const peaks = new Set(peakPositions(ev, free));
    if (peaks.size === 0) continue;
    // The chain: row k says L_k - L_(k-1) - (units starting since k-1) + (units ending since k-1) = 0.
    let prevL = -1;
    let pending = new Map<number, number>();
    for (let e = 0; e < ev.t.length; e++) {
      const col = ev.col[e] as number;
      pending.set(col, (pending.get(col) ?? 0) - (ev.du[e] as number));
      if (!peaks.has(e)) continue;
      const l = assignmentCols + checkpoints.length;
      const room = free(ev.t[e] as number);
      checkpoints.push({ pool: p, time: ev.t[e] as number, free: room });
      colUpper.push(room);
      rowIndices.push(l);
      rowValues.push(1);
      if (prevL >= 0) {
        rowIndices.push(prevL);
        rowValues.push(-1);
      }
      // A job that starts and ends between two checkpoints adds and removes the same units: it nets to zero.
      for (const [c, v] of pending) {
        if (v === 0) continue;
        rowIndices.push(c);
        rowValues.push(v);
      }
      rowStarts.push(rowIndices.length);
      rowLower.push(0);
      rowUpper.push(0);
      pending = new Map();
      prevL = l;
    }
  }

  const numCols = assignmentCols + checkpoints.length;
  const cost = new Float64Array(numCols);
  cost.set(colCost);
  return {
    jobs: [...jobs],
    colJob,
    colPool,
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

/**
 * The capacity price of each load checkpoint in a solved LP: mu_k >= 0, minus
 * the reduced cost of its load column (1/10,000 yuan per unit). A checkpoint
 * with room to spare prices at 0.
 */
export function loadPrices(lp: PlacementLp, sol: { colDual?: Float64Array }): { pool: number; time: number; free: number; price: number }[] {
  const dual = sol.colDual;
  if (!dual) throw new RangeError('capacity prices need the duals of an LP solve, not a MIP');
  return lp.checkpoints.map((k, i) => ({ ...k, price: Math.max(0, -(dual[lp.assignmentCols + i] as number)) }));
}
