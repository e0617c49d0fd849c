import { describe, expect, it } from 'vitest';
import { SeededRng } from '../../core/rng.js';
import { parseBatch, telemetryBatchSchema } from './telemetry.service.js';

describe('the hand-written telemetry parser', () => {
  it('accepts and refuses exactly what the documented schema does', () => {
    const rng = new SeededRng(3);
    const values = [undefined, 0, -1, 0.5, 1, 1.5, 10, 11, 1e13, 'x', null, true, [], {}, Number.NaN];
    const times = [1_790_000_000_000, -5, 1.5, '2026-11-22T08:00:00Z', '2026-11-22T08:00:00+08:00', '2026-11-22', 'now', null];
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)]!;
    let accepted = 0;
    for (let i = 0; i < 6000; i++) {
      const s: Record<string, unknown> = { dataCenter: pick(['dc-a', '', 'x'.repeat(129), 7]), at: pick(times) };
      if (rng.next() < 0.5) s.pool = pick(['gpu', '', 3]);
      for (const k of ['unitsInUse', 'utilisation', 'powerKw', 'pue', 'greenShare', 'racksInUse']) {
        if (rng.next() < 0.3) s[k] = pick(values);
      }
      if (rng.next() < 0.05) s.colour = 'red';
      for (const k of Object.keys(s)) if (s[k] === undefined) delete s[k];
      const body = { samples: [s] };
      const mine = parseBatch(body).success;
      expect(mine, JSON.stringify(s)).toBe(telemetryBatchSchema.safeParse(body).success);
      if (mine) accepted += 1;
    }
    expect(accepted).toBeGreaterThan(60);
    expect(parseBatch({ samples: [], extra: 1 })).toEqual({ success: false, issues: [
      { path: '', message: 'unrecognized key: "extra"' },
      { path: 'samples', message: 'must hold at least one sample' },
    ] });
    expect(parseBatch([1])).toEqual({ success: false, issues: [{ path: '', message: 'must be an object with "samples"' }] });
  });
});
