import { COMPUTE_CLASSES } from '../network/compute-class.js';
import type { ComputeClass } from '../network/compute-class.js';
import type { Network } from '../network/network.js';
import type { JobState } from '../workload/lifecycle.js';
import type { Simulation } from './simulator.js';
import type { SimCost } from './tally.js';

/** What `summary.json` says of one run. Money in 1/10,000 yuan (integers); shares 0..1. */
export interface SimSummary {
  name: string;
  policy: string;
  jobs: { submitted: number } & Partial<Record<JobState, number>>;
  cost: SimCost;
  unplacedUnitHours: number;
  /** Unit-hours that ran on a data center that then went dark, and ran again elsewhere or not at all. */
  lostUnitHours: number;
  /** Waits of the jobs that were placed, from submission to start, seconds. */
  waitS: { p50: number; p95: number; p99: number; max: number; mean: number; waited: number };
  energyMwh: number;
  co2Tonnes: number;
  greenShareOfEnergy: number | null;
  /** Share of batch unit-hours (final runs) on western hubs. */
  batchWestShare: number | null;
  /** Per hub and class: mean share of the hub's units in use from time 0 to the end of the last run. */
  usePerHub: Record<string, Partial<Record<ComputeClass, number>>>;
  latencyViolations: number;
  /** Times jobs were lost with a dark data center, and jobs placed again after that. */
  jobsLost: number;
  jobsPlacedAgain: number;
  /** Unit-hours from each origin's home hub to the hub that ran them. */
  flows: { from: string; to: string; unitHours: number }[];
  /** Per origin province: jobs, money (placements, penalties and lost work), and the green share of their energy. */
  byProvince: Record<string, { jobs: number; cost: number; greenShareOfEnergy: number | null }>;
  /** Seconds from time 0 to the last event. */
  spanS: number;
}

/** Rounds a figure for the file: the same inputs give the same bytes, and nobody reads 17 digits. */
export function round(x: number, digits = 6): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  const scale = 10 ** Math.max(0, digits - Math.ceil(Math.log10(Math.abs(x))));
  return Math.round(x * scale) / scale;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

export function summarize(name: string, sim: Simulation, network: Network): SimSummary {
  const t = sim.tally;
  const jobs: SimSummary['jobs'] = { submitted: sim.size };
  const waits: number[] = [];
  let placedAgain = 0;
  for (let j = 0; j < sim.size; j++) {
    const o = sim.outcome(j);
    jobs[o.state] = (jobs[o.state] ?? 0) + 1;
    if (o.waitS !== undefined) waits.push(o.waitS);
    if (o.lostFrom.length > 0 && o.dataCenter !== undefined) placedAgain++;
  }
  const sorted = Float64Array.from(waits).sort();
  let sum = 0;
  let waited = 0;
  for (const w of sorted) {
    sum += w;
    if (w > 0) waited++;
  }
  const span = Math.max(sim.progress.virtualS, sim.series.length * sim.series.stepS);
  const usePerHub: SimSummary['usePerHub'] = {};
  network.scenario.hubs.forEach((h, k) => {
    const row: Partial<Record<ComputeClass, number>> = {};
    for (const cls of COMPUTE_CLASSES) {
      const units = network.scenario.dataCenters.filter((d) => d.hubId === h.id).reduce((s, d) => s + d.pools.filter((p) => p.class === cls).reduce((a, p) => a + p.units, 0), 0);
      if (units > 0) row[cls] = span > 0 ? round(sim.series.unitSeconds(k, cls) / (units * span), 4) : 0;
    }
    usePerHub[h.id] = row;
  });
  const byProvince: SimSummary['byProvince'] = {};
  for (const [p, f] of [...t.provinces].sort((a, b) => a[0].localeCompare(b[0]))) {
    byProvince[p] = { jobs: f.jobs, cost: f.cost, greenShareOfEnergy: f.energyKwh > 0 ? round(f.greenKwh / f.energyKwh, 4) : null };
  }
  return {
    name, policy: sim.policyName, jobs, cost: t.totals(),
    unplacedUnitHours: round(t.unplacedUnitHours), lostUnitHours: round(t.lostUnitHours),
    waitS: { p50: round(percentile(sorted, 0.5)), p95: round(percentile(sorted, 0.95)), p99: round(percentile(sorted, 0.99)), max: round(sorted.length > 0 ? (sorted[sorted.length - 1] as number) : 0), mean: round(sorted.length > 0 ? sum / sorted.length : 0), waited },
    energyMwh: round(t.energyKwh / 1000), co2Tonnes: round(t.co2Kg / 1000),
    greenShareOfEnergy: t.energyKwh > 0 ? round(t.greenKwh / t.energyKwh, 4) : null,
    batchWestShare: t.batchUnitHours > 0 ? round(t.batchWestUnitHours / t.batchUnitHours, 4) : null,
    usePerHub, latencyViolations: t.latencyViolations, jobsLost: t.jobsLost, jobsPlacedAgain: placedAgain,
    flows: [...t.flows].sort((a, b) => a[0].localeCompare(b[0])).map(([k, uh]) => {
      const [from, to] = k.split('>') as [string, string];
      return { from, to, unitHours: round(uh) };
    }),
    byProvince, spanS: round(span),
  };
}
