import { describe, expect, it } from 'vitest';
import { Network } from '../network/network.js';
import { buildScenario } from '../network/scenario.js';
import type { JobSpec } from '../workload/job.js';
import { PlacementContext } from './context.js';
import { LimitRegions, REGION_MAX_POOLS, isRegion } from './regions.js';
import { exampleScenario } from '../../../test/fixtures.js';

const ctx = new PlacementContext(new Network(buildScenario(exampleScenario()).scenario));
const at = (key: string) => ctx.pools.findIndex((p) => p.key === key);
const job = (limits: Partial<JobSpec>): JobSpec => ({
  id: 'j', submitAt: 0, origin: 'shanghai', class: 'intelligent', units: 1, durationS: 3600, latency: 'batch', dataGb: 0, ...limits,
});

describe('LimitRegions', () => {
  const limits = new LimitRegions(ctx);
  const t4 = at('sh-a/t4');
  const a100 = at('qy-a/a100');
  const t4Price = ctx.pools[t4]!.price;

  it('gives the pools of its class that a job\'s models, residency, green floor and price cap allow', () => {
    expect(limits.of(job({}))).toBeUndefined();
    expect(Array.from(limits.of(job({ maxPrice: t4Price }))!)).toEqual([t4]);
    expect(Array.from(limits.of(job({ minGreenShare: 0.5 }))!)).toEqual([a100]);
    expect(Array.from(limits.of(job({ residency: ['gansu'] }))!)).toEqual([a100]);
    expect(Array.from(limits.of(job({ residency: ['Shanghai'] }))!)).toEqual([t4]);
    expect(Array.from(limits.of(job({ models: ['T4'] }))!)).toEqual([t4]);
    expect(Array.from(limits.of(job({ models: ['A100'], maxPrice: t4Price }))!)).toEqual([]);
  });

  it('shares one array among caps and floors that let in the same pools', () => {
    const a = limits.of(job({ maxPrice: t4Price }));
    expect(limits.of(job({ maxPrice: t4Price + 1 }))).toBe(a);
    expect(limits.of(job({ minGreenShare: 0.5 }))).toBe(limits.of(job({ minGreenShare: 0.8 })));
  });

  it('keeps as regions only sets of a few pools, fewer than the class has', () => {
    expect(isRegion(Int32Array.from([t4]), 2)).toBe(true);
    expect(isRegion(Int32Array.from([t4, a100]), 2)).toBe(false);
    expect(isRegion(new Int32Array(0), 2)).toBe(false);
    expect(isRegion(new Int32Array(REGION_MAX_POOLS + 1), 10_000)).toBe(false);
  });
});
