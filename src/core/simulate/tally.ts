import type { Network } from '../network/network.js';
import type { JobSpec } from '../workload/job.js';
import { latencyBoundMs } from '../workload/job.js';
import { runIntegrals } from '../placement/hourly.js';
import type { PlacementContext } from '../placement/context.js';
import type { Decision } from '../placement/types.js';
import type { HubSeries } from './series.js';

/** Money of a run, by part, in 1/10,000 yuan. */
export interface SimCost {
  compute: number;
  transfer: number;
  carbon: number;
  /** The unplaced penalty of jobs never placed (failed, or still waiting at the end). */
  penalty: number;
  /** Compute and carbon of runs lost with their data center, for the time they ran. */
  lostWork: number;
  total: number;
}

/** Figures of the jobs from one origin province: what "Chongqing's enterprises" pay, and how green their energy is. */
export interface ProvinceFigures {
  jobs: number;
  cost: number;
  energyKwh: number;
  greenKwh: number;
}

/**
 * The running totals of a simulation: money by part, energy and emissions
 * of every run (lost ones too), the western share of batch work, the
 * east-to-west flow and the figures per origin province.
 */
export class SimTally {
  readonly cost: SimCost = { compute: 0, transfer: 0, carbon: 0, penalty: 0, lostWork: 0, total: 0 };
  energyKwh = 0;
  greenKwh = 0;
  co2Kg = 0;
  unplacedUnitHours = 0;
  lostUnitHours = 0;
  latencyViolations = 0;
  /** Times a job was lost with its data center. */
  jobsLost = 0;
  /** Jobs lost at least once. */
  jobsLostOnce = 0;
  batchUnitHours = 0;
  batchWestUnitHours = 0;
  /** Unit-hours from each origin's home hub to the hub that ran them: `from>to`. */
  readonly flows = new Map<string, number>();
  readonly provinces = new Map<string, ProvinceFigures>();
  private readonly west: Set<string>;
  private readonly carbonPrice: number;

  constructor(private readonly network: Network, private readonly series: HubSeries) {
    this.west = new Set(network.scenario.hubs.filter((h) => h.side === 'west').map((h) => h.id));
    this.carbonPrice = network.scenario.carbonPrice;
  }

  private province(job: JobSpec): ProvinceFigures {
    const name = this.network.origins.get(job.origin)?.province ?? job.origin;
    let p = this.provinces.get(name);
    if (!p) {
      p = { jobs: 0, cost: 0, energyKwh: 0, greenKwh: 0 };
      this.provinces.set(name, p);
    }
    return p;
  }

  /** A placement was made. */
  placed(job: JobSpec, d: Decision): void {
    if ((d.latencyMs ?? 0) > latencyBoundMs(job)) this.latencyViolations++;
  }

  /**
   * Job `job` ran on pool `pool` over [start, end): its energy, emissions and
   * series. A lost run is charged compute and carbon for the time it ran; a
   * final run's money is its placement's cost (charged()).
   */
  ran(job: JobSpec, ctx: PlacementContext, pool: number, start: number, end: number, lost = false): void {
    const p = ctx.pools[pool]!;
    const dc = ctx.poolDc[pool]!;
    const seconds = end - start;
    const powerKw = job.units * p.unitPowerKw * dc.pue;
    const energy = (powerKw * seconds) / 3600;
    // Hourly figures are integrated over the run; the series takes the run's mean green share.
    const { priceSeconds, greenSeconds } = runIntegrals(dc, start, seconds);
    const share = seconds > 0 ? greenSeconds / seconds : dc.greenShare;
    const green = energy * share;
    const co2 = (energy - green) * dc.gridFactor;
    this.energyKwh += energy;
    this.greenKwh += green;
    this.co2Kg += co2;
    const prov = this.province(job);
    prov.energyKwh += energy;
    prov.greenKwh += green;
    this.series.addRun(ctx.poolHub[pool] as number, p.class, job.units, job.units * p.unitTflops, powerKw, share, start, end);
    const uh = (job.units * seconds) / 3600;
    if (lost) {
      const money = Math.round((p.price * job.units * priceSeconds) / 3600) + Math.round(this.carbonPrice * co2);
      this.cost.lostWork += money;
      prov.cost += money;
      this.lostUnitHours += uh;
      return;
    }
    if (job.latency === 'batch') {
      this.batchUnitHours += uh;
      if (this.west.has(dc.hubId)) this.batchWestUnitHours += uh;
    }
    const key = `${this.network.homeHub(job.origin)}>${dc.hubId}`;
    this.flows.set(key, (this.flows.get(key) ?? 0) + uh);
  }

  /** A job was lost with its data center. */
  lost(first: boolean): void {
    this.jobsLost++;
    if (first) this.jobsLostOnce++;
  }

  /** The money of a job's final placement. */
  charged(job: JobSpec, compute: number, transfer: number, carbon: number): void {
    this.cost.compute += compute;
    this.cost.transfer += transfer;
    this.cost.carbon += carbon;
    const prov = this.province(job);
    prov.jobs++;
    prov.cost += compute + transfer + carbon;
  }

  /** A job never placed pays the unplaced penalty. */
  unplaced(job: JobSpec, penalty: number): void {
    this.cost.penalty += penalty;
    this.unplacedUnitHours += (job.units * job.durationS) / 3600;
    const prov = this.province(job);
    prov.jobs++;
    prov.cost += penalty;
  }

  /** The cost with its total. */
  totals(): SimCost {
    const c = this.cost;
    return { ...c, total: c.compute + c.transfer + c.carbon + c.penalty + c.lostWork };
  }
}
