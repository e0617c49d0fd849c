import { describe, expect, it } from 'vitest';
import { RunLengths } from './run-lengths.js';

describe('run lengths', () => {
  it('gives the runs seen cut at a time: n x E[min(run, d)]', () => {
    const r = new RunLengths();
    for (const s of [10, 100, 1000, 10_000]) r.add(s);
    expect(r.n).toBe(4);
    expect(r.seconds).toBe(11_110);
    // 10 + 100 + 500 + 500.
    expect(r.cutAt(500)).toBe(1110);
    expect(r.cutAt(1e9)).toBe(11_110);
    expect(r.cutAt(0.5)).toBe(2);
    // The mean run alone would give 4 x min(500, 2,777.5) = 2,000: far above.
    expect(r.cutAt(500)).toBeLessThan(r.n * Math.min(500, r.seconds / r.n));
  });

  it('counts runs in the bucket of the cut by the smaller of their sum and their number x the cut: never below the truth', () => {
    const r = new RunLengths();
    r.add(1100);
    r.add(1150);
    // Both lie in the quarter-doubling of 1,120: min(2,250, 2 x 1,120) = 2,240, against the true 1,100 + 1,120.
    expect(r.cutAt(1120)).toBe(2240);
    expect(r.cutAt(1120)).toBeGreaterThanOrEqual(1100 + 1120);
    expect(r.cutAt(1120)).toBeLessThanOrEqual((1100 + 1120) * 2 ** 0.25);
  });
});
