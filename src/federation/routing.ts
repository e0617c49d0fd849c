import type { DataCenter, Hub, NetworkParams, Origin, Scenario } from '../core/network/model.js';
import { Network } from '../core/network/network.js';
import { PlacementContext } from '../core/placement/context.js';
import type { CostParts } from '../core/placement/cost.js';
import { OnlinePlacer } from '../core/placement/placer.js';
import { policyFor } from '../core/placement/policy.js';
import type { Explanation } from '../core/placement/types.js';
import { SeededRng } from '../core/rng.js';
import type { JobSpec } from '../core/workload/job.js';

/** What travels up with a job a platform could not place: the job, where its users are, and the price rules of its network. */
export interface RouteRequest {
  globalId: string;
  job: JobSpec;
  origin: Origin;
  network: NetworkParams;
  carbonPrice: number;
  unplacedPenalty: number;
  /** Platforms the job has passed through, the origin first. */
  visited: string[];
  /** Why the last platform could not place it. */
  reason: string;
  /** What the job runs, for the executing platform's workload manager: command, workdir, env, timeLimitS. */
  run?: Record<string, unknown>;
}

/** One platform's holdings as its inventory upload describes them. */
export interface PlatformHoldings {
  platformId: string;
  /** The child of the deciding platform through which it is reached. */
  via: string;
  hubs: Hub[];
  dataCenters: DataCenter[];
  /** Share of each class in use, from the summary of the child it is reached through. */
  fill: Record<string, number>;
}

export interface RouteChoice {
  platformId: string;
  via: string;
  dataCenterId: string;
  poolId: string;
  latencyMs: number;
  cost: CostParts;
  explanation: Explanation;
}

const SEP = '~';

/**
 * Chooses where a routed job runs among the platforms below a parent, with
 * the placement engine over their summarised capacity: every data center
 * of every platform not yet visited, each pool with its units less its
 * platform's share in use for that class. Data center ids are qualified by
 * platform, since two platforms may use the same id.
 */
export function chooseRoute(req: RouteRequest, holdings: readonly PlatformHoldings[]): { choice?: RouteChoice; reason?: string; explanation?: Explanation } {
  const candidates = holdings.filter((h) => !req.visited.includes(h.platformId) && h.dataCenters.length > 0);
  if (candidates.length === 0) return { reason: 'no platform below this one that the job has not visited has data centers' };
  const hubs = new Map<string, Hub>();
  const dataCenters: DataCenter[] = [];
  const free: number[] = [];
  for (const h of candidates) {
    for (const hub of h.hubs) if (!hubs.has(hub.id)) hubs.set(hub.id, hub);
    for (const d of h.dataCenters) {
      if (!hubs.has(d.hubId)) hubs.set(d.hubId, { id: d.hubId, name: d.hubId, side: 'west', national: false });
      const id = `${h.platformId}${SEP}${d.id}`;
      const { clusterId: _cluster, ...rest } = d;
      dataCenters.push({ ...rest, id, pools: d.pools.map((p) => ({ ...p, dataCenterId: id, key: `${id}/${p.id}` })) });
      for (const p of d.pools) free.push(Math.max(0, Math.floor(p.units * (1 - (h.fill[p.class] ?? 0)))));
    }
  }
  const scenario: Scenario = {
    version: 1, name: 'federation', carbonPrice: req.carbonPrice, unplacedPenalty: req.unplacedPenalty,
    network: { ...req.network, latencyOverrides: [] }, hubs: [...hubs.values()], clusters: [], origins: [req.origin], dataCenters,
  };
  const ctx = new PlacementContext(new Network(scenario));
  const sides = new Map(scenario.hubs.map((h) => [h.id, h.side]));
  const placer = new OnlinePlacer(ctx, policyFor('engine', (hub) => sides.get(hub) === 'east', {}, scenario), new SeededRng(1));
  placer.capacity.reset(Float64Array.from(free));
  const d = placer.place({ ...req.job, submitAt: 0, origin: req.origin.id }, true);
  if (!d.placed || !d.dc || !d.pool || !d.cost) return { reason: d.reason ?? 'no data center below fits', ...(d.explanation && { explanation: d.explanation }) };
  const [platformId, dataCenterId] = d.dc.id.split(SEP) as [string, string];
  return {
    choice: {
      platformId, via: candidates.find((h) => h.platformId === platformId)!.via, dataCenterId, poolId: d.pool.id,
      latencyMs: d.latencyMs ?? 0, cost: d.cost, explanation: d.explanation!,
    },
  };
}
