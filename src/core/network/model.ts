import type { ComputeClass } from './compute-class.js';
import type { LatencyParams } from './latency.js';
import type { Money } from '../money.js';

/** East hubs serve nearby real-time demand; west hubs have cheap green power. */
export type HubSide = 'east' | 'west';

export interface Hub {
  id: string;
  name: string;
  /** The name in Chinese, where the scenario gives one. */
  nameZh?: string;
  side: HubSide;
  /** One of the 8 national hub nodes. */
  national: boolean;
  lat?: number;
  lon?: number;
}

export interface Cluster {
  id: string;
  hubId: string;
  name: string;
  /** The name in Chinese, where the scenario gives one. */
  nameZh?: string;
  /** One of the 10 national data center clusters. */
  national: boolean;
  lat?: number;
  lon?: number;
}

/** A city where demand and data come from. */
export interface Origin {
  id: string;
  name: string;
  /** The name in Chinese, where the scenario gives one. */
  nameZh?: string;
  province: string;
  lat: number;
  lon: number;
  weight: number;
}

/** One class of hardware in one data center. */
export interface Pool {
  /** Unique within its data center. */
  id: string;
  /** Unique in the scenario: `dataCenterId/poolId`. */
  key: string;
  dataCenterId: string;
  class: ComputeClass;
  model: string;
  units: number;
  unitTflops: number;
  unitPowerKw: number;
  /** Posted price per unit-hour, in 1/10,000 yuan. */
  price: Money;
}

export interface DataCenter {
  id: string;
  name: string;
  /** The name in Chinese, where the scenario gives one. */
  nameZh?: string;
  hubId: string;
  clusterId?: string;
  province: string;
  operator?: string;
  lat: number;
  lon: number;
  pue: number;
  /** Yuan per kWh, in 1/10,000 yuan. */
  electricityPrice: Money;
  greenShare: number;
  /**
   * Hour by hour (China Standard Time; time 0 of a stream is 00:00): what its pools' prices are
   * multiplied by, and its green share in place of greenShare. Absent: flat.
   */
  hourly?: { priceFactor: readonly number[]; greenShare: readonly number[] };
  /** kgCO2 per kWh of grid power. */
  gridFactor: number;
  racks: { built: number; inUse: number };
  pools: Pool[];
}

export interface LatencyOverride {
  from: string;
  to: string;
  ms: number;
}

export interface NetworkParams extends LatencyParams {
  /** Per GB moved between hubs, in 1/10,000 yuan. */
  transferPricePerGb: Money;
  latencyOverrides: LatencyOverride[];
}

/** A validated scenario: plain data, money in minor units, references checked. */
export interface Scenario {
  version: 1;
  name: string;
  description?: string;
  /** Per kgCO2, in 1/10,000 yuan. */
  carbonPrice: Money;
  /** Per unit-hour of an unplaced job, in 1/10,000 yuan. */
  unplacedPenalty: Money;
  network: NetworkParams;
  hubs: Hub[];
  clusters: Cluster[];
  origins: Origin[];
  dataCenters: DataCenter[];
}
