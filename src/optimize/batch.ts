import { PlacementContext } from '../core/placement/context.js';
import { OnlinePlacer } from '../core/placement/placer.js';
import { policyFor } from '../core/placement/policy.js';
import type { Policy, PolicyOptions } from '../core/placement/policy.js';
import { inStartOrder, scheduleOnline, summarizeSchedule } from '../core/placement/schedule.js';
import { costScorer } from '../core/placement/scorers.js';
import type { Checker, Decision, Scorer } from '../core/placement/types.js';
import type { Network } from '../core/network/network.js';
import type { Rng } from '../core/rng.js';
import type { JobSpec } from '../core/workload/job.js';
import { buildPlacementLp } from './placement-lp.js';
import { solvePlacementLp } from './solve.js';

export interface BatchOptions extends PolicyOptions {
  /** Jobs submitted within this many seconds are solved together. */
  windowS: number;
  rng: Rng;
  onProgress?: (done: number, total: number) => void;
}

export interface BatchStats {
  /** Which plan batch mode returns: the LP's rounding, or the online engine's when that costs less. */
  kept: 'lp' | 'online';
  /** Total cost of each plan, 1/10,000 yuan. */
  lpTotal: number;
  onlineTotal: number;
  windows: number;
  /** Seconds spent building and solving LPs. */
  lpSeconds: number;
  /** Largest window, in jobs. */
  largestWindow: number;
}

/** Weight of the LP's preference over cost in the rounding score: any LP share beats any cost difference. */
const PREFERENCE = 1e15;

/**
 * Batch mode: the jobs of each window are solved together as an LP over
 * feasible job-pool pairs, given the capacity held by earlier windows. The
 * fractional solution is then rounded to a feasible integral placement by
 * placing the window's jobs in start order on live capacity, each on the
 * feasible pool with the largest LP share (cost breaks ties); a job whose
 * LP pools are full takes the engine's online choice. A job the LP would
 * mostly leave out is still placed where the LP plans no use by the window's
 * later jobs (the `lp-room` checker): the LP keeps room for them, and what
 * it does not need is not wasted. A job the LP places but splits across
 * pools is kept whole on its pool of largest share: the window's earlier
 * jobs leave its units free there (the soft `lp-whole` checker, set aside
 * only when it alone would leave no pool), so that the large jobs an LP
 * likes to split do not find every pool of theirs cut up when their turn comes.
 *
 * Rounding can still lose what the LP gained, so batch mode also places the
 * stream with the online engine and returns whichever plan costs less in
 * all: batch planning knows the whole stream, and it is never worse than the
 * online engine.
 */
export async function scheduleBatch(network: Network, jobs: readonly JobSpec[], opts: BatchOptions): Promise<{ decisions: Decision[]; stats: BatchStats }> {
  const lp = await roundedLpPlan(network, jobs, opts);
  const online = scheduleOnline(network, jobs, { ...opts, policy: 'engine' });
  const lpTotal = summarizeSchedule(network, 'batch', lp.decisions).cost.total;
  const onlineTotal = summarizeSchedule(network, 'engine', online).cost.total;
  const kept = onlineTotal < lpTotal ? 'online' : 'lp';
  return { decisions: kept === 'lp' ? lp.decisions : online, stats: { ...lp.stats, kept, lpTotal, onlineTotal } };
}

