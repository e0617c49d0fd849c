import { describe, expect, it } from 'vitest';
import { Network } from '../network/network.js';
import { buildScenario } from '../network/scenario.js';
import { scaleScenarioDocument } from '../network/scale.js';
import { SeededRng } from '../rng.js';
import { generateJobs } from './generate.js';
import { exampleScenario } from '../../../test/fixtures.js';

const net = new Network(buildScenario(exampleScenario()).scenario);

describe('generateJobs', () => {
  it('is deterministic and shaped as documented', () => {
    const a = generateJobs(net, { count: 20_000, ratePerS: 2 }, new SeededRng(1));
    const b = generateJobs(net, { count: 20_000, ratePerS: 2 }, new SeededRng(1));
    expect(a).toEqual(b);
    const share = (f: (j: (typeof a)[number]) => boolean) => a.filter(f).length / a.length;
    expect(share((j) => j.class === 'intelligent')).toBeCloseTo(0.85, 1);
    expect(share((j) => j.latency === 'interactive')).toBeCloseTo(0.55, 1);
    expect(share((j) => j.class === 'intelligent' && j.units === 8) / share((j) => j.class === 'intelligent')).toBeCloseTo(0.06, 1);
    // Poisson arrivals at 2 per second: the last of 20,000 arrives near 10,000 s.
    expect(a.at(-1)!.submitAt).toBeGreaterThan(9_000);
    expect(a.at(-1)!.submitAt).toBeLessThan(11_000);
    expect(a.every((j, i) => i === 0 || a[i - 1]!.submitAt <= j.submitAt)).toBe(true);
    expect(a.every((j) => j.durationS >= 60 && j.durationS <= 7 * 86_400)).toBe(true);
    expect(a.every((j) => !j.models || j.models.every((m) => net.modelsOf(j.class).has(m)))).toBe(true);
  });
});

describe('scaleScenarioDocument', () => {
  it('keeps a share of every pool and nothing else changes', () => {
    const doc = exampleScenario();
    const half = scaleScenarioDocument(doc, 0.5) as ReturnType<typeof exampleScenario> & { dataCenters: { pools: { units: number }[] }[] };
    expect(half.dataCenters.map((d) => d.pools.map((p) => p.units))).toEqual([[4000], [5000, 200]]);
    expect((doc as { dataCenters: { pools: { units: number }[] }[] }).dataCenters[0]!.pools[0]!.units).toBe(8000);
    expect(buildScenario(half).scenario.dataCenters[0]!.racks).toEqual({ built: 20000, inUse: 13000 });
    expect(() => scaleScenarioDocument(doc, 0)).toThrow('share must be a number above 0, got 0');
  });
});
