import { LATENCY_BOUND_MS } from '../network/latency.js';
import { formatYuan } from '../money.js';
import { latencyBoundMs } from '../workload/job.js';
import type { Checker, PlacementState } from './types.js';

/**
 * The feasibility rules, one small named unit each (docs/placement.md). A
 * policy lists the ones it runs, in order; the first one a candidate fails is
 * the one that removes it.
 */

export const modelChecker: Checker = {
  name: 'model',
  rule: "the pool's model is one of the job's alternatives (or the job names none)",
  passes: (job, c) => job.models === undefined || job.models.includes(c.pool.model),
  appliesTo: (job) => job.models !== undefined,
  why: (job, c) => `model ${c.pool.model} is not one of ${job.models?.join('|')}`,
};

export const latencyChecker: Checker = {
  name: 'latency',
  rule: "one-way latency from the job's origin is within its bound",
  passes: (job, c) => c.latencyMs <= latencyBoundMs(job),
  why: (job, c) => `${c.latencyMs.toFixed(2)} ms from ${job.origin} exceeds the ${job.maxLatencyMs === undefined ? `${job.latency} bound of ${LATENCY_BOUND_MS[job.latency]}` : `bound of ${job.maxLatencyMs}`} ms`,
};

export const residencyChecker: Checker = {
  name: 'residency',
  rule: "the data center's hub or province is in the job's residency set",
  passes: (job, c) => job.residency === undefined || job.residency.includes(c.dc.hubId) || job.residency.includes(c.dc.province),
  appliesTo: (job) => job.residency !== undefined,
  why: (job, c) => `${c.dc.id} (hub ${c.dc.hubId}, ${c.dc.province}) is outside ${job.residency?.join('|')}`,
};

export const greenChecker: Checker = {
  name: 'green',
  rule: "the data center's green share is at least the job's minGreenShare",
  passes: (job, c) => job.minGreenShare === undefined || c.dc.greenShare >= job.minGreenShare,
  appliesTo: (job) => job.minGreenShare !== undefined,
  why: (job, c) => `green share ${c.dc.greenShare} is below ${job.minGreenShare}`,
};

export const priceChecker: Checker = {
  name: 'price',
  rule: "the pool's posted price is at most the job's maxPrice",
  passes: (job, c) => job.maxPrice === undefined || c.pool.price <= job.maxPrice,
  appliesTo: (job) => job.maxPrice !== undefined,
  why: (job, c) => `price ${formatYuan(c.pool.price)} yuan/unit-hour is above ${formatYuan(job.maxPrice ?? 0)}`,
};

export const capacityChecker: Checker = {
  name: 'capacity',
  rule: 'the pool has the units free for the whole run',
  transient: true,
  passes: (job, c, s) => (s.free[c.poolIndex] as number) >= job.units,
  why: (job, c, s) => `${s.free[c.poolIndex]} of ${s.total[c.poolIndex]} units free, ${job.units} needed`,
};

/**
 * Trunk reservation: batch work may not take the last `share` of an eastern
 * pool, which is kept for latency-bound work that cannot travel. Soft: when
 * it alone would leave a batch job nowhere, it is set aside.
 */
export function reserveChecker(share: number, isEast: (dcHub: string) => boolean): Checker {
  return {
    name: 'reserve',
    rule: `batch work leaves the last ${Math.round(share * 100)}% of an eastern pool to latency-bound work`,
    soft: true,
    transient: true,
    appliesTo: (job) => job.latency === 'batch',
    passes: (job, c, s) =>
      job.latency !== 'batch' || !isEast(c.dc.hubId) || (s.free[c.poolIndex] as number) - job.units >= share * (s.total[c.poolIndex] as number),
    why: (job, c, s) => `would leave ${(s.free[c.poolIndex] as number) - job.units} of ${s.total[c.poolIndex]} units in an eastern pool, under the ${Math.round(share * 100)}% reserve`,
  };
}

/**
 * Keep whole blocks: a job smaller than `block` units may not bring a pool's
 * free units from at least `block` to below it, so that pools able to host the
 * largest jobs stay able to. Small jobs go to pools already broken up instead;
 * the idea of minimising fragmentation, applied at the level of pools. It
 * starts once `fromUse` of the job's class is in use network-wide: below that,
 * large jobs find room anyway and the detour only costs money. Soft.
 */
export function keepWholeChecker(block: number, fromUse: number): Checker {
  return {
    name: 'keep-whole',
    rule: `once ${Math.round(fromUse * 100)}% of a class is in use, a job under ${block} units does not break the last free block of ${block} units in a pool`,
    soft: true,
    transient: true,
    appliesTo: (job) => job.units < block,
    passes: (job, c, s) => {
      if (job.units >= block || s.classUse < fromUse) return true;
      const free = s.free[c.poolIndex] as number;
      return free < block || free - job.units >= block;
    },
    why: (job, c, s) => `would leave ${(s.free[c.poolIndex] as number) - job.units} free units, breaking a block of ${block}`,
  };
}

/**
 * The offload cap: work from an eastern origin may hold at most the room
 * the placement state's offload cap still leaves in a western hub (a
 * federation policy, "a hub's maximum east-to-west offload"). Without a cap
 * in the state there is no limit. Hard: the job waits for room, or goes elsewhere.
 */
export function offloadChecker(isEastOrigin: (originId: string) => boolean, isWestHub: (hubId: string) => boolean): Checker {
  const roomFor = (s: PlacementState, hub: string, cls: string): number => s.offload?.room.get(`${hub}|${cls}`) ?? Number.POSITIVE_INFINITY;
  return {
    name: 'offload',
    rule: 'work from an eastern origin stays within the east-to-west offload cap of the western hub',
    transient: true,
    appliesTo: (job) => isEastOrigin(job.origin),
    // Cheapest test first: without a cap the room is unlimited.
    passes: (job, c, s) => s.offload === undefined || !isWestHub(c.dc.hubId) || roomFor(s, c.dc.hubId, job.class) >= job.units || !isEastOrigin(job.origin),
    why: (job, c, s) => `${Math.max(0, roomFor(s, c.dc.hubId, job.class))} ${job.class} units left under the ${Math.round((s.offload?.share ?? 1) * 100)}% offload cap of hub ${c.dc.hubId}, ${job.units} needed`,
  };
}

/** The hard checkers every policy runs, in order. */
export const STANDARD_CHECKERS: readonly Checker[] = [modelChecker, latencyChecker, residencyChecker, greenChecker, priceChecker, capacityChecker];
