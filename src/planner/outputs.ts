import { COMPUTE_CLASSES } from '../core/network/compute-class.js';
import { formatYuan } from '../core/money.js';
import { round } from '../core/simulate/summary.js';
import type { SimSummary } from '../core/simulate/summary.js';
import { csvField } from '../formats/csv.js';
import type { PlannedRun } from './plan.js';

/**
 * The planner's files, as text or lines: summary.json, jobs.csv and
 * series.csv (report.html is report.ts). No time of day and no machine
 * detail goes in: the same inputs and seed give the same bytes.
 */

export interface PlannerInputsNote {
  scenario: string;
  jobs: string;
  whatIfs: readonly string[];
  policy: string;
  seed: number;
  until?: number;
}

/** A what-if's figures beside the base's: the differences a meeting asks about. */
export interface RunComparison {
  run: string;
  /** Total cost change against the base, 1/10,000 yuan, and as a share of the base. */
  costChange: number;
  costChangeShare: number | null;
  co2ChangeTonnes: number;
  greenShareChange: number | null;
  unplacedUnitHoursChange: number;
  /** The same, for the jobs of each origin province. */
  byProvince: Record<string, { costChange: number; greenShareChange: number | null }>;
}

export function compare(base: SimSummary, s: SimSummary): RunComparison {
  const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : round(a - b, 4));
  const byProvince: RunComparison['byProvince'] = {};
  for (const [p, f] of Object.entries(s.byProvince)) {
    const b = base.byProvince[p];
    byProvince[p] = { costChange: f.cost - (b?.cost ?? 0), greenShareChange: diff(f.greenShareOfEnergy, b?.greenShareOfEnergy ?? null) };
  }
  return {
    run: s.name,
    costChange: s.cost.total - base.cost.total,
    costChangeShare: base.cost.total !== 0 ? round((s.cost.total - base.cost.total) / base.cost.total, 4) : null,
    co2ChangeTonnes: round(s.co2Tonnes - base.co2Tonnes),
    greenShareChange: diff(s.greenShareOfEnergy, base.greenShareOfEnergy),
    unplacedUnitHoursChange: round(s.unplacedUnitHours - base.unplacedUnitHours),
    byProvince,
  };
}

/** summary.json: the inputs, each run's summary (money also in yuan as text), and each what-if against the base. */
export function summaryJson(inputs: PlannerInputsNote, runs: readonly PlannedRun[], extra: Record<string, unknown> = {}): string {
  const base = runs[0]!.summary;
  const out = {
    inputs,
    runs: runs.map((r) => ({
      ...r.summary,
      ...(r.file !== undefined && { whatIf: r.file }),
      ...(r.plan.description !== undefined && { description: r.plan.description }),
      costYuan: Object.fromEntries(Object.entries(r.summary.cost).map(([k, v]) => [k, formatYuan(v)])),
    })),
    comparisons: runs.slice(1).map((r) => compare(base, r.summary)),
    ...extra,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

export const JOBS_CSV_HEADER = ['run', 'job', 'origin', 'class', 'units', 'latency', 'submitAt', 'durationS', 'state', 'dataCenter', 'pool', 'hub', 'startAt', 'waitS', 'costYuan', 'attempts', 'lostFrom', 'decidedBy'];

/**
 * jobs.csv: one row per job per run, in the order the runs and their jobs were given. Ids,
 * classes and numbers never need quoting (ids are letters, digits, ".", "_" and "-"); the
 * run's name, the rule and the lost-from list go through csvField.
 */
export function jobsCsv(runs: readonly PlannedRun[], line: (text: string) => void): void {
  line(JOBS_CSV_HEADER.join(','));
  for (const r of runs) {
    const net = r.versions[0]!.network;
    const run = csvField(r.plan.name);
    const hubOf = new Map(net.scenario.dataCenters.map((d) => [d.id, d.hubId]));
    const rules = new Map<string, string>();
    for (let j = 0; j < r.sim.size; j++) {
      const o = r.sim.outcome(j);
      const job = o.job;
      let rule = rules.get(o.decidedBy);
      if (rule === undefined) rules.set(o.decidedBy, (rule = csvField(o.decidedBy)));
      const placed = o.dataCenter !== undefined;
      line(`${run},${job.id},${job.origin},${job.class},${job.units},${job.latency},${round(job.submitAt, 9)},${job.durationS},${o.state},`
        + `${placed ? `${o.dataCenter},${o.pool},${hubOf.get(o.dataCenter!)},${round(o.startAt!, 9)},${round(o.waitS!, 9)}` : ',,,,'},`
        + `${formatYuan(o.cost)},${o.attempts},${o.lostFrom.length === 0 ? '' : csvField(o.lostFrom.join('|'))},${rule}`);
    }
  }
}

export const SERIES_CSV_HEADER = ['run', 'at', 'hub', ...COMPUTE_CLASSES.map((c) => `${c}Units`), 'pflops', 'powerKw', 'greenShare'];

/** series.csv: per run, hub and step (5 minutes), the mean units in use by class, the mean power and the green share. */
export function seriesCsv(runs: readonly PlannedRun[], line: (text: string) => void): void {
  line(SERIES_CSV_HEADER.join(','));
  for (const r of runs) {
    const s = r.sim.series;
    for (let i = 0; i < s.length; i++) {
      for (let h = 0; h < s.hubs.length; h++) {
        const row = s.row(h, i);
        line([r.plan.name, row.at, row.hub, ...COMPUTE_CLASSES.map((c) => round(row.units[c], 6)), round(row.pflops, 6), round(row.powerKw, 6), row.greenShare === null ? '' : round(row.greenShare, 4)].map((v) => csvField(v)).join(','));
      }
    }
  }
}
