import { COMPUTE_CLASSES } from '../network/compute-class.js';
import type { ComputeClass } from '../network/compute-class.js';
import type { Network } from '../network/network.js';
import type { JobState } from '../workload/lifecycle.js';
import { dayReaching, fitLine } from '../trend-fit.js';
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
  /** Where capacity runs out first, and how fast use grows. */
  capacity: CapacityOutlook;
}

/** Per hub and class, how close use came to the units there; per class, the trend of daily use and when it fills. */
export interface CapacityOutlook {
  /** Largest share first. */
  hubs: { hub: string; class: ComputeClass; units: number; peakShare: number; hoursAbove95: number }[];
  trends: { class: ComputeClass; units: number; days: number; slopePerDay: number | null; slopeInterval: [number, number] | null; fullOnDay: number | null; growing: boolean; note: string }[];
}

/**
 * Where capacity runs out first: each hub's peak share of its units of a
 * class in use (5-minute means) and the hours at 95% or more; and per class,
 * a least-squares line through the daily mean use network-wide over the
 * whole days of arrivals after the first (ten years at most ahead), with the day (from time 0) it reaches the class's
 * units, as the live platform's trends project it (src/core/trend-fit.ts).
 */
export function capacityOutlook(sim: Simulation, network: Network): CapacityOutlook {
  const s = sim.series;
  const hubs: CapacityOutlook['hubs'] = [];
  const unitsOf = hubUnits(network);
  s.hubs.forEach((hub, k) => {
    for (const cls of COMPUTE_CLASSES) {
      const units = unitsOf(hub, cls);
      if (units === 0) continue;
      let peak = 0;
      let above = 0;
      for (let i = 0; i < s.length; i++) {
        const share = s.row(k, i).units[cls] / units;
        if (share > peak) peak = share;
        if (share >= 0.95) above++;
      }
      hubs.push({ hub, class: cls, units, peakShare: round(peak, 4), hoursAbove95: round((above * s.stepS) / 3600, 4) });
    }
  });
  hubs.sort((a, b) => b.peakShare - a.peakShare || b.hoursAbove95 - a.hoursAbove95 || a.hub.localeCompare(b.hub));
  const lastArrival = sim.size > 0 ? (sim.jobs[sim.size - 1] as { submitAt: number }).submitAt : 0;
  const days = Math.floor(lastArrival / 86_400);
  const perDay = Math.round(86_400 / s.stepS);
  const trends: CapacityOutlook['trends'] = [];
  for (const cls of COMPUTE_CLASSES) {
    const units = s.hubs.reduce((a, h) => a + unitsOf(h, cls), 0);
    if (units === 0) continue;
    // The first day is left out: the simulation starts with nothing running, and its use only builds up.
    const points = Array.from({ length: Math.max(0, days - 1) }, (_, k) => {
      const d = k + 1;
      let sum = 0;
      for (let i = d * perDay; i < (d + 1) * perDay; i++) for (let k = 0; k < s.hubs.length; k++) sum += i < s.length ? s.row(k, i).units[cls] : 0;
      return { x: d, y: sum / perDay };
    });
    const horizon = 3650;
    const fit = fitLine(points);
    if (!fit) {
      trends.push({ class: cls, units, days: points.length, slopePerDay: null, slopeInterval: null, fullOnDay: null, growing: false, note: `too short for a fit: ${points.length} whole day${points.length === 1 ? '' : 's'} of arrivals after the first, and a fit needs at least 3` });
      continue;
    }
    const full = dayReaching(fit, units, days - 1);
    // Growth counts only where the slope's 95% interval lies above zero: a flat week projects nothing.
    const growing = fit.slopeLow > 0;
    trends.push({
      class: cls, units, days: points.length, slopePerDay: round(fit.slope), slopeInterval: [round(fit.slopeLow), round(fit.slopeHigh)],
      fullOnDay: full === undefined || full > horizon ? null : round(full, 3), growing,
      note: !growing ? 'no clear growth: the 95% interval of the daily change includes 0'
        : full === undefined || full > horizon ? 'at this rate it does not fill within ten years' : `at this rate the ${units} units fill on day ${Math.floor(full) + 1}`,
    });
  }
  return { hubs, trends };
}

/** Rounds a figure for the file: the same inputs give the same bytes, and nobody reads 17 digits. */
export function round(x: number, digits = 6): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  const scale = 10 ** Math.max(0, digits - Math.ceil(Math.log10(Math.abs(x))));
  return Math.round(x * scale) / scale;
}

/** Units of each class in each hub, summed once: a look-up by hub id and class. */
function hubUnits(network: Network): (hub: string, cls: ComputeClass) => number {
  const units = new Map<string, number>();
  for (const d of network.scenario.dataCenters) {
    for (const p of d.pools) units.set(`${d.hubId}|${p.class}`, (units.get(`${d.hubId}|${p.class}`) ?? 0) + p.units);
  }
  return (hub, cls) => units.get(`${hub}|${cls}`) ?? 0;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

export function summarize(name: string, sim: Simulation, network: Network): SimSummary {
  const t = sim.tally;
  const jobs: SimSummary['jobs'] = { submitted: sim.size };
  let placedAgain = 0;
  for (let j = 0; j < sim.size; j++) {
    const o = sim.outcome(j);
    jobs[o.state] = (jobs[o.state] ?? 0) + 1;
    if (o.lostFrom.length > 0 && o.dataCenter !== undefined) placedAgain++;
  }
  const sorted = sim.waits().slice().sort();
  let sum = 0;
  let waited = 0;
  for (const w of sorted) {
    sum += w;
    if (w > 0) waited++;
  }
  const span = Math.max(sim.progress.virtualS, sim.series.length * sim.series.stepS);
  const usePerHub: SimSummary['usePerHub'] = {};
  const unitsOf = hubUnits(network);
  network.scenario.hubs.forEach((h, k) => {
    const row: Partial<Record<ComputeClass, number>> = {};
    for (const cls of COMPUTE_CLASSES) {
      const units = unitsOf(h.id, cls);
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
    byProvince, spanS: round(span), capacity: capacityOutlook(sim, network),
  };
}
