import { AppError } from '../core/errors.js';
import { highs } from './highs.js';
import type { PlacementLp } from './placement-lp.js';

export interface LpSolution {
  /** HiGHS model status, e.g. "Optimal", "Time limit reached". */
  status: string;
  /** Objective of the solution found, in 1/10,000 yuan. */
  objective: number;
  /** For a MIP: the proven lower bound on the optimum. For an LP solved to optimality: the objective. */
  lowerBound: number;
  /** Value of each column. */
  x: Float64Array;
  /** Dual value (shadow price) of each row, for an LP. */
  rowDual?: Float64Array;
  /** Reduced cost of each column, for an LP (1/10,000 yuan per unit of the column). */
  colDual?: Float64Array;
  seconds: number;
}

export class SolverError extends AppError {
  readonly code = 'internal';
}

const STATUS: Record<number, string> = {
  0: 'Not set', 1: 'Load error', 2: 'Model error', 3: 'Presolve error', 4: 'Solve error', 5: 'Postsolve error',
  6: 'Empty', 7: 'Optimal', 8: 'Infeasible', 9: 'Primal infeasible or unbounded', 10: 'Unbounded',
  11: 'Bound on objective reached', 12: 'Target for objective reached', 13: 'Time limit reached',
  14: 'Iteration limit reached', 15: 'Unknown', 16: 'Solution limit reached', 17: 'Interrupted', 18: 'Memory limit reached',
};

/**
 * Solves the placement LP, or the MIP with every column integral when
 * `integer` is set (then `timeLimitS` bounds the effort and `lowerBound` is
 * HiGHS's proven dual bound).
 */
export async function solvePlacementLp(lp: PlacementLp, opts: { integer?: boolean; timeLimitS?: number } = {}): Promise<LpSolution> {
  const h = await highs();
  const t0 = performance.now();
  // Costs in yuan keep the numbers in a range the solver likes; the objective is scaled back.
  const scale = 10_000;
  const colCost = Float64Array.from(lp.colCost, (c) => c / scale);
  return h.withModel(
    {
      numCols: lp.numCols,
      numRows: lp.numRows,
      colCost,
      colLower: new Float64Array(lp.numCols),
      colUpper: lp.colUpper,
      rowLower: lp.rowLower,
      rowUpper: lp.rowUpper,
      matrix: {
        format: 'csr', numRows: lp.numRows, numCols: lp.numCols,
        starts: Int32Array.from(lp.rowStarts), indices: Int32Array.from(lp.rowIndices), values: Float64Array.from(lp.rowValues),
      },
      // Only the assignment columns are integral in the MIP; loads follow from them.
      ...(opts.integer && { integrality: Int32Array.from({ length: lp.numCols }, (_, c) => (c < lp.assignmentCols ? 1 : 0)) }),
    },
    (model) => {
      model.options.set({ output_flag: false, ...(opts.timeLimitS !== undefined && { time_limit: opts.timeLimitS }) });
      const run = model.run();
      const status = STATUS[run.modelStatus] ?? `status ${run.modelStatus}`;
      if (run.modelStatus !== 7 && run.modelStatus !== 13) {
        throw new SolverError(`the placement LP ended with status "${status}"`);
      }
      const sol = model.getSolution();
      const objective = model.getObjectiveValue() * scale;
      const dualBound = opts.integer ? Number(model.info.get('mip_dual_bound')) * scale : objective;
      return {
        status,
        objective,
        lowerBound: dualBound,
        x: Float64Array.from(sol.colValue),
        ...(!opts.integer && { rowDual: Float64Array.from(sol.rowDual).map((d) => d * scale), colDual: Float64Array.from(sol.colDual).map((d) => d * scale) }),
        seconds: (performance.now() - t0) / 1000,
      };
    },
  );
}
