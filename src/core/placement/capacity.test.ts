import { describe, expect, it } from 'vitest';
import { SeededRng } from '../rng.js';
import { CapacityTimeline } from './capacity.js';

describe('CapacityTimeline', () => {
  it('frees each hold at its end, in any order of holds, like a plain list of holds', () => {
    const rng = new SeededRng(11);
    const total = [40, 25, 60, 10];
    const timeline = new CapacityTimeline(total, [0, 1, 0, 1]);
    let holds: { pool: number; units: number; end: number }[] = [];
    let t = 0;
    for (let step = 0; step < 3000; step++) {
      t += Math.floor(rng.next() * 3);
      timeline.advanceTo(t);
      holds = holds.filter((h) => h.end > t);
      const pool = Math.floor(rng.next() * total.length);
      const units = 1 + Math.floor(rng.next() * 5);
      // Ends repeat often, so that equal keys meet in the heap.
      if (timeline.free[pool]! >= units) {
        const end = t + 1 + Math.floor(rng.next() * 40);
        timeline.hold(pool, units, end);
        holds.push({ pool, units, end });
      }
      const free = total.map((u, p) => u - holds.filter((h) => h.pool === p).reduce((s, h) => s + h.units, 0));
      expect(Array.from(timeline.free), `step ${step}`).toEqual(free);
      const used = (group: number) => total.reduce((s, u, p) => s + ([0, 1, 0, 1][p] === group ? u - free[p]! : 0), 0);
      expect(timeline.groupUse(0)).toBeCloseTo(used(0) / 100, 12);
      expect(timeline.groupUse(1)).toBeCloseTo(used(1) / 35, 12);
    }
    expect(timeline.commitments().length).toBe(holds.length);
  });

  it('grows past its first allocation and releases in end order', () => {
    const timeline = new CapacityTimeline([1_000_000, 1_000_000]);
    const rng = new SeededRng(4);
    const ends: number[] = [];
    for (let k = 0; k < 5000; k++) {
      const end = 1 + Math.floor(rng.next() * 1000);
      timeline.hold(k % 2, 1, end);
      ends.push(end);
    }
    expect(timeline.commitments().length).toBe(5000);
    for (const t of [0, 10, 250, 999, 1000]) {
      timeline.advanceTo(t);
      const running = ends.filter((e) => e > t).length;
      expect(timeline.commitments().length, `at ${t}`).toBe(running);
      expect(timeline.free[0]! + timeline.free[1]!, `at ${t}`).toBe(2_000_000 - running);
    }
    timeline.reset([5, 7]);
    expect(timeline.commitments()).toEqual([]);
    expect(Array.from(timeline.free)).toEqual([5, 7]);
  });

  it('gives units of a lost job back at once, and its end frees nothing more', () => {
    const timeline = new CapacityTimeline([10, 10], [0, 0]);
    timeline.hold(0, 4, 100);
    timeline.hold(0, 3, 100);
    timeline.hold(1, 2, 50);
    timeline.release(0, 4, 100);
    expect(Array.from(timeline.free)).toEqual([7, 8]);
    expect(timeline.groupUse(0)).toBeCloseTo(5 / 20);
    timeline.advanceTo(100);
    expect(Array.from(timeline.free)).toEqual([10, 10]);
    expect(timeline.groupUse(0)).toBe(0);
  });
});
