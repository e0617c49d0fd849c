import type { BoundRound } from './bound-round.js';
import { PlacementContext } from '../core/placement/context.js';
import { inStartOrder, scheduleOnline, summarizeSchedule } from '../core/placement/schedule.js';
import type { Network } from '../core/network/network.js';
import { SeededRng } from '../core/rng.js';
import type { JobSpec } from '../core/workload/job.js';
import { lagrangianBound } from './lagrangian.js';
import { columnGenerationBound } from './column-generation.js';
import type { ColumnGenerationOptions } from './column-generation.js';
import { rowGenerationBound } from './row-generation.js';
import { buildPlacementLp } from './placement-lp.js';
import { solvePlacementLp } from './solve.js';

export type BoundMethod = 'lp' | 'rows' | 'columns' | 'lagrangian' | 'auto';

/** Above this many nonzeros in the full LP, `auto` uses row generation: the full LP takes too long there. */
export const LP_NONZERO_LIMIT = 400_000;

/**
 * Above this many columns, `auto` uses the Lagrangian bound: row generation
 * keeps every column in the solver, and the solver's WebAssembly memory
 * (2 GiB) does not hold them (a day of start choices for the Alibaba trace's
 * batch jobs makes about 5 million).
 */
export const SOLVER_COLUMN_LIMIT = 4_000_000;

export interface BoundResult {
  method: 'lp' | 'rows' | 'columns' | 'lagrangian';
  /** False when a time limit stopped row generation or the Lagrangian method early: the bound is valid but below the LP optimum. */
  exact: boolean;
  /** No schedule can cost less. 1/10,000 yuan. */
  bound: number;
  /** With `mipSeconds` (LP method): the proven bound of the time-limited MIP (at least `bound`), and its best schedule's cost. */
  mipBound?: number;
  mipObjective?: number;
  mipStatus?: string;
  /** LP method: jobs the LP leaves (partly) unplaced, the sum of their u_j. */
  lpUnplacedJobs?: number;
  /** Lagrangian method: subgradient iterations run; row generation: rounds solved. */
  iterations?: number;
  /** Row generation: capacity rows added. */
  rowsAdded?: number;
  /** Column generation: the last restricted LP's optimum, an upper bound on the LP optimum (equal to it when exact). */
  restrictedLp?: number;
  /** Column generation: columns in the last restricted LP. */
  columnsUsed?: number;
  columns: number;
  rows?: number;
  /** Load checkpoints: pools and times where capacity could bind. */
  checkpoints: number;
  nonzeros?: number;
  buildSeconds: number;
  solveSeconds: number;
  /** When the whole LP was tried first and its time limit stopped it (so the bound is the Lagrangian one): the seconds it ran. */
  lpStoppedAfterS?: number;
}

export interface BoundOptions {
  method?: BoundMethod;
  mipSeconds?: number;
  /** Time limit of every method, seconds. The whole LP stopped by it proves nothing, so the Lagrangian method then runs, with the same limit. */
  timeLimitS?: number;
  /** Column generation: called after each round. */
  onRound?: ColumnGenerationOptions['onRound'];
  /** Every iterative method (rows, columns, lagrangian): the best bound so far, each round, for a progress display. */
  onProgress?: (r: BoundRound) => void;
}

/**
 * The lower bound of docs/placement.md: the LP relaxation of the whole problem
 * over time, solved by HiGHS whole (`lp`) or by adding only the capacity rows
 * that bind (`rows`), or approached from below by Lagrangian relaxation.
 */
