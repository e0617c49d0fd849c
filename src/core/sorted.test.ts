import { describe, expect, it } from 'vitest';
import { lowerBound, upperBound } from './sorted.js';

describe('binary search in a sorted array', () => {
  const a = [1, 2, 2, 2, 5];
  it('lowerBound: how many are below x', () => {
    expect([0, 1, 2, 3, 5, 6].map((x) => lowerBound(a, x))).toEqual([0, 0, 1, 4, 4, 5]);
  });
  it('upperBound: how many are at most x', () => {
    expect([0, 1, 2, 3, 5, 6].map((x) => upperBound(a, x))).toEqual([0, 1, 4, 4, 5, 5]);
    expect(upperBound([], 1)).toBe(0);
  });
});
