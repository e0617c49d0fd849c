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

export const SCORERS: Readonly<Record<string, Scorer>> = {
  cost: costScorer,
  latency: latencyScorer,
  carbon: carbonScorer,
  load: loadScorer,
};
