import type { PlacementContext } from '../core/placement/context.js';
import { costOf, energyOf, unplacedCost } from '../core/placement/cost.js';
import type { JobSpec } from '../core/workload/job.js';
import { placementColumns } from './columns.js';

/**
 * What no schedule of some jobs can beat, whatever the capacity: the least
 * cost and the largest green share of energy they could have if each job had
 * the whole network to itself. Each job takes, alone, its best pool (of those
 * its class, models, latency, residency, green floor and price cap allow) at
 * its best start in `[submitAt, submitAt + maxWaitS]`, or is left out where
 * that is cheaper. Capacity only removes choices, so the cost holds for every
 * schedule, and the green share for every schedule that places every job
 * some pool can take.
 */
export interface StartCeilings {
  jobs: number;
  /** Jobs no pool can take at all: they count at the unplaced penalty, and not in the green share. */
  unhostable: number;
  /** The least total cost, 1/10,000 yuan (each job's cheapest pool and start, or its unplaced penalty if less). */
  minCost: number;
  /** The largest green share of the jobs' energy over all choices of pool and start (0..1). */
  maxGreenShare: number;
}

/**
 * The starts at which a run's hourly integrals can be at their best. Over a
 * run of fixed length the integral of an hourly figure is linear in the
 * start between the times where the start or the end crosses a whole hour,
 * so a linear objective peaks at one of those times or at an end of the
 * window: the window's ends, every whole hour in it, and every time whose
 * run ends on a whole hour.
 */
export function startBreakpoints(job: Pick<JobSpec, 'submitAt' | 'maxWaitS' | 'durationS'>): number[] {
  const first = job.submitAt;
  const last = job.submitAt + (job.maxWaitS ?? 0);
  const out = new Set([first, last]);
  for (let h = Math.ceil(first / 3600) * 3600; h <= last; h += 3600) out.add(h);
  for (let h = Math.ceil((first + job.durationS) / 3600) * 3600; h - job.durationS <= last; h += 3600) out.add(h - job.durationS);
  return [...out].sort((a, b) => a - b);
}

/**
 * Every choice of pool and start of each job, capacity aside: its cost and
 * its energy, green and in all. Job j's choices are `from[j]` to `from[j + 1]`.
 */
export interface StartChoices {
  from: Int32Array;
  /** Per job, its unplaced penalty. */
  unplaced: Float64Array;
  cost: Float64Array;
  green: Float64Array;
  energy: Float64Array;
}

/** StartChoices of `jobs` on the context's network: each pool the static checkers allow, at each of startBreakpoints(). */
export function startChoices(ctx: PlacementContext, jobs: readonly JobSpec[]): StartChoices {
  const net = ctx.network;
  const cols = placementColumns(ctx, jobs, { starts: false });
  const from = new Int32Array(jobs.length + 1);
  const unplaced = Float64Array.from(jobs, (j) => unplacedCost(j, net.scenario));
  const cost: number[] = [];
  const green: number[] = [];
  const energy: number[] = [];
  for (let c = 0; c < cols.colJob.length; c++) {
    const j = cols.colJob[c] as number;
    const pool = cols.colPool[c] as number;
    // Columns are job-major, the unplaced one last: it closes the job's choices.
    if (pool < 0) {
      from[j + 1] = cost.length;
      continue;
    }
    const job = jobs[j] as JobSpec;
    const dc = ctx.poolDc[pool]!;
    const crosses = dc.hubId !== net.homeHub(job.origin);
    for (const at of startBreakpoints(job)) {
      const run = { ...job, submitAt: at };
      cost.push(costOf(run, ctx.pools[pool]!, dc, net.scenario, crosses).total);
      const e = energyOf(run, ctx.pools[pool]!, dc);
      green.push(e.greenKwh);
      energy.push(e.energyKwh);
    }
  }
  return { from, unplaced, cost: Float64Array.from(cost), green: Float64Array.from(green), energy: Float64Array.from(energy) };
}

