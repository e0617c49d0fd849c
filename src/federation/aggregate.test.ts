import { describe, expect, it } from 'vitest';
import { sumSeries, sumSummaries } from './aggregate.js';

describe('adding series', () => {
  it('adds extensive metrics, weights PUE by IT power and green share by power, bucket by bucket; a platform missing from a bucket adds nothing', () => {
    const pt = (metric: string, bucket: number, value: number) => ({ metric, step: 60, bucket, value, min: value, max: value, samples: 1 });
    const a = [pt('power_kw', 0, 1000), pt('pue', 0, 1.25), pt('green_share', 0, 0.2), pt('power_kw', 60_000, 1000)];
    const b = [pt('power_kw', 0, 3000), pt('pue', 0, 1.5), pt('green_share', 0, 0.6)];
    const s = sumSeries([a, b]);
    const at = (metric: string, bucket: number) => s.find((r) => r.metric === metric && r.bucket === bucket)!;
    expect(at('power_kw', 0)).toMatchObject({ value: 4000, min: 4000, max: 4000, samples: 2 });
    expect(at('pue', 0).value).toBeCloseTo(4000 / (1000 / 1.25 + 3000 / 1.5), 12);
    expect(at('pue', 0)).toMatchObject({ min: 1.25, max: 1.5 });
    expect(at('green_share', 0).value).toBeCloseTo((1000 * 0.2 + 3000 * 0.6) / 4000, 12);
    expect(at('power_kw', 60_000)).toMatchObject({ value: 1000, samples: 1 });
    expect(s.map((r) => r.bucket)).toEqual([...s.map((r) => r.bucket)].sort((x, y) => x - y));
  });
});

describe('adding summaries', () => {
  it('adds counts and capacities and weights PUE by IT power and green share by power', () => {
    const base = { dataCenters: { total: 1, reporting: 1, stale: 0 }, capacityP: { intelligent: 10 }, capacityUnits: { intelligent: 100 }, inUseP: { intelligent: 5 }, inUseUnits: { intelligent: 50 }, racks: { built: 10, inUse: 5 }, powerEstimatedFor: 0, carbonTodayKg: 1, jobs: { byState: { running: 1 }, running: 1 }, eastToWest: { jobs: 1, units: 2 } };
    const s = sumSummaries([
      { ...base, powerKw: 1200, pue: 1.2, greenShare: 0.5 },
      { ...base, capacityUnits: { intelligent: 300, general: 10 }, inUseUnits: { intelligent: 50 }, powerKw: 1500, pue: 1.5, greenShare: 0.2 },
    ]);
    expect(s.dataCenters).toEqual({ total: 2, reporting: 2, stale: 0 });
    expect(s.capacityUnits).toEqual({ intelligent: 400, general: 10 });
    expect(s.fillRate).toEqual({ intelligent: 0.25, general: 0 });
    // IT power 1000 + 1000: PUE 2700 / 2000; green (600 + 300) / 2700.
    expect(s.pue).toBe(1.35);
    expect(s.greenShare).toBe(0.3333);
    expect(s.jobs).toEqual({ byState: { running: 2 }, running: 2 });
  });
});
