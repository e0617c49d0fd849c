import type { Network } from '../network/network.js';
import type { JobSpec } from '../workload/job.js';
import { offloadChecker } from './checkers.js';
import type { PlacementContext } from './context.js';
import type { OnlinePlacer } from './placer.js';
import { policyFor } from './policy.js';
import type { Policy, PolicyName, PolicyOptions } from './policy.js';
import type { Decision } from './types.js';

/**
 * The rules a platform adds around the engine when it places jobs on live
 * capacity. The server's placement loop and the planner's simulation both
 * use them, so a simulated platform decides as a real one does.
 */

/** Federation policies the placement applies (src/federation/protocol.ts has their schema). */
export interface PlacementPolicies {
  batchMinGreenShare?: number;
  maxOffloadShare?: number;
}

/** A batch job accepts no less green power than the federation's policy asks for. */
export function withPolicies(spec: JobSpec, p: PlacementPolicies): JobSpec {
  if (spec.latency !== 'batch' || p.batchMinGreenShare === undefined || (spec.minGreenShare ?? 0) >= p.batchMinGreenShare) return spec;
  return { ...spec, minGreenShare: p.batchMinGreenShare };
}

/**
 * Places a job with some data centers closed to it (those it was lost from,
 * and those known to be dark): their pools offer nothing for this one
 * decision. Units whose holds end by the job's start are released first, so
 * that none is set aside and then lost.
 */
export function placeAvoiding(placer: OnlinePlacer, ctx: PlacementContext, spec: JobSpec, closed: ReadonlySet<string> | readonly string[] | undefined, explain = true, observe = true): Decision {
  const set = closed === undefined ? undefined : closed instanceof Set ? closed : new Set(closed as readonly string[]);
  if (!set || set.size === 0) return placer.place(spec, explain, observe);
  placer.capacity.advanceTo(spec.submitAt);
  const free = placer.capacity.free;
  const kept: number[] = [];
  for (const dc of set) {
    for (const i of ctx.dcPoolIndices(dc)) {
      kept.push(i, free[i] as number);
      free[i] = 0;
    }
  }
  try {
    return placer.place(spec, explain, observe);
  } finally {
    for (let k = 0; k < kept.length; k += 2) free[kept[k] as number] = kept[k + 1] as number;
  }
}

/** Whether an origin's home hub is in the east; origins the network does not know are not counted. */
export function isEastOrigin(net: Network, origin: string): boolean {
  if (!net.origins.has(origin)) return false;
  return net.scenario.hubs.find((h) => h.id === net.homeHub(origin))?.side === 'east';
}

/**
 * The policy a platform places with: the named policy (the engine on a
 * platform) with the east-to-west offload check after its own, which passes
 * everything unless a federation policy sets a cap.
 */
export function platformPolicy(net: Network, name: PolicyName = 'engine', opts: PolicyOptions = {}): Policy {
  const sides = new Map(net.scenario.hubs.map((h) => [h.id, h.side]));
  const base = policyFor(name, (hub) => sides.get(hub) === 'east', opts, net.scenario);
  const eastOrigins = new Set([...net.origins.keys()].filter((o) => isEastOrigin(net, o)));
  const offload = offloadChecker((origin) => eastOrigins.has(origin), (hub) => sides.get(hub) === 'west');
  return { ...base, checkers: [...base.checkers, offload] };
}
