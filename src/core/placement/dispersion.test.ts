import { describe, expect, it } from 'vitest';
import { SeededRng } from '../rng.js';
import { ArrivalDispersion } from './dispersion.js';

describe('ArrivalDispersion', () => {
  it('reads 1 for a Poisson stream, whatever its rate, and 1 before three windows are seen', () => {
    const rng = new SeededRng(5);
    for (const perHour of [2, 60, 600]) {
      const d = new ArrivalDispersion();
      let t = 0;
      expect(d.index(3600)).toBe(1);
      for (let i = 0; i < 20 * perHour; i++) {
        t += -Math.log(1 - rng.next()) * (3600 / perHour);
        d.add(t);
      }
      // Chance alone leaves the raw index within a standard error or so of 1, and that much is taken off.
      for (const scale of [600, 3600, 4 * 3600]) expect(d.index(scale)).toBeLessThan(1.3);
    }
  });

  it('reads the size of the bursts a stream comes in, at scales longer than the bursts', () => {
    // Bursts of 25 jobs within a minute, at Poisson times about every 20 minutes.
    const rng = new SeededRng(9);
    const d = new ArrivalDispersion();
    let t = 0;
    for (let b = 0; b < 400; b++) {
      t += -Math.log(1 - rng.next()) * 1200;
      for (let j = 0; j < 25; j++) d.add(t + j);
    }
    // A compound Poisson count with clumps of c has variance c x its mean.
    for (const scale of [3600, 4 * 3600]) {
      expect(d.index(scale)).toBeGreaterThan(20);
      expect(d.index(scale)).toBeLessThan(30);
    }
  });

  it('counts the window still open, so that a first burst shows as it comes', () => {
    const d = new ArrivalDispersion();
    // An hour-long window a job every 10 minutes for ten hours, then 200 jobs at once.
    for (let i = 0; i < 60; i++) d.add(i * 600);
    expect(d.index(3600)).toBe(1);
    for (let j = 0; j < 200; j++) d.add(36_000 + j);
    expect(d.index(3600)).toBeGreaterThan(10);
  });
});
