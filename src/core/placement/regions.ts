import type { ComputeClass } from '../network/compute-class.js';
import type { JobSpec } from '../workload/job.js';
import { lowerBound, upperBound } from '../sorted.js';
import type { PlacementContext } from './context.js';

/** Distinct sets of limits kept per class before the cache starts again: a bound on memory, not a tuning. */
const MAX_KEPT = 4096;

/**
 * The most pools a region of the fragmentation forecast may have. A larger
 * set is left to its class's group: its slots are many, one placement moves
 * them little, and tracking every large overlapping set would cost each
 * change of free units a pass over hundreds of groups. A bound on work, set
 * before the suite was run with it and not varied.
 */
export const REGION_MAX_POOLS = 64;

/** Whether a set of pools, fewer than its class's `classPools`, is a region the forecast keeps. */
export function isRegion(pools: Int32Array, classPools: number): boolean {
  return pools.length > 0 && pools.length < classPools && pools.length <= REGION_MAX_POOLS;
}

/**
 * The pools of its class that a job's fixed limits allow (named models,
 * residency, a green floor, a price cap): the checks that depend on the job
 * and the pool alone, not on the time or on what is free. For fragmentation
 * pricing's regions (SizeOutlook.region()). One array per distinct set of
 * limits: a price cap or a green floor counts by how many pools' prices or
 * green shares it lets in, so caps that let in the same pools share an entry.
 */
export class LimitRegions {
  private readonly byClass = new Map<ComputeClass, ClassLimits>();

  constructor(private readonly ctx: PlacementContext) {}

  /**
   * The pools the job's limits allow; undefined when it has none, or when
   * each of its limits alone allows more than REGION_MAX_POOLS (the set
   * would be no region; a cheap test that spares most jobs the lookup).
   */
  of(job: JobSpec): Int32Array | undefined {
    const { models, residency, minGreenShare, maxPrice } = job;
    if (models === undefined && residency === undefined && minGreenShare === undefined && maxPrice === undefined) return undefined;
    let c = this.byClass.get(job.class);
    if (c === undefined) this.byClass.set(job.class, (c = this.classLimits(job.class)));
    // Prices and green shares as ranks: how many of the class's pools are at or under the cap, and at or over the floor.
    const priceRank = maxPrice === undefined ? -1 : upperBound(c.prices, maxPrice);
    const greenRank = minGreenShare === undefined ? -1 : c.greens.length - lowerBound(c.greens, minGreenShare);
    let fewest = Number.POSITIVE_INFINITY;
    if (priceRank >= 0) fewest = priceRank;
    if (greenRank >= 0) fewest = Math.min(fewest, greenRank);
    if (models !== undefined) fewest = Math.min(fewest, sumOf(c.perModel, models));
    if (residency !== undefined) fewest = Math.min(fewest, sumOf(c.perPlace, residency));
    if (fewest > REGION_MAX_POOLS) return undefined;
    const key = `${models?.join('|') ?? ''};${residency?.join('|') ?? ''};${greenRank};${priceRank}`;
    let hit = c.kept.get(key);
    if (hit === undefined) {
      const { pools, model, price, green, hub, province } = c;
      const out = new Int32Array(pools.length);
      let n = 0;
      for (let k = 0; k < pools.length; k++) {
        if (maxPrice !== undefined && (price[k] as number) > maxPrice) continue;
        if (minGreenShare !== undefined && (green[k] as number) < minGreenShare) continue;
        if (models !== undefined && !models.includes(model[k] as string)) continue;
        if (residency !== undefined && !residency.includes(hub[k] as string) && !residency.includes(province[k] as string)) continue;
        out[n++] = pools[k] as number;
      }
      hit = out.slice(0, n);
      if (c.kept.size >= MAX_KEPT) c.kept.clear();
      c.kept.set(key, hit);
    }
    return hit;
  }

  private classLimits(cls: ComputeClass): ClassLimits {
    const pools = this.ctx.classPoolIndices[cls];
    const poolOf = (p: number) => this.ctx.pools[p]!;
    const dcOf = (p: number) => this.ctx.poolDc[p]!;
    const price = Float64Array.from(pools, (p) => poolOf(p).price);
    const perModel = new Map<string, number>();
    const perPlace = new Map<string, number>();
    for (const p of pools) {
      perModel.set(poolOf(p).model, (perModel.get(poolOf(p).model) ?? 0) + 1);
      for (const place of new Set([dcOf(p).hubId, dcOf(p).province])) perPlace.set(place, (perPlace.get(place) ?? 0) + 1);
    }
    const green = Float64Array.from(pools, (p) => dcOf(p).greenShare);
    return {
      pools, price, green, perModel, perPlace,
      model: Array.from(pools, (p) => poolOf(p).model),
      hub: Array.from(pools, (p) => dcOf(p).hubId),
      province: Array.from(pools, (p) => dcOf(p).province),
      prices: price.slice().sort(),
      greens: green.slice().sort(),
      kept: new Map(),
    };
  }
}

interface ClassLimits {
  pools: Int32Array;
  /** Per pool of the class, in the order of `pools`: what the limits test. */
  price: Float64Array;
  green: Float64Array;
  model: string[];
  hub: string[];
  province: string[];
  /** How many of the class's pools have each model, and lie in each hub or province. */
  perModel: Map<string, number>;
  perPlace: Map<string, number>;
  /** The class's pool prices and data center green shares, ascending. */
  prices: Float64Array;
  greens: Float64Array;
  kept: Map<string, Int32Array>;
}

/** The pools of all of `keys` together (at least as many as any set of them allows). */
function sumOf(counts: Map<string, number>, keys: readonly string[]): number {
  let n = 0;
  for (const k of keys) n += counts.get(k) ?? 0;
  return n;
}
