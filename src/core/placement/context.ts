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
      this.poolGreen[i] = dc.greenShare;
      this.poolHub[i] = hubAt.get(dc.hubId) ?? -1;
      this.unitHourRate[i] = p.price + carbonPrice * p.unitPowerKw * dc.pue * (1 - dc.greenShare) * dc.gridFactor;
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
    this.noPools = this.reachList([], [], -1);
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
    o = { id: originId, row, homeHub, homeAt: this.hubIds.indexOf(homeHub), farthestMs, reach: new Map() };
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
        const all = Array.from(pools);
        hit = this.reachList(all, all.filter((i) => this.poolHub[i] === homeAt), homeAt);
        this.wholeClassCache.set(wholeKey, hit);
      }
    } else {
      const all: number[] = [];
      const inHome: number[] = [];
      const { poolDcIndex, poolHub } = this;
      for (let n = 0; n < pools.length; n++) {
        const i = pools[n] as number;
        if ((row[poolDcIndex[i] as number] as number) > boundMs) continue;
        all.push(i);
        if (poolHub[i] === homeAt) inHome.push(i);
      }
      hit = this.reachList(all, inHome, homeAt);
    }
    byClass[cls] = hit;
    return hit;
  }

  /**
   * The part of a reach list whose pools have one of `models`, in the same
   * order. Cached on the list: per model, per pair of models (the common
   * cases, looked up without building a key) and per larger set.
   */
  withModels(reach: ReachList, models: readonly string[]): ReachList {
    if (!reach.perModel) this.splitByModel(reach);
    const perModel = reach.perModel!;
    if (models.length === 1) return this.oneModel(perModel, models[0] as string);
    if (models.length === 2) {
      const a = this.modelAt.get(models[0] as string);
      const b = this.modelAt.get(models[1] as string);
      if (a === undefined || a === b) return this.oneModel(perModel, models[1] as string);
      if (b === undefined) return this.oneModel(perModel, models[0] as string);
      const key = Math.min(a, b) * this.modelIds.length + Math.max(a, b);
      let hit = reach.byPair.get(key);
      if (!hit) {
        hit = this.merged(reach, [a, b]);
        reach.byPair.set(key, hit);
      }
      return hit;
    }
    const key = models.join('|');
    let hit = reach.bySet.get(key);
    if (!hit) {
      const known = [...new Set(models)].map((m) => this.modelAt.get(m)).filter((m): m is number => m !== undefined);
      hit = this.merged(reach, known);
      reach.bySet.set(key, hit);
    }
    return hit;
  }

  private oneModel(perModel: (ReachList | undefined)[], model: string): ReachList {
    const m = this.modelAt.get(model);
    return (m === undefined ? undefined : perModel[m]) ?? this.noPools;
  }

  /** The single-model lists of `models` merged, in class order. */
  private merged(reach: ReachList, models: number[]): ReachList {
    let all: number[] = [];
    let home: number[] = [];
    for (const m of models) {
      const one = reach.perModel![m];
      if (!one) continue;
      all = this.mergeByRank(all, one.all);
      home = this.mergeByRank(home, one.home);
    }
    return this.reachList(all, home, reach.homeAt);
  }

  /** Cuts a reach list into one list per model, in one pass, and caches them on it. */
  private splitByModel(reach: ReachList): void {
    const all: number[][] = this.modelIds.map(() => []);
    const home: number[][] = this.modelIds.map(() => []);
    const { homeAt } = reach;
    const { poolModel, poolHub } = this;
    for (let n = 0; n < reach.all.length; n++) {
      const i = reach.all[n] as number;
      const m = poolModel[i] as number;
      all[m]!.push(i);
      if (poolHub[i] === homeAt) home[m]!.push(i);
    }
    reach.perModel = all.map((list, m) => (list.length > 0 ? this.reachList(list, home[m]!, homeAt) : undefined));
  }

  /** Two pool lists in class order merged into one, in class order. */
  private mergeByRank(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
    const out: number[] = [];
    let i = 0;
    let j = 0;
    const rank = this.classRank;
    while (i < a.length && j < b.length) {
      if ((rank[a[i] as number] as number) <= (rank[b[j] as number] as number)) out.push(a[i++] as number);
      else out.push(b[j++] as number);
    }
    while (i < a.length) out.push(a[i++] as number);
    while (j < b.length) out.push(b[j++] as number);
    return out;
  }

  /** Whether any pool of class `cls` has one of `models`. */
  anyOfModels(cls: ComputeClass, models: readonly string[]): boolean {
    const present = this.network.modelsOf(cls);
    return models.some((m) => present.has(m));
  }

  private reachList(all: number[], home: number[], homeAt: number): ReachList {
    return { all: Int32Array.from(all), home: Int32Array.from(home), allGreenMax: this.greenMaxFrom(all), homeGreenMax: this.greenMaxFrom(home), homeAt, byPair: new Map(), bySet: new Map() };
  }

  /** For each position of a pool list, the highest green share of its data centers from there to the end. */
  private greenMaxFrom(list: number[]): Float64Array {
    const out = new Float64Array(list.length);
    let max = Number.NEGATIVE_INFINITY;
    for (let k = list.length - 1; k >= 0; k--) {
      max = Math.max(max, this.poolGreen[list[k] as number] as number);
      out[k] = max;
    }
    return out;
  }
}

/** What placement reads about an origin, looked up once per job. */
export interface OriginFacts {
  id: string;
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
  /** Sub-lists for jobs that name models: by model index (once split), by pair of model indices, by larger set. */
  perModel?: (ReachList | undefined)[];
  byPair: Map<number, ReachList>;
  bySet: Map<string, ReachList>;
}
