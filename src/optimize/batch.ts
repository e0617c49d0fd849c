import { PlacementContext } from '../core/placement/context.js';
import { OnlinePlacer } from '../core/placement/placer.js';
import { policyFor } from '../core/placement/policy.js';
import type { Policy, PolicyOptions } from '../core/placement/policy.js';
import { inStartOrder } from '../core/placement/schedule.js';
import { costScorer } from '../core/placement/scorers.js';
import { unplacedCost } from '../core/placement/cost.js';
import type { Decision, Scorer } from '../core/placement/types.js';
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
 * LP pools are full takes the engine's online choice.
 */
export async function scheduleBatch(network: Network, jobs: readonly JobSpec[], opts: BatchOptions): Promise<{ decisions: Decision[]; stats: BatchStats }> {
  const ctx = new PlacementContext(network);
  const engine = policyFor('engine', (hub) => !ctx.westHubs.has(hub), opts);
  let share = new Map<string, number>();
  const lpScorer: Scorer = {
    name: 'lp',
    description: "minus the job's LP share on the pool, times a weight that dominates cost",
    score: (job, c) => -(share.get(`${job.id}\u0000${c.poolIndex}`) ?? 0) * PREFERENCE,
  };
  // The LP looks ahead within the window, so the engine's reserve (a guess about the future) is left out.
  const policy: Policy = {
    ...engine,
    name: 'engine-batch',
    checkers: engine.checkers.filter((k) => !k.soft),
    scorers: [{ scorer: lpScorer, weight: 1 }, { scorer: costScorer, weight: 1 }],
  };
  const placer = new OnlinePlacer(ctx, policy, opts.rng);
  const ordered = inStartOrder(jobs);
  const decisions: Decision[] = [];
  const stats: BatchStats = { windows: 0, lpSeconds: 0, largestWindow: 0 };

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
    const lp = buildPlacementLp(ctx, window, placer.capacity.commitments());
    const sol = await solvePlacementLp(lp);
    stats.lpSeconds += (performance.now() - t0) / 1000;
    share = new Map();
    const leftOut = new Set<string>();
    for (let c = 0; c < lp.assignmentCols; c++) {
      const pool = lp.colPool[c] as number;
      const x = sol.x[c] as number;
      const id = (window[lp.colJob[c] as number] as JobSpec).id;
      if (pool >= 0 && x > 1e-9) share.set(`${id}\u0000${pool}`, x);
      // The LP would rather leave this job out, to keep room for others in the window.
      if (pool === -1 && x >= 0.5) leftOut.add(id);
    }
    for (const job of window) {
      decisions.push(
        leftOut.has(job.id)
          ? { job, placed: false, start: job.submitAt, end: job.submitAt + job.durationS, penalty: unplacedCost(job, network.scenario), reason: 'left unplaced by the batch LP to make room for other jobs in its window' }
          : placer.place(job),
      );
    }
    i = end;
    opts.onProgress?.(i, ordered.length);
  }
  return { decisions, stats };
}
