import { describe, expect, it } from 'vitest';
import { computeCost } from './cost.js';

describe('computeCost', () => {
  it('charges price x units x hours in whole minor units, rounding to the nearest', () => {
    expect(computeCost(65_000, 8, 3600)).toBe(520_000);
    // 0.0181 yuan per unit-hour for 3 units over 20 minutes: 181 x 3 / 3 = 181.
    expect(computeCost(181, 3, 1200)).toBe(181);
    // 1 minor unit for 1 unit over 30 minutes is half a minor unit: rounds to 1; over 29 minutes, to 0.
    expect(computeCost(1, 1, 1800)).toBe(1);
    expect(computeCost(1, 1, 1740)).toBe(0);
    expect(Number.isInteger(computeCost(73_320, 7, 61))).toBe(true);
  });
});
