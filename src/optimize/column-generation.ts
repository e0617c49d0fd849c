import type { PlacementContext } from '../core/placement/context.js';
import type { JobSpec } from '../core/workload/job.js';
import { CapacityPrices } from '../core/placement/capacity-prices.js';
import { placementColumns } from './columns.js';
import type { PlacementColumns } from './columns.js';
import { buildPlacementLp, loadPrices } from './placement-lp.js';
import { solvePlacementLp } from './solve.js';

/**
 * The LP bound by column generation: the exact optimum of the placement LP
 * without putting every feasible job-pool pair into the solver at once.
 *
 * Each round solves the LP restricted to a few columns per job (its cheapest
 * pools at first, and its unplaced column), by HiGHS. The capacity prices
 * mu_k >= 0 of that LP (the reduced costs of its load columns) then price
 * every feasible column: c_jp + units_j x (the prices of the checkpoints its
 * run covers). A job whose cheapest priced column is not in the LP gets it
 * (and a few more) for the next round. When no job has one, the restricted
 * optimum is the LP optimum.
 *
 * Every round also gives a valid lower bound, however early the run stops:
 * for any prices mu >= 0,
 *
 *   L(mu) = sum_j min(penalty_j, min_p priced c_jp) - sum_k mu_k x free_k
 *
 * (weak duality; prices of checkpoints not in the restricted LP count as 0).
 * When no column is left to add, L(mu) equals the restricted optimum.
 */
export interface ColumnGenerationResult {
  /** The best L(mu) of any round: always a valid lower bound. 1/10,000 yuan. */
  bound: number;
  /** The last restricted LP's optimum: the LP optimum when `exact`. */
  restricted: number;
  /** True when no column prices out: `bound` is the LP optimum. */
  exact: boolean;
  rounds: number;
  /** Columns in the last restricted LP, of `columns` feasible ones. */
  columnsUsed: number;
  columns: number;
  /** Load checkpoints of the last restricted LP. */
  checkpoints: number;
  seconds: number;
  /** LP value of the unplaced columns in the last restricted LP. */
  unplacedJobs: number;
}

export interface ColumnGenerationOptions {
  timeLimitS?: number;
  /** Columns per job in the first round, cheapest first (besides the unplaced one). Default 4. */
  initialPerJob?: number;
  /** Columns a job may gain per round. Default 5. */
  addPerJob?: number;
  /** Called after each round, e.g. for a progress line. */
  onRound?: (r: { round: number; bound: number; restricted: number; added: number; columns: number; seconds: number }) => void;
}

