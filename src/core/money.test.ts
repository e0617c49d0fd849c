import { describe, expect, it } from 'vitest';
import { formatYuan, yuanToMinor } from './money.js';

describe('yuanToMinor', () => {
  it('converts decimal yuan to 1/10,000 yuan exactly', () => {
    expect(yuanToMinor(6.5)).toBe(65_000);
    expect(yuanToMinor('0.0365')).toBe(365);
    expect(yuanToMinor(0.0001)).toBe(1);
    expect(yuanToMinor(1e-4)).toBe(1);
    expect(yuanToMinor('1.50000')).toBe(15_000);
    expect(yuanToMinor(0)).toBe(0);
    expect(yuanToMinor(-2.25)).toBe(-22_500);
    expect(yuanToMinor('1.2e3')).toBe(12_000_000);
    expect(yuanToMinor(0.36)).toBe(3_600);
  });

  it('rejects more precision than the minor unit holds', () => {
    expect(() => yuanToMinor(0.00001)).toThrow('0.00001 has more than 4 decimal places (the smallest amount is 0.0001 yuan)');
    expect(() => yuanToMinor('6.12345')).toThrow('6.12345 has more than 4 decimal places');
    // A float sum that is not the decimal its author meant is caught, not rounded.
    expect(() => yuanToMinor(0.1 + 0.2)).toThrow('0.30000000000000004 has more than 4 decimal places');
  });

  it('rejects what is not a finite decimal', () => {
    expect(() => yuanToMinor('abc')).toThrow('"abc" is not a decimal number');
    expect(() => yuanToMinor(Number.NaN)).toThrow('NaN is not a finite number');
    expect(() => yuanToMinor(Number.POSITIVE_INFINITY)).toThrow('Infinity is not a finite number');
    expect(() => yuanToMinor('9007199254740.9920')).toThrow('too large');
  });
});

describe('formatYuan', () => {
  it('prints minor units as trimmed decimal yuan and round-trips', () => {
    expect(formatYuan(65_000)).toBe('6.5');
    expect(formatYuan(365)).toBe('0.0365');
    expect(formatYuan(-22_500)).toBe('-2.25');
    expect(formatYuan(0)).toBe('0');
    for (const v of [1, 9_999, 10_000, 123_456_789]) expect(yuanToMinor(formatYuan(v))).toBe(v);
  });

  it('refuses non-integer amounts', () => {
    expect(() => formatYuan(1.5)).toThrow('money must be a safe integer, got 1.5');
  });
});
