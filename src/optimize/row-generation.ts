import type { BoundRound } from './bound-round.js';
import type { PlacementContext } from '../core/placement/context.js';
import type { JobSpec } from '../core/workload/job.js';
import { peakPositions, placementColumns, poolEvents } from './columns.js';
import type { PoolEvents } from './columns.js';
import { SolverError } from './solve.js';
import { highs, resetHighs } from './highs.js';

/**
 * The LP bound by row generation: solve the placement LP with no capacity
 * rows, add the capacity rows the solution breaks, solve again (warm), and
 * repeat until nothing is broken. Usually only a small share of the possible
 * rows ever binds, so this reaches the exact LP optimum on models the plain
 * LP cannot hold. Every intermediate optimum is itself a valid lower bound (a
 * relaxation of the full LP), so a time limit still leaves a valid answer.
 */
export interface RowGenerationResult {
  bound: number;
  /** True when no capacity row is broken: the bound is the LP optimum. */
  exact: boolean;
  rounds: number;
  rowsAdded: number;
  columns: number;
  checkpoints: number;
  seconds: number;
  /** LP value of the unplaced columns: how many jobs the LP leaves out. */
  unplacedJobs: number;
}

/** Rows added per pool per round, most violated first. */
const ROWS_PER_POOL = 50;
/**
 * Capacity-row nonzeros the solver may hold. HiGHS runs in 32-bit WebAssembly,
 * so its memory is bounded; past this budget the last optimum is returned as
 * a valid but inexact bound.
 */
const NONZERO_BUDGET = 6_000_000;

export async function rowGenerationBound(ctx: PlacementContext, jobs: readonly JobSpec[], opts: { timeLimitS?: number; onRound?: (r: BoundRound) => void } = {}): Promise<RowGenerationResult> {
  const t0 = performance.now();
  const deadline = t0 + (opts.timeLimitS ?? 300) * 1000;
  const { colJob, colPool, colCost, colAt, byPool } = placementColumns(ctx, jobs);
  const numCols = colJob.length;
  const pools: { p: number; ev: PoolEvents; peaks: number[] }[] = [];
  let checkpoints = 0;
  ctx.pools.forEach((pool, p) => {
    const ev = poolEvents(byPool[p]!, colJob, jobs, 0, colAt);
    const peaks = peakPositions(ev, () => pool.units);
    checkpoints += peaks.length;
    if (peaks.length > 0) pools.push({ p, ev, peaks });
  });

  // Assignment rows, one per job, in CSR.
  const starts = [0];
  const indices: number[] = [];
  for (let c = 0; c < numCols; c++) {
    indices.push(c);
    if (c + 1 === numCols || colJob[c + 1] !== colJob[c]) starts.push(indices.length);
  }
  const scale = 10_000;
  const h = await highs();
  const added = new Set<string>();
  // The best optimum so far survives a solver abort (out of WebAssembly memory): it is still a valid bound.
  const progress = { bound: Number.NEGATIVE_INFINITY, rounds: 0, rowsAdded: 0, unplacedJobs: Number.NaN };
  const result = (exact: boolean): RowGenerationResult => ({
    bound: progress.bound, exact, rounds: progress.rounds, rowsAdded: progress.rowsAdded, columns: numCols, checkpoints,
    seconds: (performance.now() - t0) / 1000, unplacedJobs: progress.unplacedJobs,
  });

  try {
    return h.withModel(
    {
      numCols,
      numRows: jobs.length,
      colCost: Float64Array.from(colCost, (c) => c / scale),
      colLower: new Float64Array(numCols),
      colUpper: new Float64Array(numCols).fill(1),
      rowLower: new Float64Array(jobs.length).fill(1),
      rowUpper: new Float64Array(jobs.length).fill(1),
      matrix: { format: 'csr', numRows: jobs.length, numCols, starts: Int32Array.from(starts), indices: Int32Array.from(indices), values: new Float64Array(indices.length).fill(1) },
    },
    (model) => {
      model.options.set({ output_flag: false });
      let exact = false;
      let nonzeros = 0;
      for (;;) {
        const run = model.run();
        if (run.modelStatus !== 7) throw new SolverError(`the placement LP ended with HiGHS status ${run.modelStatus}`);
        progress.rounds++;
        progress.bound = model.getObjectiveValue() * scale;
        opts.onRound?.({ round: progress.rounds, bound: progress.bound, seconds: (performance.now() - t0) / 1000 });
        const x = Float64Array.from(model.getSolution().colValue);
        progress.unplacedJobs = 0;
        for (let c = 0; c < numCols; c++) if (colPool[c] === -1) progress.unplacedJobs += x[c] as number;
        // Broken capacity: the solution's load at each peak of each pool.
        const rowLower: number[] = [];
        const rowUpper: number[] = [];
        const rowStarts = [0];
        const rowIndices: number[] = [];
        const rowValues: number[] = [];
        for (const { p, ev, peaks } of pools) {
          const units = ctx.pools[p]!.units;
          const broken: { e: number; over: number }[] = [];
          let load = 0;
          let k = 0;
          for (let e = 0; e < ev.t.length && k < peaks.length; e++) {
            load += (ev.du[e] as number) * (x[ev.col[e] as number] as number);
            if (e !== peaks[k]) continue;
            k++;
            if (load > units * (1 + 1e-9) + 1e-7 && !added.has(`${p}:${e}`)) broken.push({ e, over: load - units });
          }
          broken.sort((a, b) => b.over - a.over);
          const chosen = new Set(broken.slice(0, ROWS_PER_POOL).map((b) => b.e));
          if (chosen.size === 0) continue;
          // One sweep collects the jobs running at each chosen peak.
          const active = new Map<number, number>();
          for (let e = 0; e < ev.t.length; e++) {
            const col = ev.col[e] as number;
            const du = ev.du[e] as number;
            if (du > 0) active.set(col, du);
            else active.delete(col);
            if (!chosen.has(e)) continue;
            for (const [c, u] of active) {
              rowIndices.push(c);
              rowValues.push(u);
            }
            rowStarts.push(rowIndices.length);
            rowLower.push(-Infinity);
            rowUpper.push(units);
            added.add(`${p}:${e}`);
          }
        }
        if (rowLower.length === 0) {
          exact = true;
          break;
        }
        if (performance.now() > deadline || nonzeros + rowIndices.length > NONZERO_BUDGET) break;
        nonzeros += rowIndices.length;
        model.addRows({
          lower: Float64Array.from(rowLower),
          upper: Float64Array.from(rowUpper),
          matrix: { format: 'csr', numRows: rowLower.length, numCols, starts: Int32Array.from(rowStarts), indices: Int32Array.from(rowIndices), values: Float64Array.from(rowValues) },
        });
        progress.rowsAdded += rowLower.length;
      }
      return result(exact);
    },
    );
  } catch (e) {
    if (!(e instanceof Error) || !/Aborted/.test(e.message) || progress.rounds === 0) throw e;
    resetHighs();
    return result(false);
  }
}
