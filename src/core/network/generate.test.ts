import { describe, expect, it } from 'vitest';
import { generateScenario } from './generate.js';
import { buildScenario } from './scenario.js';
import { summarizeScenario } from './summary.js';
import { SeededRng } from '../rng.js';

describe('generateScenario', () => {
  it('writes a valid scenario of the requested size', () => {
    const doc = generateScenario({ dataCenters: 500, origins: 60 }, new SeededRng(3));
    const { scenario } = buildScenario(doc);
    expect(scenario.dataCenters).toHaveLength(500);
    expect(scenario.origins).toHaveLength(60);
    expect(new Set(scenario.origins.map((o) => o.id)).size).toBe(60);
    expect(scenario.hubs.filter((h) => h.national)).toHaveLength(8);
    expect(scenario.clusters).toHaveLength(10);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = JSON.stringify(generateScenario({ dataCenters: 50, origins: 10 }, new SeededRng(9)));
    const b = JSON.stringify(generateScenario({ dataCenters: 50, origins: 10 }, new SeededRng(9)));
    const c = JSON.stringify(generateScenario({ dataCenters: 50, origins: 10 }, new SeededRng(10)));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('makes the west cheaper and greener than the east, as the public reports say', () => {
    const { scenario } = buildScenario(generateScenario({ dataCenters: 2000, origins: 38 }, new SeededRng(1)));
    const summary = summarizeScenario(scenario);
    const side = (s: 'east' | 'west') => scenario.dataCenters.filter((d) => summary.hubs.find((h) => h.id === d.hubId)!.side === s);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const east = side('east');
    const west = side('west');
    expect(mean(west.map((d) => d.electricityPrice))).toBeLessThan(mean(east.map((d) => d.electricityPrice)));
    expect(mean(west.map((d) => d.greenShare))).toBeGreaterThan(mean(east.map((d) => d.greenShare)));
    expect(mean(west.map((d) => d.pue))).toBeLessThan(mean(east.map((d) => d.pue)));
    const a100Price = (ds: typeof east) => mean(ds.flatMap((d) => d.pools.filter((p) => p.model === 'A100').map((p) => p.price)));
    expect(a100Price(west)).toBeLessThan(a100Price(east));
  });
});
