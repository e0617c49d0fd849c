import { describe, expect, it } from 'vitest';
import { buildScenario } from './scenario.js';
import { summarizeScenario, totalCapacityP, totalsFor } from './summary.js';
import { exampleScenario } from '../../../test/fixtures.js';

const { scenario } = buildScenario(exampleScenario());

describe('summarizeScenario', () => {
  it('computes capacity in P and power-weighted figures exactly', () => {
    const t = totalsFor(scenario.dataCenters);
    // qy-a: 8000 A100 x 312 TFLOPS = 2,496 P FP16; sh-a: 400 T4 x 65 = 26 P FP16 and 10,000 cores x 0.166 = 1.66 P FP32.
    expect(t.capacityP.intelligent).toBeCloseTo(2522, 9);
    expect(t.capacityP.general).toBeCloseTo(1.66, 9);
    expect(t.capacityP.super).toBe(0);
    expect(totalCapacityP(t)).toBeCloseTo(2523.66, 9);
    // IT power: 8000 x 0.4 = 3200 kW; 10,000 x 0.01 + 400 x 0.07 = 128 kW.
    expect(t.itPowerKw).toBeCloseTo(3328, 9);
    expect(t.pue).toBeCloseTo((1.2 * 3200 + 1.25 * 128) / 3328, 12);
    const fq = 3200 * 1.2;
    const fs = 128 * 1.25;
    expect(t.greenShare).toBeCloseTo((0.9 * fq + 0.3 * fs) / (fq + fs), 12);
    expect(t.gridFactor).toBeCloseTo((0.5857 * fq + 0.5617 * fs) / (fq + fs), 12);
    expect(t.effectiveFactor).toBeCloseTo((0.5857 * 0.1 * fq + 0.5617 * 0.7 * fs) / (fq + fs), 12);
    expect(t.racks).toEqual({ built: 21000, inUse: 13900, fillRate: 13900 / 21000 });
  });

  it('rolls data centers up into clusters, hubs and the nation', () => {
    const s = summarizeScenario(scenario);
    expect(s.counts).toEqual({ hubs: 2, nationalHubs: 2, clusters: 1, nationalClusters: 1, dataCenters: 2, origins: 2, pools: 3 });
    const gansu = s.hubs.find((h) => h.id === 'gansu')!;
    expect(gansu.clusters.map((c) => c.id)).toEqual(['qingyang']);
    expect(gansu.totals.capacityP.intelligent).toBeCloseTo(2496, 9);
    const yrd = s.hubs.find((h) => h.id === 'yrd')!;
    // sh-a is in no cluster: it is listed under the hub as outside any cluster.
    expect(yrd.clusters).toHaveLength(1);
    expect(yrd.clusters[0]!.id).toBeNull();
    expect(yrd.clusters[0]!.dataCenters.map((d) => d.id)).toEqual(['sh-a']);
  });

  it('reports null ratios when there is nothing to weigh', () => {
    const t = totalsFor([]);
    expect(t.pue).toBeNull();
    expect(t.greenShare).toBeNull();
    expect(t.racks.fillRate).toBeNull();
    expect(t.dataCenters).toBe(0);
  });
});
