import type { JobSpec } from '../workload/job.js';
import { latencyBoundMs } from '../workload/job.js';
import type { PlacementContext, ReachList } from './context.js';
import { runIntegrals } from './hourly.js';

/**
 * When a job that may wait (`maxWaitS` > 0) should start. The candidates are
 * its submission time and every whole hour of China Standard Time inside
 * its window (prices and green shares change on the hour). Each is priced
 * at the job's cheapest pools for that start (compute and carbon integrated
 * over the run's hours, plus transfer), capacity aside: the placement at
 * that start finds the pool with room.
 */

/** How a policy chooses a start. */
export type StartRule =
  /** Start when submitted (every baseline but wait-awhile). */
  | 'now'
  /** The engine: the cheapest start in the window, counting compute, transfer and carbon. */
  | 'cheapest'
  /** "Let's Wait Awhile" (Wiesner et al., 2021): the job's cheapest pool now, started in the hour of its window with the least carbon there. */
  | 'greenest-hour';

/** One start considered, and what the job would cost then at its best pool. */
export interface StartOption {
  at: number;
  /** Estimated cost at that start, 1/10,000 yuan (a float: for ranking only). */
  cost: number;
  /** Kilograms of CO2 of the run at that start, at the same pool. */
  co2Kg: number;
  pool?: string;
}

export interface StartChoice {
  at: number;
  rule: StartRule;
  considered: StartOption[];
  reason: string;
}

/** Pools of each candidate start priced: the cheapest ones by flat rate are enough to find the best start. */
const POOLS_PER_START = 24;

/** The job's candidate starts: submitAt, then each whole hour in (submitAt, submitAt + maxWaitS]. */
export function startCandidates(job: Pick<JobSpec, 'submitAt' | 'maxWaitS'>): number[] {
  const out = [job.submitAt];
  const latest = job.submitAt + (job.maxWaitS ?? 0);
  for (let t = (Math.floor(job.submitAt / 3600) + 1) * 3600; t <= latest; t += 3600) out.push(t);
  return out;
}

/** The pools the job may use by what it is (class, latency, models, residency, green floor, price cap), cheapest flat rate first. */
function poolsFor(ctx: PlacementContext, job: JobSpec): number[] {
  const reach = ctx.reachableFrom(ctx.origin(job.origin), job.class, latencyBoundMs(job));
  const lists: ReachList[] = job.models === undefined ? [reach] : job.models.map((m) => ctx.modelList(reach, m));
  const out: number[] = [];
  for (const list of lists) {
    for (const i of list.all) {
      if (out.length >= POOLS_PER_START * lists.length) break;
      const dc = ctx.poolDc[i]!;
      const pool = ctx.pools[i]!;
      if (job.residency && !job.residency.includes(dc.hubId) && !job.residency.includes(dc.province)) continue;
      if (job.minGreenShare !== undefined && dc.greenShare < job.minGreenShare) continue;
      if (job.maxPrice !== undefined && pool.price > job.maxPrice) continue;
      out.push(i);
    }
  }
  return out;
}

/** Cost and CO2 of the job on pool `i` from `start`. */
function priceAt(ctx: PlacementContext, job: JobSpec, i: number, start: number): { cost: number; co2Kg: number } {
  const pool = ctx.pools[i]!;
  const dc = ctx.poolDc[i]!;
  const s = ctx.network.scenario;
  const { priceSeconds, greenSeconds } = runIntegrals(dc, start, job.durationS);
  const kwhPerSecond = (job.units * pool.unitPowerKw * dc.pue) / 3600;
  const co2Kg = kwhPerSecond * (job.durationS - greenSeconds) * dc.gridFactor;
  const transfer = ctx.poolHub[i] !== ctx.origin(job.origin).homeAt ? s.network.transferPricePerGb * job.dataGb : 0;
  return { cost: (pool.price * job.units * priceSeconds) / 3600 + transfer + s.carbonPrice * co2Kg, co2Kg };
}

/** When the job starts under `rule`; a job that may not wait starts when submitted. */
export function chooseStart(ctx: PlacementContext, job: JobSpec, rule: StartRule): StartChoice {
  const candidates = startCandidates(job);
  if (rule === 'now' || candidates.length === 1) {
    return { at: job.submitAt, rule, considered: [], reason: candidates.length === 1 ? 'it may not wait' : 'the policy starts every job when it is submitted' };
  }
  const pools = poolsFor(ctx, job);
  if (pools.length === 0) return { at: job.submitAt, rule, considered: [], reason: 'no pool it may use: it is tried when submitted' };
  if (rule === 'greenest-hour') {
    // The cheapest pool for a start now, then the start with the least carbon there.
    let best = pools[0]!;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const i of pools) {
      const c = priceAt(ctx, job, i, job.submitAt).cost;
      if (c < bestCost) {
        bestCost = c;
        best = i;
      }
    }
    const considered = candidates.map((at) => ({ at, ...priceAt(ctx, job, best, at), pool: ctx.pools[best]!.key }));
    const chosen = considered.reduce((a, b) => (b.co2Kg < a.co2Kg - 1e-9 ? b : a));
    return { at: chosen.at, rule, considered, reason: `the hour of its window with the least carbon at ${ctx.pools[best]!.key}, its cheapest pool` };
  }
  const considered = candidates.map((at) => {
    let opt: StartOption = { at, cost: Number.POSITIVE_INFINITY, co2Kg: 0 };
    for (const i of pools) {
      const p = priceAt(ctx, job, i, at);
      if (p.cost < opt.cost) opt = { at, ...p, pool: ctx.pools[i]!.key };
    }
    return opt;
  });
  // The cheapest start; a later one must save more than rounding to be worth the wait.
  const chosen = considered.reduce((a, b) => (b.cost < a.cost - 1 ? b : a));
  const now = considered[0]!;
  return {
    at: chosen.at, rule, considered,
    reason: chosen.at === job.submitAt ? 'starting now is the cheapest in its window' : `${Math.round(((now.cost - chosen.cost) / now.cost) * 1000) / 10}% cheaper than starting now`,
  };
}