/**
 * StartCeilings of `jobs` on the context's network. Cost is exact up to the
 * rounding of each part to 1/10,000 yuan. The green share maximises a ratio
 * of sums, by Dinkelbach's method: the share R is reachable exactly when
 * sum over jobs of max over choices (green - R x energy) >= 0, and that sum
 * falls as R grows, so R is found by bisection to 1e-9.
 */
export function startCeilings(ctx: PlacementContext, jobs: readonly JobSpec[]): StartCeilings {
  const ch = startChoices(ctx, jobs);
  let minCost = 0;
  let unhostable = 0;
  for (let j = 0; j < jobs.length; j++) {
    let least = Number.POSITIVE_INFINITY;
    for (let k = ch.from[j] as number; k < (ch.from[j + 1] as number); k++) least = Math.min(least, ch.cost[k] as number);
    if (!Number.isFinite(least)) unhostable++;
    minCost += Math.min(least, ch.unplaced[j] as number);
  }
  // sum_j max_c (g - R e): at R = 0 it is the most green energy there can be; it is 0 at the largest share.
  const slack = (r: number): number => {
    let s = 0;
    for (let j = 0; j < jobs.length; j++) {
      let best = Number.NEGATIVE_INFINITY;
      for (let k = ch.from[j] as number; k < (ch.from[j + 1] as number); k++) best = Math.max(best, (ch.green[k] as number) - r * (ch.energy[k] as number));
      if (Number.isFinite(best)) s += best;
    }
    return s;
  };
  let lo = 0;
  let hi = unhostable === jobs.length ? 0 : 1;
  while (hi - lo > 1e-9) {
    const mid = (lo + hi) / 2;
    if (slack(mid) >= 0) lo = mid;
    else hi = mid;
  }
  return { jobs: jobs.length, unhostable, minCost, maxGreenShare: lo };
}

/**
 * A lower bound on the cost of the jobs (capacity aside) with a green share
 * of their energy of at least `share`, each job placed that some pool can
 * take (one no pool can take counts at its penalty): by weak duality, for any
 * price lambda >= 0 on green energy short of the share,
 *   L(lambda) = sum_j min_c (cost - lambda x (green - share x energy))
 * is at most that cost. L is concave in lambda; its best is found by
 * bisection on the sign of its slope, sum_j (green - share x energy) at the
 * jobs' chosen options. Infinity when no choice reaches the share at all.
 * In 1/10,000 yuan.
 */
export function costAtGreenShare(ch: StartChoices, share: number): number {
  const jobs = ch.from.length - 1;
  const at = (lambda: number): { value: number; slope: number } => {
    let value = 0;
    let slope = 0;
    for (let j = 0; j < jobs; j++) {
      let best = Number.POSITIVE_INFINITY;
      let gap = 0;
      for (let k = ch.from[j] as number; k < (ch.from[j + 1] as number); k++) {
        const g = (ch.green[k] as number) - share * (ch.energy[k] as number);
        const v = (ch.cost[k] as number) - lambda * g;
        if (v < best) {
          best = v;
          gap = g;
        }
      }
      if (Number.isFinite(best)) {
        value += best;
        slope += gap;
      } else value += ch.unplaced[j] as number;
    }
    return { value, slope };
  };
  // Green energy short of the share at every price: the share cannot be reached.
  if (at(1e12).slope < 0) return Number.POSITIVE_INFINITY;
  let lo = 0;
  let hi = 1;
  while (at(hi).slope < 0) hi *= 2;
  let best = Math.max(at(lo).value, at(hi).value);
  for (let i = 0; i < 100 && hi - lo > 1e-9 * hi; i++) {
    const mid = (lo + hi) / 2;
    const r = at(mid);
    best = Math.max(best, r.value);
    if (r.slope < 0) lo = mid;
    else hi = mid;
  }
  return best;
}
