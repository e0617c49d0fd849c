import { COMPUTE_CLASSES, TFLOPS_PER_P, perClass } from './compute-class.js';
import type { PerClass } from './compute-class.js';
import type { DataCenter, Hub, Scenario } from './model.js';

/**
 * Capacity and energy figures of a set of data centers. Capacity is in P
 * (PFLOPS) in each class's own precision. Shares and factors are averages
 * weighted by facility power at full load (IT kW x PUE), PUE by IT kW: the
 * figures a regulator would compute from metered power.
 */
export interface Totals {
  dataCenters: number;
  capacityP: PerClass<number>;
  units: PerClass<number>;
  /** IT power of all units at full load, kW. */
  itPowerKw: number;
  racks: { built: number; inUse: number; fillRate: number | null };
  /** PUE weighted by IT power; null with no power. */
  pue: number | null;
  /** Green-power share weighted by facility power. */
  greenShare: number | null;
  /** Grid emission factor weighted by facility power, kgCO2/kWh. */
  gridFactor: number | null;
  /** Emissions per kWh actually drawn, after the green share: gridFactor x (1 - greenShare), weighted. */
  effectiveFactor: number | null;
}

export interface DataCenterSummary extends Totals {
  id: string;
  name: string;
  province: string;
}

export interface ClusterSummary {
  /** Null for the data centers of a hub that are outside every cluster. */
  id: string | null;
  name: string;
  national: boolean;
  totals: Totals;
  dataCenters: DataCenterSummary[];
}

export interface HubSummary {
  id: string;
  name: string;
  side: Hub['side'];
  national: boolean;
  totals: Totals;
  clusters: ClusterSummary[];
}

export interface ScenarioSummary {
  name: string;
  counts: { hubs: number; nationalHubs: number; clusters: number; nationalClusters: number; dataCenters: number; origins: number; pools: number };
  totals: Totals;
  hubs: HubSummary[];
}

/** Running sums from which Totals are derived; adding is associative, so hub and national totals are sums of data centers. */
interface Acc {
  dataCenters: number;
  tflops: PerClass<number>;
  units: PerClass<number>;
  itKw: number;
  facilityKw: number;
  pueWeighted: number;
  greenWeighted: number;
  gridWeighted: number;
  effectiveWeighted: number;
  racksBuilt: number;
  racksInUse: number;
}

function emptyAcc(): Acc {
  return {
    dataCenters: 0, tflops: perClass(() => 0), units: perClass(() => 0), itKw: 0, facilityKw: 0,
    pueWeighted: 0, greenWeighted: 0, gridWeighted: 0, effectiveWeighted: 0, racksBuilt: 0, racksInUse: 0,
  };
}

function addDataCenter(acc: Acc, d: DataCenter): void {
  let itKw = 0;
  for (const p of d.pools) {
    acc.tflops[p.class] += p.units * p.unitTflops;
    acc.units[p.class] += p.units;
    itKw += p.units * p.unitPowerKw;
  }
  const facilityKw = itKw * d.pue;
  acc.dataCenters += 1;
  acc.itKw += itKw;
  acc.facilityKw += facilityKw;
  acc.pueWeighted += d.pue * itKw;
  acc.greenWeighted += d.greenShare * facilityKw;
  acc.gridWeighted += d.gridFactor * facilityKw;
  acc.effectiveWeighted += d.gridFactor * (1 - d.greenShare) * facilityKw;
  acc.racksBuilt += d.racks.built;
  acc.racksInUse += d.racks.inUse;
}

function totalsOf(acc: Acc): Totals {
  const ratio = (num: number, den: number): number | null => (den > 0 ? num / den : null);
  return {
    dataCenters: acc.dataCenters,
    capacityP: perClass((c) => acc.tflops[c] / TFLOPS_PER_P),
    units: { ...acc.units },
    itPowerKw: acc.itKw,
    racks: { built: acc.racksBuilt, inUse: acc.racksInUse, fillRate: ratio(acc.racksInUse, acc.racksBuilt) },
    pue: ratio(acc.pueWeighted, acc.itKw),
    greenShare: ratio(acc.greenWeighted, acc.facilityKw),
    gridFactor: ratio(acc.gridWeighted, acc.facilityKw),
    effectiveFactor: ratio(acc.effectiveWeighted, acc.facilityKw),
  };
}

/** Totals over any list of data centers. */
export function totalsFor(dataCenters: readonly DataCenter[]): Totals {
  const acc = emptyAcc();
  for (const d of dataCenters) addDataCenter(acc, d);
  return totalsOf(acc);
}

/** Sum of capacity over all classes, in P. */
export function totalCapacityP(t: Totals): number {
  return COMPUTE_CLASSES.reduce((s, c) => s + t.capacityP[c], 0);
}

/** Rolls a scenario up by data center, cluster, hub and nation. */
export function summarizeScenario(s: Scenario): ScenarioSummary {
  const byHub = new Map<string, DataCenter[]>();
  for (const d of s.dataCenters) {
    const list = byHub.get(d.hubId);
    if (list) list.push(d);
    else byHub.set(d.hubId, [d]);
  }
  const hubs: HubSummary[] = s.hubs.map((h) => {
    const dcs = byHub.get(h.id) ?? [];
    const clusters: ClusterSummary[] = s.clusters
      .filter((c) => c.hubId === h.id)
      .map((c) => clusterSummary(c.id, c.name, c.national, dcs.filter((d) => d.clusterId === c.id)));
    const outside = dcs.filter((d) => d.clusterId === undefined);
    if (outside.length > 0) clusters.push(clusterSummary(null, 'outside any cluster', false, outside));
    return { id: h.id, name: h.name, side: h.side, national: h.national, totals: totalsFor(dcs), clusters };
  });
  return {
    name: s.name,
    counts: {
      hubs: s.hubs.length,
      nationalHubs: s.hubs.filter((h) => h.national).length,
      clusters: s.clusters.length,
      nationalClusters: s.clusters.filter((c) => c.national).length,
      dataCenters: s.dataCenters.length,
      origins: s.origins.length,
      pools: s.dataCenters.reduce((n, d) => n + d.pools.length, 0),
    },
    totals: totalsFor(s.dataCenters),
    hubs,
  };
}

function clusterSummary(id: string | null, name: string, national: boolean, dcs: DataCenter[]): ClusterSummary {
  return {
    id, name, national,
    totals: totalsFor(dcs),
    dataCenters: dcs.map((d) => ({ id: d.id, name: d.name, province: d.province, ...totalsFor([d]) })),
  };
}
