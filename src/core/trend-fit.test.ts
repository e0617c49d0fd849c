import { describe, expect, it } from 'vitest';
import { dayReaching, fitLine, t95 } from './trend-fit.js';

describe('trend fits', () => {
  it('finds a known slope, with an interval that holds it, and the day a level is reached', () => {
    // 1,000 units in use on day 0, growing 50 a day, with a wobble of +-10 that sums to zero.
    const wobble = [10, -10, 5, -5, 0, 10, -10, 5, -5, 0];
    const points = wobble.map((w, x) => ({ x, y: 1000 + 50 * x + w }));
    const fit = fitLine(points)!;
    expect(fit.n).toBe(10);
    expect(fit.slope).toBeCloseTo(50, 0);
    expect(fit.slopeLow).toBeLessThan(50);
    expect(fit.slopeHigh).toBeGreaterThan(50);
    expect(fit.slopeHigh - fit.slopeLow).toBeLessThan(5);
    expect(fit.r2).toBeGreaterThan(0.99);
    // 2,000 units of capacity: the line is at about 1,450 on day 9, so it fills about 11 days later.
    const full = dayReaching(fit, 2000, 9)!;
    expect(full).toBeGreaterThan(19.5);
    expect(full).toBeLessThan(20.5);
    expect(dayReaching(fit, 2000, 9, fit.slopeHigh)!).toBeLessThan(full);
    expect(dayReaching(fit, 2000, 9, fit.slopeLow)!).toBeGreaterThan(full);
  });

  it('is exact on a straight line and says when there is nothing to fit', () => {
    const fit = fitLine([0, 1, 2, 3].map((x) => ({ x, y: 7 - 2 * x })))!;
    expect(fit.slope).toBeCloseTo(-2, 12);
    expect(fit.intercept).toBeCloseTo(7, 12);
    expect(fit.slopeHigh - fit.slopeLow).toBeCloseTo(0, 9);
    expect(dayReaching(fit, 100, 3)).toBeUndefined();
    expect(fitLine([{ x: 0, y: 1 }, { x: 1, y: 2 }])).toBeUndefined();
    expect(fitLine([{ x: 2, y: 1 }, { x: 2, y: 2 }, { x: 2, y: 3 }])).toBeUndefined();
    expect(t95(1)).toBe(12.706);
    expect(t95(500)).toBe(1.96);
  });
});