export async function placementBound(network: Network, jobs: readonly JobSpec[], opts: BoundOptions = {}): Promise<BoundResult> {
  const t0 = performance.now();
  const ctx = new PlacementContext(network);
  const ordered = inStartOrder(jobs);
  // The whole LP is built only when it will be solved, or to size it for `auto`.
  const auto = opts.method === 'auto' || opts.method === undefined;
  const lp = auto || opts.method === 'lp' ? buildPlacementLp(ctx, ordered) : undefined;
  const buildSeconds = (performance.now() - t0) / 1000;
  const method: BoundResult['method'] = lp && auto
    ? (lp.rowIndices.length <= LP_NONZERO_LIMIT ? 'lp' : lp.assignmentCols > SOLVER_COLUMN_LIMIT ? 'lagrangian' : 'rows')
    : (opts.method as Exclude<BoundMethod, 'auto'>);

  if (method === 'rows') {
    const r = await rowGenerationBound(ctx, ordered, { ...(opts.timeLimitS !== undefined && { timeLimitS: opts.timeLimitS }), ...(opts.onProgress && { onRound: opts.onProgress }) });
    return {
      method, exact: r.exact, bound: r.bound, iterations: r.rounds, rowsAdded: r.rowsAdded, lpUnplacedJobs: r.unplacedJobs,
      columns: r.columns, checkpoints: r.checkpoints, buildSeconds, solveSeconds: r.seconds,
    };
  }

  if (method === 'columns') {
    const onRound: ColumnGenerationOptions['onRound'] = (x) => {
      opts.onRound?.(x);
      opts.onProgress?.({ round: x.round, bound: x.bound, upper: x.restricted, seconds: x.seconds });
    };
    const r = await columnGenerationBound(ctx, ordered, { ...(opts.timeLimitS !== undefined && { timeLimitS: opts.timeLimitS }), onRound });
    return {
      method, exact: r.exact, bound: r.bound, restrictedLp: r.restricted, iterations: r.rounds, columnsUsed: r.columnsUsed, lpUnplacedJobs: r.unplacedJobs,
      columns: r.columns, checkpoints: r.checkpoints, buildSeconds, solveSeconds: r.seconds,
    };
  }

  const lagrangian = (): BoundResult => {
    // Any feasible schedule's cost is an upper bound for the step sizes; the greedy one is quick.
    const greedy = summarizeSchedule(network, 'cheapest', scheduleOnline(network, ordered, { policy: 'cheapest', rng: new SeededRng(1) }));
    const r = lagrangianBound(ctx, ordered, { upperBound: greedy.cost.total, ...(opts.timeLimitS !== undefined && { timeLimitS: opts.timeLimitS }), ...(opts.onProgress && { onRound: opts.onProgress }) });
    return { method: 'lagrangian', exact: false, bound: r.bound, iterations: r.iterations, columns: r.columns, checkpoints: r.checkpoints, buildSeconds, solveSeconds: r.seconds };
  };
  if (method === 'lagrangian') return lagrangian();

  const whole = lp ?? buildPlacementLp(ctx, ordered);
  const sol = await solvePlacementLp(whole, opts.timeLimitS !== undefined ? { timeLimitS: opts.timeLimitS } : {});
  // An LP the time limit stopped proves nothing: the Lagrangian bound, valid at every step, is given instead.
  if (sol.status === 'Time limit reached') return { ...lagrangian(), lpStoppedAfterS: sol.seconds };
  let lpUnplacedJobs = 0;
  for (let c = 0; c < whole.assignmentCols; c++) if (whole.colPool[c] === -1) lpUnplacedJobs += sol.x[c] as number;
  const result: BoundResult = {
    method,
    exact: true,
    bound: sol.objective,
    lpUnplacedJobs,
    columns: whole.numCols,
    rows: whole.numRows,
    checkpoints: whole.checkpoints.length,
    nonzeros: whole.rowIndices.length,
    buildSeconds,
    solveSeconds: sol.seconds,
  };
  if (opts.mipSeconds !== undefined) {
    const mip = await solvePlacementLp(whole, { integer: true, timeLimitS: opts.mipSeconds });
    result.mipBound = Math.max(mip.lowerBound, sol.objective);
    result.mipObjective = mip.objective;
    result.mipStatus = mip.status;
    result.solveSeconds += mip.seconds;
  }
  return result;
}
