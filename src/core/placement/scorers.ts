import type { Scenario } from '../network/model.js';
import { unplacedCost } from './cost.js';
import type { CapacityPrices } from './capacity-prices.js';
import type { Scorer } from './types.js';

/** Ranking terms, lower is better. A policy sums them with weights. */

export const costScorer: Scorer = {
  name: 'cost',
  description: 'total cost: compute + transfer + carbon, in 1/10,000 yuan',
  score: (_job, _c, cost) => cost.total,
};

export const latencyScorer: Scorer = {
  name: 'latency',
  description: 'one-way latency from the origin, ms',
  score: (_job, c) => c.latencyMs,
};

export const carbonScorer: Scorer = {
  name: 'carbon',
  description: 'carbon cost, in 1/10,000 yuan',
  score: (_job, _c, cost) => cost.carbon,
};

export const loadScorer: Scorer = {
  name: 'load',
  description: 'share of the pool in use after placement, 0..1',
  score: (job, c, _cost, s) => 1 - ((s.free[c.poolIndex] as number) - job.units) / Math.max(1, s.total[c.poolIndex] as number),
};

/**
 * Scarcity pricing: taking a pool beyond `from` of its units costs a share of
 * what turning this job away would cost, growing with the square of how far
 * past `from` the pool would be. Under contention this spreads work before
 * pools fill, so that jobs with few options (a named model, a green floor, a
 * tight latency bound) still find room. Pools under `minUnits` are left out:
 * in a pool of a few units one job swings the share in use too far for it to
 * mean scarcity. In 1/10,000 yuan.
 */
export function scarcityScorer(scenario: Scenario, weight: number, from: number, minUnits: number, classFrom = 0): Scorer {
  return {
    name: 'scarcity',
    description: `once ${Math.round(classFrom * 100)}% of the job's class is in use network-wide, past ${Math.round(from * 100)}% of a pool of at least ${minUnits} units in use: ${weight} x the unplaced penalty x (share past that)^2`,
    nonNegative: true,
    score: (job, c, _cost, s) => {
      if (s.classUse < classFrom || (s.total[c.poolIndex] as number) < minUnits) return 0;
      const after = 1 - ((s.free[c.poolIndex] as number) - job.units) / Math.max(1, s.total[c.poolIndex] as number);
      const x = Math.max(0, (after - from) / (1 - from));
      return weight * x * x * unplacedCost(job, scenario);
    },
  };
}

/**
 * Look-ahead pricing: `weight` x units x the capacity prices the job's run
 * covers. `source.prices` is read at each call, so a driver can swap in new
 * prices between placements (src/optimize/lookahead.ts does, from a periodic
 * LP over forecast demand). In 1/10,000 yuan; never negative.
 */
export function capacityPriceScorer(source: { prices: CapacityPrices }, weight: number): Scorer {
  return {
    name: 'capacity-price',
    description: `${weight} x units x the forecast capacity prices of the pool over the job's run`,
    nonNegative: true,
    score: (job, c) => weight * job.units * source.prices.of(c.poolIndex, job.submitAt, job.submitAt + job.durationS),
  };
}

export const SCORERS: Readonly<Record<string, Scorer>> = {
  cost: costScorer,
  latency: latencyScorer,
  carbon: carbonScorer,
  load: loadScorer,
};
