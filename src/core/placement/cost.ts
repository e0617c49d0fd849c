import type { DataCenter, Pool, Scenario } from '../network/model.js';
import type { Money } from '../money.js';
import type { JobSpec } from '../workload/job.js';
import { runIntegrals } from './hourly.js';

/**
 * The cost model of placement (docs/placement.md). Each part is a whole number
 * of 1/10,000 yuan, rounded to nearest from the exact figure; the total is the
 * sum of the rounded parts, so parts always add up to the total.
 */
export interface CostParts {
  /** Posted price x units x hours. */
  compute: Money;
  /** Transfer price x input GB, when the data center is outside the origin's home hub. */
  transfer: Money;
  /** Carbon price x emissions of the energy not covered by green power. */
  carbon: Money;
  total: Money;
}

/** Physical figures of a placement: energy and emissions (not money, so floats). */
export interface EnergyFigures {
  /** Facility energy: units x unitPowerKw x PUE x hours. */
  energyKwh: number;
  /** The part of it from green power. */
  greenKwh: number;
  /** Emissions of the rest at the grid factor. */
  co2Kg: number;
}

export function hoursOf(job: Pick<JobSpec, 'durationS'>): number {
  return job.durationS / 3600;
}

/** Energy of a job's run; with hourly green shares, over its run from `submitAt` (the start it is placed at). */
export function energyOf(job: Pick<JobSpec, 'units' | 'durationS'> & Partial<Pick<JobSpec, 'submitAt'>>, pool: Pool, dc: DataCenter): EnergyFigures {
  const energyKwh = job.units * pool.unitPowerKw * dc.pue * hoursOf(job);
  const green = dc.hourly ? runIntegrals(dc, job.submitAt ?? 0, job.durationS).greenSeconds / job.durationS : dc.greenShare;
  return { energyKwh, greenKwh: energyKwh * green, co2Kg: energyKwh * (1 - green) * dc.gridFactor };
}

/**
 * Cost of running `job` in `pool` of `dc`. `crossesHubs` says whether the data
 * center's hub differs from the origin's home hub (input data must move).
 */
export function costOf(job: JobSpec, pool: Pool, dc: DataCenter, scenario: Scenario, crossesHubs: boolean): CostParts {
  return costInto({ compute: 0, transfer: 0, carbon: 0, total: 0 }, job, pool, dc, scenario, crossesHubs);
}

/** Compute cost of `units` for `durationS` at a price per unit-hour, in integer money (rounded to the nearest minor unit). */
export function computeCost(pricePerUnitHour: Money, units: number, durationS: number): Money {
  return Math.round((pricePerUnitHour * units * durationS) / 3600);
}

/**
 * costOf(), written into `out` (the placement walk reuses one object) and
 * returned. On a data center with hourly figures, the run from the job's
 * `submitAt` (the start it is placed at) integrates them: compute is the
 * price x that hour's factor x units x hours in each hour, and carbon uses
 * each hour's green share.
 */
export function costInto(out: CostParts, job: JobSpec, pool: Pool, dc: DataCenter, scenario: Scenario, crossesHubs: boolean): CostParts {
  out.transfer = crossesHubs ? Math.round(scenario.network.transferPricePerGb * job.dataGb) : 0;
  const energyKwh = job.units * pool.unitPowerKw * dc.pue * hoursOf(job);
  if (dc.hourly) {
    const { priceSeconds, greenSeconds } = runIntegrals(dc, job.submitAt, job.durationS);
    out.compute = Math.round((pool.price * job.units * priceSeconds) / 3600);
    out.carbon = Math.round(scenario.carbonPrice * (energyKwh * (1 - greenSeconds / job.durationS) * dc.gridFactor));
  } else {
    out.compute = computeCost(pool.price, job.units, job.durationS);
    out.carbon = Math.round(scenario.carbonPrice * (energyKwh * (1 - dc.greenShare) * dc.gridFactor));
  }
  out.total = out.compute + out.transfer + out.carbon;
  return out;
}

/** A cost of its own, for a decision to keep (the placement walk reuses its working one). */
export function copyCost(c: CostParts): CostParts {
  return { compute: c.compute, transfer: c.transfer, carbon: c.carbon, total: c.total };
}

/** What a job nobody can host costs: the unplaced penalty x units x hours. */
export function unplacedCost(job: JobSpec, scenario: Scenario): Money {
  return Math.round((scenario.unplacedPenalty * job.units * job.durationS) / 3600);
}
