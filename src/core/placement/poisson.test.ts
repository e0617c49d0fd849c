import { describe, expect, it } from 'vitest';
import { NEGLIGIBLE, lnGamma, poissonNegligibleFrom, poissonShortfall, poissonTail } from './poisson.js';

/** P(N > j) by summing the law term by term in log space: the slow, plain reference. */
function plainTail(mean: number, j: number): number {
  let lnFact = 0;
  let below = 0;
  for (let k = 0; k <= j; k++) {
    if (k > 0) lnFact += Math.log(k);
    below += Math.exp(k * Math.log(mean) - mean - lnFact);
  }
  return 1 - below;
}

describe('the Poisson law of the jobs a slot is short for', () => {
  it('computes ln Gamma', () => {
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
    expect(lnGamma(101)).toBeCloseTo(363.739_375_555_563_5, 9);
  });

  it('computes tails that agree with the law summed term by term', () => {
    expect(poissonTail(2, 0)).toBeCloseTo(1 - Math.exp(-2), 14);
    expect(poissonTail(2, 3)).toBeCloseTo(1 - Math.exp(-2) * (1 + 2 + 2 + 4 / 3), 14);
    expect(poissonTail(2, -1)).toBe(1);
    expect(poissonTail(0, 3)).toBe(0);
    for (const mean of [0.01, 0.7, 5, 40, 300]) {
      for (const j of [0, 1, Math.floor(mean), Math.floor(mean + 3 * Math.sqrt(mean)), Math.floor(2 * mean + 5)]) {
        expect(Math.abs(poissonTail(mean, j) - plainTail(mean, j))).toBeLessThan(1e-10);
      }
    }
  });

  it('finds where the tail becomes negligible, and it is not far', () => {
    for (const mean of [0.05, 1, 12, 250, 10_000]) {
      const j = poissonNegligibleFrom(mean);
      expect(poissonTail(mean, j)).toBeLessThan(NEGLIGIBLE);
      // Bernstein's bound is loose, but by a few standard deviations, not by orders of magnitude.
      expect(j).toBeLessThan(mean + 12 * Math.sqrt(mean) + 25);
    }
  });

  it('counts the jobs more that find no slot: a worked example', () => {
    const m = 3;
    // One slot instead of two: P(N > 1) = 1 - e^-3 (1 + 3) more jobs short.
    expect(poissonShortfall(m, 1, 2)).toBeCloseTo(1 - 4 * Math.exp(-3), 14);
    // Half a slot: linear between whole counts.
    expect(poissonShortfall(m, 0.5, 2)).toBeCloseTo(0.5 * (1 - Math.exp(-3)) + (1 - 4 * Math.exp(-3)), 14);
    expect(poissonShortfall(m, 1, 2.5)).toBeCloseTo(1 - 4 * Math.exp(-3) + 0.5 * (1 - 8.5 * Math.exp(-3)), 14);
    // Fewer than no slots: each slot missing is a job short for certain.
    expect(poissonShortfall(m, -2, 0)).toBeCloseTo(2, 14);
    // From no slot to all the slots there could be: every job, E[N] = the mean.
    for (const mean of [0.3, 7, 500]) expect(poissonShortfall(mean, 0, 100_000)).toBeCloseTo(mean, 6);
    // No room taken, nothing lost; and far beyond the mean, nothing to speak of.
    expect(poissonShortfall(m, 2, 2)).toBe(0);
    expect(poissonShortfall(m, 100, 120)).toBe(0);
  });
});