/** The window LPs, each rounded in start order on live capacity (see scheduleBatch). */
async function roundedLpPlan(network: Network, jobs: readonly JobSpec[], opts: BatchOptions): Promise<{ decisions: Decision[]; stats: Omit<BatchStats, 'kept' | 'lpTotal' | 'onlineTotal'> }> {
  const ctx = new PlacementContext(network);
  const engine = policyFor('engine', (hub) => !ctx.westHubs.has(hub), opts);
  let share = new Map<string, number>();
  // Units of each pool the LP plans for the jobs of the window not placed yet, and whether the job being placed was left out.
  let reserved = new Float64Array(ctx.pools.length);
  // Units of each pool kept whole for the window's later jobs that the LP splits: each on its pool of largest share.
  let whole = new Float64Array(ctx.pools.length);
  let leftOutNow = false;
  const lpRoom: Checker = {
    name: 'lp-room',
    rule: 'a job the window LP leaves out takes only capacity the LP does not plan for later jobs of its window',
    passes: (job, c, s) => !leftOutNow || (s.free[c.poolIndex] as number) - job.units >= (reserved[c.poolIndex] as number) - 1e-9,
    why: (job, c, s) => `${s.free[c.poolIndex]} units free, ${Math.ceil((reserved[c.poolIndex] as number) - 1e-9)} planned for later jobs of the window, ${job.units} needed`,
  };
  const lpWhole: Checker = {
    name: 'lp-whole',
    rule: "a job leaves the units kept for a later job of its window that the LP splits, on that job's pool of largest share (set aside if nothing else is left)",
    soft: true,
    passes: (job, c, s) => (s.free[c.poolIndex] as number) - job.units >= (whole[c.poolIndex] as number) - 1e-9,
    why: (job, c, s) => `${s.free[c.poolIndex]} units free, ${whole[c.poolIndex]} kept whole for a later job the window LP splits, ${job.units} needed`,
  };
  const lpScorer: Scorer = {
    name: 'lp',
    description: "minus the job's LP share on the pool, times a weight that dominates cost",
    score: (job, c) => -(share.get(`${job.id}\u0000${c.poolIndex}`) ?? 0) * PREFERENCE,
  };
  // The LP looks ahead within the window, so the engine's reserve (a guess about the future) is left out.
  const policy: Policy = {
    ...engine,
    name: 'engine-batch',
    checkers: [...engine.checkers.filter((k) => !k.soft), lpRoom, lpWhole],
    scorers: [{ scorer: lpScorer, weight: 1 }, { scorer: costScorer, weight: 1 }],
  };
  const placer = new OnlinePlacer(ctx, policy, opts.rng);
  const ordered = inStartOrder(jobs);
  const decisions: Decision[] = [];
  const stats = { windows: 0, lpSeconds: 0, largestWindow: 0 };

  for (let i = 0; i < ordered.length; ) {
    const windowStart = (ordered[i] as JobSpec).submitAt;
    let end = i;
    while (end < ordered.length && (ordered[end] as JobSpec).submitAt < windowStart + opts.windowS) end++;
    const window = ordered.slice(i, end);
    stats.windows++;
    stats.largestWindow = Math.max(stats.largestWindow, window.length);

    // Capacity held at the window's start by earlier windows.
    placer.capacity.advanceTo(windowStart);
    const t0 = performance.now();
    const lp = buildPlacementLp(ctx, window, placer.capacity.commitments(), undefined, { starts: false });
    const sol = await solvePlacementLp(lp);
    stats.lpSeconds += (performance.now() - t0) / 1000;
    share = new Map();
    const leftOut = new Set<string>();
    const plan = new Map<string, { pool: number; units: number }[]>();
    reserved = new Float64Array(ctx.pools.length);
    whole = new Float64Array(ctx.pools.length);
    for (let c = 0; c < lp.assignmentCols; c++) {
      const pool = lp.colPool[c] as number;
      const x = sol.x[c] as number;
      const job = window[lp.colJob[c] as number] as JobSpec;
      if (pool >= 0 && x > 1e-9) {
        share.set(`${job.id}\u0000${pool}`, x);
        const p = plan.get(job.id) ?? [];
        p.push({ pool, units: x * job.units });
        plan.set(job.id, p);
        reserved[pool] = (reserved[pool] as number) + x * job.units;
      }
      // The LP would rather leave this job out, to keep room for others in the window.
      if (pool === -1 && x >= 0.5) leftOut.add(job.id);
    }
    // A job the LP places mostly but splits is kept whole on its pool of largest share: the others leave it room there.
    const keptOn = new Map<string, number>();
    for (const job of window) {
      const p = plan.get(job.id);
      if (p === undefined || leftOut.has(job.id) || p.length < 2) continue;
      const top = p.reduce((a, b) => (b.units > a.units ? b : a));
      keptOn.set(job.id, top.pool);
      whole[top.pool] = (whole[top.pool] as number) + job.units;
      // It takes the whole job there, its largest share first.
      share.set(`${job.id}\u0000${top.pool}`, 1);
    }
    for (const job of window) {
      // This job's own planned use is no longer kept for "later" jobs.
      for (const { pool, units } of plan.get(job.id) ?? []) reserved[pool] = (reserved[pool] as number) - units;
      const kept = keptOn.get(job.id);
      if (kept !== undefined) whole[kept] = (whole[kept] as number) - job.units;
      leftOutNow = leftOut.has(job.id);
      const d = placer.place(job);
      decisions.push(leftOutNow && !d.placed ? { ...d, reason: `left unplaced by the batch LP to make room for other jobs in its window (${d.reason ?? 'no room'})` } : d);
    }
    leftOutNow = false;
    i = end;
    opts.onProgress?.(i, ordered.length);
  }
  return { decisions, stats };
}
