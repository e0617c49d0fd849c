import type { BoundRound } from './bound-round.js';
import type { PlacementContext } from '../core/placement/context.js';
import type { JobSpec } from '../core/workload/job.js';
import { lowerBound, peakPositions, placementColumns, poolEvents } from './columns.js';

/**
 * A lower bound on the placement problem by Lagrangian relaxation of the
 * capacity constraints, for instances too large for the simplex method.
 *
 * With multipliers lambda_pk >= 0 on "load of pool p at checkpoint k <= free",
 * each job independently takes its cheapest option at the priced-in cost
 * c_jp + units_j x (sum of lambda_pk over the checkpoints its run covers), or
 * stays unplaced at its penalty; then
 *
 *   L(lambda) = sum_j min(...) - sum_pk lambda_pk x free_pk
 *
 * is a valid lower bound for every lambda >= 0 (weak duality). Since each
 * job's subproblem is a choice among options, the best such bound equals the
 * LP relaxation's optimum; subgradient steps climb towards it. Every iterate
 * is a valid bound, so the best one seen is reported whenever the run stops.
 */
export interface LagrangianOptions {
  /** An upper bound (the cost of any feasible schedule), for Polyak step sizes. 1/10,000 yuan. */
  upperBound: number;
  maxIterations?: number;
  timeLimitS?: number;
  /** Called every 100 iterations with the best bound so far, and the upper bound it is measured against. */
  onRound?: (r: BoundRound) => void;
}

export interface LagrangianResult {
  bound: number;
  iterations: number;
  seconds: number;
  columns: number;
  checkpoints: number;
  /** Sum of positive subgradient parts at the end: how far the relaxed choice overloads pools. */
  overload: number;
}

export function lagrangianBound(ctx: PlacementContext, jobs: readonly JobSpec[], opts: LagrangianOptions): LagrangianResult {
  const t0 = performance.now();
  const nPools = ctx.pools.length;
  const { colJob, colPool, colCost, colAt, byPool } = placementColumns(ctx, jobs);

  // Checkpoints per pool: load peaks where the pool could be oversubscribed.
  const times: Float64Array[] = [];
  const free: Float64Array[] = [];
  let checkpoints = 0;
  for (let p = 0; p < nPools; p++) {
    const units = ctx.pools[p]!.units;
    const ev = poolEvents(byPool[p]!, colJob, jobs, 0, colAt);
    const ts = peakPositions(ev, () => units).map((e) => ev.t[e] as number);
    times.push(Float64Array.from(ts));
    free.push(Float64Array.from(ts, () => units));
    checkpoints += ts.length;
  }

  // Columns of each job: [colStart[j], colStart[j + 1]), the last one unplaced.
  const colStart = new Int32Array(jobs.length + 1);
  for (let c = 0; c < colJob.length; c++) colStart[(colJob[c] as number) + 1] = c + 1;
  // For each column, the range [from, to) of its pool's checkpoints that its run covers.
  const from = new Int32Array(colJob.length);
  const to = new Int32Array(colJob.length);
  for (let c = 0; c < colJob.length; c++) {
    const p = colPool[c] as number;
    if (p < 0) continue;
    const job = jobs[colJob[c] as number]!;
    from[c] = lowerBound(times[p]!, colAt[c] as number);
    to[c] = lowerBound(times[p]!, (colAt[c] as number) + job.durationS);
  }

  const lambda = times.map((ts) => new Float64Array(ts.length));
  const prefix = times.map((ts) => new Float64Array(ts.length + 1));
  const load = times.map((ts) => new Float64Array(ts.length + 1));
  let best = Number.NEGATIVE_INFINITY;
  let theta = 2;
  let sinceImprovement = 0;
  let iterations = 0;
  let overload = 0;
  const maxIterations = opts.maxIterations ?? 100_000;
  const deadline = t0 + (opts.timeLimitS ?? 120) * 1000;

  // The first iteration (prices 0: each job at its cheapest option) always runs, so that there is a bound.
  while (iterations < maxIterations && (iterations === 0 || performance.now() < deadline)) {
    iterations++;
    for (let p = 0; p < nPools; p++) {
      const l = lambda[p]!;
      const s = prefix[p]!;
      for (let k = 0; k < l.length; k++) s[k + 1] = (s[k] as number) + (l[k] as number);
      load[p]!.fill(0);
    }
    let value = 0;
    jobs.forEach((job, j) => {
      const last = (colStart[j + 1] as number) - 1;
      let bestCost = colCost[last] as number;
      let bestCol = -1;
      for (let c = colStart[j] as number; c < last; c++) {
        const s = prefix[colPool[c] as number]!;
        const priced = (colCost[c] as number) + job.units * ((s[to[c] as number] as number) - (s[from[c] as number] as number));
        if (priced < bestCost) {
          bestCost = priced;
          bestCol = c;
        }
      }
      value += bestCost;
      if (bestCol >= 0) {
        const d = load[colPool[bestCol] as number]!;
        d[from[bestCol] as number] = (d[from[bestCol] as number] as number) + job.units;
        d[to[bestCol] as number] = (d[to[bestCol] as number] as number) - job.units;
      }
    });
    // Subgradient: load at each checkpoint minus its free capacity.
    let norm = 0;
    overload = 0;
    for (let p = 0; p < nPools; p++) {
      const d = load[p]!;
      const l = lambda[p]!;
      const f = free[p]!;
      let running = 0;
      for (let k = 0; k < l.length; k++) {
        running += d[k] as number;
        value -= (l[k] as number) * (f[k] as number);
        let g = running - (f[k] as number);
        if (g > 0) overload += g;
        // A multiplier at zero cannot go lower: that part of the subgradient does not count.
        if ((l[k] as number) <= 0 && g < 0) g = 0;
        d[k] = g;
        norm += g * g;
      }
    }
    if (iterations % 100 === 0) opts.onRound?.({ round: iterations, bound: Math.max(best, value), upper: opts.upperBound, seconds: (performance.now() - t0) / 1000 });
    if (!Number.isFinite(best) || value > best + 1e-9 * Math.abs(best)) {
      best = Math.max(best, value);
      sinceImprovement = 0;
    } else if (++sinceImprovement >= 20) {
      theta /= 2;
      sinceImprovement = 0;
    }
    if (norm === 0 || theta < 1e-6) break; // the relaxed choice fits: this bound is optimal
    const step = (theta * Math.max(opts.upperBound - value, 1e-9 * Math.abs(opts.upperBound))) / norm;
    for (let p = 0; p < nPools; p++) {
      const d = load[p]!;
      const l = lambda[p]!;
      for (let k = 0; k < l.length; k++) l[k] = Math.max(0, (l[k] as number) + step * (d[k] as number));
    }
  }
  opts.onRound?.({ round: iterations, bound: best, upper: opts.upperBound, seconds: (performance.now() - t0) / 1000 });
  return { bound: best, iterations, seconds: (performance.now() - t0) / 1000, columns: colJob.length, checkpoints, overload };
}