export async function columnGenerationBound(ctx: PlacementContext, jobs: readonly JobSpec[], opts: ColumnGenerationOptions = {}): Promise<ColumnGenerationResult> {
  const t0 = performance.now();
  const deadline = t0 + (opts.timeLimitS ?? 600) * 1000;
  const all = placementColumns(ctx, jobs);
  const { colJob, colPool, colCost, colAt } = all;
  const n = colJob.length;
  // Columns of job j: [colStart[j], colStart[j + 1]), the last one unplaced.
  const colStart = new Int32Array(jobs.length + 1);
  for (let c = 0; c < n; c++) colStart[(colJob[c] as number) + 1] = c + 1;

  // The first round: each job's cheapest pools by their own cost, and its unplaced column.
  const inModel = new Uint8Array(n);
  const initial = opts.initialPerJob ?? 4;
  for (let j = 0; j < jobs.length; j++) {
    const first = colStart[j] as number;
    const last = (colStart[j + 1] as number) - 1;
    inModel[last] = 1;
    const own = Array.from({ length: last - first }, (_, i) => first + i).sort((a, b) => (colCost[a] as number) - (colCost[b] as number));
    for (const c of own.slice(0, initial)) inModel[c] = 1;
  }

  const addPerJob = opts.addPerJob ?? 5;
  let best = Number.NEGATIVE_INFINITY;
  let restricted = Number.NaN;
  let rounds = 0;
  let exact = false;
  let used = 0;
  let checkpoints = 0;
  let unplacedJobs = Number.NaN;
  for (;;) {
    rounds++;
    const subset = subsetOf(all, inModel, ctx.pools.length);
    used = subset.colJob.length;
    const lp = buildPlacementLp(ctx, jobs, [], subset);
    checkpoints = lp.checkpoints.length;
    const sol = await solvePlacementLp(lp);
    restricted = sol.objective;
    unplacedJobs = 0;
    for (let c = 0; c < lp.assignmentCols; c++) if ((lp.colPool[c] as number) === -1) unplacedJobs += sol.x[c] as number;

    // Capacity prices per pool, from the load columns' reduced costs.
    const checkpointPrices = loadPrices(lp, sol);
    let priceTimesFree = 0;
    for (const k of checkpointPrices) priceTimesFree += k.price * k.free;
    const prices = new CapacityPrices(ctx.pools.length, checkpointPrices);
    const priced = (c: number, job: JobSpec): number => {
      const p = colPool[c] as number;
      if (p < 0) return colCost[c] as number;
      return (colCost[c] as number) + job.units * prices.of(p, colAt[c] as number, (colAt[c] as number) + job.durationS);
    };

    // L(mu), and the columns that price out: cheaper, at these prices, than every column of their job in the model.
    let value = -priceTimesFree;
    let added = 0;
    const tolerance = 1e-7 * Math.max(1, Math.abs(restricted) / Math.max(1, jobs.length));
    for (let j = 0; j < jobs.length; j++) {
      const job = jobs[j]!;
      let bestIn = Number.POSITIVE_INFINITY;
      const outside: { c: number; v: number }[] = [];
      let bestAll = Number.POSITIVE_INFINITY;
      for (let c = colStart[j] as number; c < (colStart[j + 1] as number); c++) {
        const v = priced(c, job);
        if (v < bestAll) bestAll = v;
        if (inModel[c]) {
          if (v < bestIn) bestIn = v;
        } else {
          outside.push({ c, v });
        }
      }
      value += bestAll;
      const better = outside.filter((o) => o.v < bestIn - tolerance).sort((a, b) => a.v - b.v).slice(0, addPerJob);
      for (const o of better) inModel[o.c] = 1;
      added += better.length;
    }
    if (value > best) best = value;
    opts.onRound?.({ round: rounds, bound: best, restricted, added, columns: used, seconds: (performance.now() - t0) / 1000 });
    if (added === 0) {
      exact = true;
      break;
    }
    if (performance.now() > deadline) break;
  }
  // At the end the bound is the restricted optimum up to rounding; never report more than it.
  if (exact) best = Math.min(Math.max(best, restricted - 1e-6 * Math.abs(restricted)), restricted);
  return { bound: best, restricted, exact, rounds, columnsUsed: used, columns: n, checkpoints, seconds: (performance.now() - t0) / 1000, unplacedJobs };
}

/** The columns marked in `keep`, job-major as placementColumns makes them. */
function subsetOf(all: PlacementColumns, keep: Uint8Array, nPools: number): PlacementColumns {
  const idx: number[] = [];
  for (let c = 0; c < keep.length; c++) if (keep[c]) idx.push(c);
  const colJob = Int32Array.from(idx, (c) => all.colJob[c] as number);
  const colPool = Int32Array.from(idx, (c) => all.colPool[c] as number);
  const colCost = Float64Array.from(idx, (c) => all.colCost[c] as number);
  const colAt = Float64Array.from(idx, (c) => all.colAt[c] as number);
  const byPool: number[][] = Array.from({ length: nPools }, () => []);
  colPool.forEach((p, i) => {
    if (p >= 0) byPool[p]!.push(i);
  });
  return { colJob, colPool, colCost, colAt, byPool: byPool.map((b) => Int32Array.from(b)) };
}
