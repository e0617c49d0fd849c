import { describe, expect, it } from 'vitest';
import { SeededRng, WeightedSampler, randomInt, randomNormal } from './rng.js';

describe('SeededRng', () => {
  it('repeats a sequence for the same seed and differs for another', () => {
    const a = new SeededRng(42);
    const b = new SeededRng(42);
    const c = new SeededRng(43);
    const sa = Array.from({ length: 100 }, () => a.next());
    const sb = Array.from({ length: 100 }, () => b.next());
    const sc = Array.from({ length: 100 }, () => c.next());
    expect(sa).toEqual(sb);
    expect(sa).not.toEqual(sc);
  });

  it('draws uniformly in [0, 1)', () => {
    const r = new SeededRng(7);
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = r.next();
      if (!(x >= 0 && x < 1)) outside++;
      sum += x;
    }
    expect(outside).toBe(0);
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });

  it('keeps integers within bounds and normals centred', () => {
    const r = new SeededRng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(randomInt(r, 3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
    let sum = 0;
    for (let i = 0; i < 50_000; i++) sum += randomNormal(r);
    expect(Math.abs(sum / 50_000)).toBeLessThan(0.02);
  });

  it('rejects a seed that is not an integer', () => {
    expect(() => new SeededRng(1.5)).toThrow('seed must be an integer, got 1.5');
  });
});

describe('WeightedSampler', () => {
  it('picks in proportion to weight and never a zero weight', () => {
    const s = new WeightedSampler(['a', 'b', 'c'], (x) => ({ a: 3, b: 1, c: 0 })[x] as number);
    const r = new SeededRng(5);
    const counts: Record<string, number> = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 40_000; i++) counts[s.pick(r)]! += 1;
    expect(counts.c).toBe(0);
    expect(counts.a! / counts.b!).toBeGreaterThan(2.8);
    expect(counts.a! / counts.b!).toBeLessThan(3.2);
  });

  it('rejects empty lists, negative and all-zero weights', () => {
    expect(() => new WeightedSampler([], () => 1)).toThrow('cannot sample from an empty list');
    expect(() => new WeightedSampler([1], () => -1)).toThrow('weight must be a finite number >= 0, got -1');
    expect(() => new WeightedSampler([1, 2], () => 0)).toThrow('weights must not all be zero');
  });
});
