import { CapacityPrices } from '../core/placement/capacity-prices.js';
import { PlacementContext } from '../core/placement/context.js';
import { OnlinePlacer } from '../core/placement/placer.js';
import { policyFor } from '../core/placement/policy.js';
import type { PolicyOptions } from '../core/placement/policy.js';
import { inStartOrder } from '../core/placement/schedule.js';
import { capacityPriceScorer } from '../core/placement/scorers.js';
import type { Decision } from '../core/placement/types.js';
import type { Network } from '../core/network/network.js';
import type { Rng } from '../core/rng.js';
import type { JobSpec } from '../core/workload/job.js';
import { buildPlacementLp, loadPrices } from './placement-lp.js';
import { solvePlacementLp } from './solve.js';

/**
 * Online placement with look-ahead pricing (docs/placement.md, "Look-ahead
 * pricing"). Jobs are still placed one at a time, in start order, each seeing
 * only the past; but at the start of every period the engine solves an LP over
 * the demand it expects next and prices capacity by that LP's duals.
 *
 * The forecast is the recent past, repeated: the jobs that arrived in the
 * last `historyS` seconds, moved `historyS` later, and again and again until
 * they fill `horizonS` seconds ahead, on the capacity left by the jobs already
 * running. Recent arrivals say the most about the next hour; a horizon of
 * hours lets the prices see what long runs will be in the way of.
 *
 * The LP's capacity prices (what one more unit of a pool at each moment would
 * save the forecast) are added to each candidate's score, times `weight` and
 * the job's units, over its run. A job that gains little from a cheap pool so
 * leaves it to the jobs that gain more, which a greedy choice cannot know
 * about.
 *
 * The LP is built on a time grid of `gridS` seconds: forecast runs round out
 * to whole slots, so each pool has a capacity row per slot at most, not one
 * per start. That makes each solve several times faster, which is what
 * affords a horizon of hours; the prices then hold per slot.
 *
 * The prices come from expected demand, not from the jobs to come: the
 * engine never reads a job before its start.
 */
export interface LookaheadOptions extends PolicyOptions {
  /** Seconds between LP solves. */
  periodS: number;
  /** Seconds of past arrivals that make the forecast. Default: periodS. */
  historyS?: number;
  /** Seconds ahead the forecast reaches: the history repeats this many seconds over (rounded up to whole copies). Default LOOKAHEAD_HORIZON_S. */
  horizonS?: number;
  /** Time grid of the LP, seconds; 0 builds it on the exact starts and ends. Default LOOKAHEAD_GRID_S. */
  gridS?: number;
  /** Multiple of the LP prices added to the score. Default 2 (bench/RESULTS.md). */
  weight?: number;
  /** Time limit of each LP solve, seconds. A solve that hits it keeps the previous prices. Default 60. */
  solveLimitS?: number;
  rng: Rng;
  /** Job id whose decision should carry an explanation. */
  explainJob?: string;
  /** Stop after this job (for `explain`). */
  stopAfter?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface LookaheadStats {
  /** Periods that held jobs, and LPs solved (periods with an empty forecast solve none). */
  periods: number;
  solves: number;
  /** Solves that hit their time limit, whose prices were not used. */
  stale: number;
  /** Seconds spent building and solving LPs. */
  lpSeconds: number;
  /** Copies of the history in each forecast. */
  copies: number;
  /** Largest forecast, in jobs. */
  largestForecast: number;
}

/** Defaults, chosen on the trace benchmark (bench/RESULTS.md, "Look-ahead pricing"). */
export const LOOKAHEAD_WEIGHT = 2;
export const LOOKAHEAD_HORIZON_S = 7200;
export const LOOKAHEAD_GRID_S = 300;

export async function scheduleLookahead(network: Network, jobs: readonly JobSpec[], opts: LookaheadOptions): Promise<{ decisions: Decision[]; stats: LookaheadStats }> {
  const { periodS } = opts;
  const historyS = opts.historyS ?? periodS;
  const horizonS = opts.horizonS ?? LOOKAHEAD_HORIZON_S;
  const weight = opts.weight ?? LOOKAHEAD_WEIGHT;
  const gridS = opts.gridS ?? LOOKAHEAD_GRID_S;
  for (const [name, v] of [['periodS', periodS], ['historyS', historyS], ['horizonS', horizonS], ['weight', weight]] as const) {
    if (!(v > 0) || !Number.isFinite(v)) throw new RangeError(`${name} must be a number above 0, got ${v}`);
  }
  if (!(gridS >= 0) || !Number.isFinite(gridS)) throw new RangeError(`gridS must be a number of at least 0, got ${gridS}`);
  const copies = Math.max(1, Math.ceil(horizonS / historyS));
  const ctx = new PlacementContext(network);
  const source = { prices: new CapacityPrices(ctx.pools.length) };
  const engine = policyFor('engine', (hub) => !ctx.westHubs.has(hub), opts, network.scenario);
  const policy = {
    ...engine,
    description: `${engine.description}; look-ahead capacity prices from an LP over the last ${historyS} s of arrivals repeated ${copies} times ahead${gridS > 0 ? ` on a ${gridS} s grid` : ''}, re-solved every ${periodS} s`,
    scorers: [...engine.scorers, { scorer: capacityPriceScorer(source, weight), weight: 1 }],
  };
  const placer = new OnlinePlacer(ctx, policy, opts.rng);
  const ordered = inStartOrder(jobs);
  const stats: LookaheadStats = { periods: 0, solves: 0, stale: 0, lpSeconds: 0, copies, largestForecast: 0 };
  const decisions: Decision[] = [];
  if (ordered.length === 0) return { decisions, stats };

  const origin = (ordered[0] as JobSpec).submitAt;
  let next = 0;
  // The oldest job that can still be in the history window.
  let oldest = 0;
  while (next < ordered.length) {
    // The period that holds the next job (idle periods are skipped).
    const first = (ordered[next] as JobSpec).submitAt;
    const start = Math.min(first, origin + Math.floor((first - origin) / periodS) * periodS);
    stats.periods++;
    while (oldest < next && (ordered[oldest] as JobSpec).submitAt < start - historyS) oldest++;
    const forecast: JobSpec[] = [];
    for (let i = oldest; i < next; i++) {
      const j = ordered[i] as JobSpec;
      for (let k = 1; k <= copies; k++) forecast.push({ ...j, id: `forecast:${k}:${j.id}`, submitAt: j.submitAt + k * historyS });
    }
    stats.largestForecast = Math.max(stats.largestForecast, forecast.length);
    if (forecast.length === 0) {
      source.prices = new CapacityPrices(ctx.pools.length);
    } else {
      const t0 = performance.now();
      placer.capacity.advanceTo(start);
      const lp = buildPlacementLp(ctx, forecast, placer.capacity.commitments(), undefined, { gridS, starts: false });
      const sol = await solvePlacementLp(lp, { timeLimitS: opts.solveLimitS ?? 60 });
      stats.solves++;
      if (sol.status === 'Optimal') source.prices = new CapacityPrices(ctx.pools.length, loadPrices(lp, sol), gridS);
      else stats.stale++;
      stats.lpSeconds += (performance.now() - t0) / 1000;
    }
    while (next < ordered.length && (ordered[next] as JobSpec).submitAt < start + periodS) {
      const job = ordered[next] as JobSpec;
      decisions.push(placer.place(job, job.id === opts.explainJob));
      next++;
      if (job.id === opts.stopAfter) return { decisions, stats };
    }
    opts.onProgress?.(next, ordered.length);
  }
  return { decisions, stats };
}
