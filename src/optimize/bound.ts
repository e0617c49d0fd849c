import { PlacementContext } from '../core/placement/context.js';
import { inStartOrder } from '../core/placement/schedule.js';
import type { Network } from '../core/network/network.js';
import type { JobSpec } from '../core/workload/job.js';
import { buildPlacementLp } from './placement-lp.js';
import { solvePlacementLp } from './solve.js';

export interface BoundResult {
  /** The LP relaxation's optimum: no schedule can cost less. 1/10,000 yuan. */
  lpBound: number;
  /** With `mipSeconds`: the proven bound of the time-limited MIP (at least lpBound), and its best schedule's cost. */
  mipBound?: number;
  mipObjective?: number;
  mipStatus?: string;
  /** Jobs the LP leaves (partly) unplaced: the sum of their u_j. */
  lpUnplacedJobs: number;
  columns: number;
  rows: number;
  /** Load checkpoints: pools and times where capacity could bind. */
  checkpoints: number;
  nonzeros: number;
  buildSeconds: number;
  solveSeconds: number;
}

/** The lower bound of docs/placement.md: the LP relaxation of the whole problem over time. */
export async function placementBound(network: Network, jobs: readonly JobSpec[], opts: { mipSeconds?: number } = {}): Promise<BoundResult> {
  const t0 = performance.now();
  const lp = buildPlacementLp(new PlacementContext(network), inStartOrder(jobs));
  const buildSeconds = (performance.now() - t0) / 1000;
  const sol = await solvePlacementLp(lp);
  let lpUnplacedJobs = 0;
  for (let c = 0; c < lp.assignmentCols; c++) if (lp.colPool[c] === -1) lpUnplacedJobs += sol.x[c] as number;
  const result: BoundResult = {
    lpBound: sol.objective,
    lpUnplacedJobs,
    columns: lp.numCols,
    rows: lp.numRows,
    checkpoints: lp.checkpoints.length,
    nonzeros: lp.rowIndices.length,
    buildSeconds,
    solveSeconds: sol.seconds,
  };
  if (opts.mipSeconds !== undefined) {
    const mip = await solvePlacementLp(lp, { integer: true, timeLimitS: opts.mipSeconds });
    result.mipBound = Math.max(mip.lowerBound, sol.objective);
    result.mipObjective = mip.objective;
    result.mipStatus = mip.status;
    result.solveSeconds += mip.seconds;
  }
  return result;
}
