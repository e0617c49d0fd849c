import type { ComputeClass } from '../network/compute-class.js';
import type { DataCenter, Pool } from '../network/model.js';
import type { Network } from '../network/network.js';

/**
 * Static, precomputed facts about a network that every placement reads: pools
 * by class, each pool's data center, hub side and index. Built once per run.
 */
export class PlacementContext {
  /** Pools of each class, in scenario order. */
  readonly poolsByClass: Record<ComputeClass, Pool[]>;
  /** Pool key -> its data center. */
  readonly dcOfPool = new Map<string, DataCenter>();
  /** Pool key -> dense index 0..n-1, for arrays of per-pool state. */
  readonly poolIndex = new Map<string, number>();
  readonly pools: Pool[];
  /** Province of each data center, and its hub id, for residency checks. */
  readonly westHubs: Set<string>;

  constructor(readonly network: Network) {
    this.pools = network.pools;
    this.poolsByClass = { general: [], intelligent: [], super: [] };
    this.pools.forEach((p, i) => {
      this.poolsByClass[p.class].push(p);
      this.dcOfPool.set(p.key, network.dataCenter(p.dataCenterId));
      this.poolIndex.set(p.key, i);
    });
    this.westHubs = new Set(network.scenario.hubs.filter((h) => h.side === 'west').map((h) => h.id));
  }

  dcIndexOf(dc: DataCenter): number {
    return this.network.dcIndex.get(dc.id) as number;
  }

  isWest(dc: DataCenter): boolean {
    return this.westHubs.has(dc.hubId);
  }
}
