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
  /** Per pool index: its data center's green share, and its hub's index in `hubIds` (flat arrays for the hot walks). */
  readonly poolGreen: Float64Array;
  readonly poolHub: Int32Array;
  readonly hubIds: string[];
  /** Per pool index: its model's index in `modelIds`. */
  readonly poolModel: Int32Array;
  readonly modelIds: string[];
  private readonly modelAt: Map<string, number>;
  /** The empty list, for a set of models no pool in reach has. */
  private readonly noPools: ReachList;
  /** Pool indices of each class, in the order of poolsByClass. */
  readonly classPoolIndices: Record<ComputeClass, Int32Array>;
  /** Per pool index: its position in classPoolIndices of its class. */
  readonly classRank: Int32Array;
  /** Pool indices of each data center, by data center id. */
  private readonly dcPools = new Map<string, number[]>();

  constructor(readonly network: Network) {
    this.pools = network.pools;
    this.poolsByClass = { general: [], intelligent: [], super: [] };
    this.unitHourRate = new Float64Array(this.pools.length);
    this.poolDcIndex = new Int32Array(this.pools.length);
    this.poolGreen = new Float64Array(this.pools.length);
    this.poolHub = new Int32Array(this.pools.length);
    this.hubIds = network.scenario.hubs.map((h) => h.id);
    this.modelIds = [...new Set(this.pools.map((p) => p.model))].sort();
    this.modelAt = new Map(this.modelIds.map((m, k) => [m, k]));
    this.poolModel = Int32Array.from(this.pools, (p) => this.modelAt.get(p.model) as number);
    const hubAt = new Map(this.hubIds.map((id, k) => [id, k]));
    const carbonPrice = network.scenario.carbonPrice;
    this.pools.forEach((p, i) => {
      const dc = network.dataCenter(p.dataCenterId);
      this.poolsByClass[p.class].push(p);
      this.poolDc.push(dc);
      this.poolDcIndex[i] = network.dcIndex.get(dc.id) as number;
      this.poolIndex.set(p.key, i);
      const own = this.dcPools.get(dc.id);
      if (own) own.push(i);
      else this.dcPools.set(dc.id, [i]);
      this.poolGreen[i] = dc.greenShare;
      this.poolHub[i] = hubAt.get(dc.hubId) ?? -1;
      // With hourly figures, the rate of its cheapest hour and greenest hour: a lower bound of any run's, as the walk's early stop needs.
      const factor = dc.hourly ? Math.min(...dc.hourly.priceFactor) : 1;
      const green = dc.hourly ? Math.max(...dc.hourly.greenShare) : dc.greenShare;
      this.unitHourRate[i] = p.price * factor + carbonPrice * p.unitPowerKw * dc.pue * (1 - green) * dc.gridFactor;
    });
    // Cheapest first; equal rates keep scenario order.
    for (const cls of Object.keys(this.poolsByClass) as (keyof typeof this.poolsByClass)[]) {
      this.poolsByClass[cls].sort((a, b) => (this.unitHourRate[this.poolIndex.get(a.key)!] as number) - (this.unitHourRate[this.poolIndex.get(b.key)!] as number) || (this.poolIndex.get(a.key)! - this.poolIndex.get(b.key)!));
    }
    const indices = (cls: ComputeClass): Int32Array => Int32Array.from(this.poolsByClass[cls], (p) => this.poolIndex.get(p.key)!);
    this.classPoolIndices = { general: indices('general'), intelligent: indices('intelligent'), super: indices('super') };
    this.classRank = new Int32Array(this.pools.length);
    for (const list of Object.values(this.classPoolIndices)) list.forEach((i, rank) => (this.classRank[i] = rank));
    this.westHubs = new Set(network.scenario.hubs.filter((h) => h.side === 'west').map((h) => h.id));
    this.noPools = this.reachList(new Int32Array(0), new Int32Array(0), -1);
  }
  /** The pool indices of a data center (none for an id the network does not have). */
  dcPoolIndices(dc: string): readonly number[] {
    return this.dcPools.get(dc) ?? [];
  }


  /** Facts about each origin seen so far; reach lists that hold the whole class are shared by every origin of a hub. */
  private readonly origins = new Map<string, OriginFacts>();
  private readonly wholeClassCache = new Map<string, ReachList>();

  /** An origin's latency row, home hub and reach lists, computed on first use. */
  origin(originId: string): OriginFacts {
    let o = this.origins.get(originId);
    if (o) return o;
    const row = this.network.latencyRow(originId);
    const homeHub = this.network.homeHub(originId);
    let farthestMs = 0;
    for (let d = 0; d < row.length; d++) if ((row[d] as number) > farthestMs) farthestMs = row[d] as number;
    o = { row, homeHub, homeAt: this.hubIds.indexOf(homeHub), farthestMs, reach: new Map() };
    this.origins.set(originId, o);
    return o;
  }

  /**
   * Pools of class `cls` within `boundMs` of `originId`, cheapest unit-hour
   * first, and the subset in the origin's home hub. Cached per origin, class
   * and bound: these lists are what a cost-minimising scan walks.
   */
  reachable(originId: string, cls: ComputeClass, boundMs: number): ReachList {
    return this.reachableFrom(this.origin(originId), cls, boundMs);
  }

  /** reachable(), for an origin already looked up. */
  reachableFrom(o: OriginFacts, cls: ComputeClass, boundMs: number): ReachList {
    let byClass = o.reach.get(boundMs);
    if (!byClass) {
      byClass = {};
      o.reach.set(boundMs, byClass);
    }
    let hit = byClass[cls];
    if (hit) return hit;
    const { row, homeAt } = o;
    const pools = this.classPoolIndices[cls];
    if (o.farthestMs <= boundMs) {
      // Every pool of the class is in reach: the lists depend on the home hub alone.
      const wholeKey = `${o.homeHub}|${cls}`;
      hit = this.wholeClassCache.get(wholeKey);
      if (!hit) {
        hit = this.reachList(pools.slice(), pools.filter((i) => this.poolHub[i] === homeAt), homeAt);
        this.wholeClassCache.set(wholeKey, hit);
      }
    } else {
      // Lists are built straight into typed arrays: at 10,000 data centers, building them is a large share of a run.
      const all = new Int32Array(pools.length);
      const inHome = new Int32Array(pools.length);
      let nAll = 0;
      let nHome = 0;
      const { poolDcIndex, poolHub } = this;
      for (let n = 0; n < pools.length; n++) {
        const i = pools[n] as number;
        if ((row[poolDcIndex[i] as number] as number) > boundMs) continue;
        all[nAll++] = i;
        if (poolHub[i] === homeAt) inHome[nHome++] = i;
      }
      hit = this.reachList(all.slice(0, nAll), inHome.slice(0, nHome), homeAt);
    }
    byClass[cls] = hit;
    return hit;
  }

  /**
   * The part of a reach list whose pools have `model`, in the same order;
   * empty for a model no pool in reach has. The list is cut by model once,
   * on first use. A job that names several models walks the list of each in
   * turn, so lists for sets of models are never built: at 10,000 data
   * centers, building them took a large share of a run.
   */
  modelList(reach: ReachList, model: string): ReachList {
    if (!reach.perModel) this.splitByModel(reach);
    const m = this.modelAt.get(model);
    return (m === undefined ? undefined : reach.perModel![m]) ?? this.noPools;
  }

  /** Cuts a reach list into one list per model, in one pass, and caches them on it. */
  private splitByModel(reach: ReachList): void {
    const { homeAt } = reach;
    const { poolModel, poolHub } = this;
    // Count, then fill lists of the exact size.
    const nAll = new Int32Array(this.modelIds.length);
    const nHome = new Int32Array(this.modelIds.length);
    for (let n = 0; n < reach.all.length; n++) {
      const i = reach.all[n] as number;
      const m = poolModel[i] as number;
      nAll[m]! += 1;
      if (poolHub[i] === homeAt) nHome[m]! += 1;
    }
    const all = Array.from(nAll, (k) => new Int32Array(k));
    const home = Array.from(nHome, (k) => new Int32Array(k));
    nAll.fill(0);
    nHome.fill(0);
    for (let n = 0; n < reach.all.length; n++) {
      const i = reach.all[n] as number;
      const m = poolModel[i] as number;
      all[m]![nAll[m]!++] = i;
      if (poolHub[i] === homeAt) home[m]![nHome[m]!++] = i;
    }
    reach.perModel = all.map((list, m) => (list.length > 0 ? this.reachList(list, home[m]!, homeAt) : undefined));
  }

  /** Whether any pool of class `cls` has one of `models`. */
  anyOfModels(cls: ComputeClass, models: readonly string[]): boolean {
    const present = this.network.modelsOf(cls);
    return models.some((m) => present.has(m));
  }

  private reachList(all: Int32Array, home: Int32Array, homeAt: number): ReachList {
    return { all, home, allGreenMax: this.greenMaxFrom(all), homeGreenMax: this.greenMaxFrom(home), homeAt };
  }

  /** For each position of a pool list, the highest green share of its data centers from there to the end. */
  private greenMaxFrom(list: Int32Array): Float64Array {
    const out = new Float64Array(list.length);
    const green = this.poolGreen;
    let max = Number.NEGATIVE_INFINITY;
    for (let k = list.length - 1; k >= 0; k--) {
      const g = green[list[k] as number] as number;
      if (g > max) max = g;
      out[k] = max;
    }
    return out;
  }
}

/** What placement reads about an origin, looked up once per job. */
export interface OriginFacts {
  /** Latency in ms to every data center, indexed like scenario.dataCenters. */
  row: Float64Array;
  /** The hub of the data center nearest the origin, and its index in PlacementContext.hubIds. */
  homeHub: string;
  homeAt: number;
  /** Latency to the farthest data center, ms. */
  farthestMs: number;
  /** Reach lists by latency bound, then by class. */
  reach: Map<number, Partial<Record<ComputeClass, ReachList>>>;
}

/**
 * Pool indices in reach of an origin, cheapest unit-hour first: all of them,
 * and those in the origin's home hub. `...GreenMax[k]` is the highest green
 * share from position k on, so a walk for a job with a green floor can stop
 * once no later pool meets it.
 */
export interface ReachList {
  all: Int32Array;
  home: Int32Array;
  allGreenMax: Float64Array;
  homeGreenMax: Float64Array;
  /** The origin's home hub, as its index in PlacementContext.hubIds. */
  homeAt: number;
  /** Sub-lists for jobs that name models, by model index (once split). */
  perModel?: (ReachList | undefined)[];
}
