import type { ComputeClass } from '../network/compute-class.js';
import type { DataCenter, Pool } from '../network/model.js';
import type { Network } from '../network/network.js';

/**
 * Static, precomputed facts about a network that every placement reads: pools
 * by class, each pool's data center, hub side and index. Built once per run.
 */
export class PlacementContext {
  /** Pools of each class, cheapest unit-hour first. */
  readonly poolsByClass: Record<ComputeClass, Pool[]>;
  /** Pool key -> dense index 0..n-1, for arrays of per-pool state. */
  readonly poolIndex = new Map<string, number>();
  readonly pools: Pool[];
  /** Ids of the hubs on the west side. */
  readonly westHubs: Set<string>;

  /**
   * Per pool (by pool index): what one unit-hour costs before transfer, price
   * plus carbon, in 1/10,000 yuan (a float). A job's cost on a pool is this
   * times units times hours, plus transfer; pools are scanned cheapest first,
   * so a cost-minimising policy can stop once no later pool can win.
   */
  readonly unitHourRate: Float64Array;
  /** Per pool index: its data center, and that data center's index in the scenario. */
  readonly poolDc: DataCenter[] = [];
  readonly poolDcIndex: Int32Array;
  /** Pool indices of each class, in the order of poolsByClass. */
  readonly classPoolIndices: Record<ComputeClass, Int32Array>;

  constructor(readonly network: Network) {
    this.pools = network.pools;
    this.poolsByClass = { general: [], intelligent: [], super: [] };
    this.unitHourRate = new Float64Array(this.pools.length);
    this.poolDcIndex = new Int32Array(this.pools.length);
    const carbonPrice = network.scenario.carbonPrice;
    this.pools.forEach((p, i) => {
      const dc = network.dataCenter(p.dataCenterId);
      this.poolsByClass[p.class].push(p);
      this.poolDc.push(dc);
      this.poolDcIndex[i] = network.dcIndex.get(dc.id) as number;
      this.poolIndex.set(p.key, i);
      this.unitHourRate[i] = p.price + carbonPrice * p.unitPowerKw * dc.pue * (1 - dc.greenShare) * dc.gridFactor;
    });
    // Cheapest first; equal rates keep scenario order.
    for (const cls of Object.keys(this.poolsByClass) as (keyof typeof this.poolsByClass)[]) {
      this.poolsByClass[cls].sort((a, b) => (this.unitHourRate[this.poolIndex.get(a.key)!] as number) - (this.unitHourRate[this.poolIndex.get(b.key)!] as number) || (this.poolIndex.get(a.key)! - this.poolIndex.get(b.key)!));
    }
    const indices = (cls: ComputeClass): Int32Array => Int32Array.from(this.poolsByClass[cls], (p) => this.poolIndex.get(p.key)!);
    this.classPoolIndices = { general: indices('general'), intelligent: indices('intelligent'), super: indices('super') };
    this.westHubs = new Set(network.scenario.hubs.filter((h) => h.side === 'west').map((h) => h.id));
  }

  private readonly reachCache = new Map<string, { all: Int32Array; home: Int32Array }>();

  /**
   * Pool indices of class `cls` within `boundMs` of `originId`, cheapest
   * unit-hour first, and the subset in the origin's home hub. Cached per
   * origin, class and bound: these lists are what a cost-minimising scan walks.
   */
  reachable(originId: string, cls: ComputeClass, boundMs: number): { all: Int32Array; home: Int32Array } {
    const key = `${originId}|${cls}|${boundMs}`;
    let hit = this.reachCache.get(key);
    if (hit) return hit;
    const row = this.network.latencyRow(originId);
    const home = this.network.homeHub(originId);
    const all: number[] = [];
    const inHome: number[] = [];
    for (const i of this.classPoolIndices[cls]) {
      if ((row[this.poolDcIndex[i] as number] as number) > boundMs) continue;
      all.push(i);
      if (this.poolDc[i]!.hubId === home) inHome.push(i);
    }
    hit = { all: Int32Array.from(all), home: Int32Array.from(inHome) };
    this.reachCache.set(key, hit);
    return hit;
  }

  private readonly modelCache = new Map<string, Int32Array>();

  /** Pool indices of class `cls` whose model is one of `models`, cheapest unit-hour first. Cached per set. */
  ofModels(cls: ComputeClass, models: readonly string[]): Int32Array {
    const key = `${cls}|${models.join('|')}`;
    let hit = this.modelCache.get(key);
    if (!hit) {
      const wanted = new Set(models);
      hit = this.classPoolIndices[cls].filter((i) => wanted.has(this.pools[i]!.model));
      this.modelCache.set(key, hit);
    }
    return hit;
  }


}
