import { describe, expect, it } from 'vitest';
import type { DataCenter, Pool } from '../network/model.js';
import type { JobSpec } from '../workload/job.js';
import { capacityChecker, greenChecker, keepWholeChecker, latencyChecker, modelChecker, offloadChecker, priceChecker, reserveChecker, residencyChecker } from './checkers.js';
import { costScorer, carbonScorer, latencyScorer, loadScorer, scarcityScorer } from './scorers.js';
import { buildScenario } from '../network/scenario.js';
import { exampleScenario } from '../../../test/fixtures.js';
import type { Candidate, PlacementState } from './types.js';

const pool: Pool = { id: 'a100', key: 'qy-a/a100', dataCenterId: 'qy-a', class: 'intelligent', model: 'A100', units: 100, unitTflops: 312, unitPowerKw: 0.4, price: 65_000 };
const dc: DataCenter = {
  id: 'qy-a', name: 'Qingyang A', hubId: 'gansu', province: 'Gansu', lat: 35.7, lon: 107.6, pue: 1.2,
  electricityPrice: 3600, greenShare: 0.9, gridFactor: 0.5857, racks: { built: 10, inUse: 5 }, pools: [pool],
};
const cand: Candidate = { pool, dc, poolIndex: 0, latencyMs: 12, crossesHubs: true };
const state = (free: number, classUse = 0): PlacementState => ({ free: Float64Array.of(free), total: [100], classUse });
const job = (extra: Partial<JobSpec> = {}): JobSpec => ({
  id: 'j', submitAt: 0, origin: 'shanghai', class: 'intelligent', units: 10, durationS: 3600, latency: 'interactive', dataGb: 0, ...extra,
});
const s = state(100);

describe('checkers', () => {
  it('model: any model when none is named, else one of the alternatives', () => {
    expect(modelChecker.passes(job(), cand, s)).toBe(true);
    expect(modelChecker.passes(job({ models: ['H800', 'A100'] }), cand, s)).toBe(true);
    expect(modelChecker.passes(job({ models: ['H800'] }), cand, s)).toBe(false);
    expect(modelChecker.why(job({ models: ['H800'] }), cand, s)).toBe('model A100 is not one of H800');
  });

  it('latency: the class bound, or maxLatencyMs when given', () => {
    expect(latencyChecker.passes(job({ latency: 'interactive' }), cand, s)).toBe(true);
    expect(latencyChecker.passes(job({ latency: 'realtime' }), cand, s)).toBe(false);
    expect(latencyChecker.passes(job({ latency: 'batch' }), { ...cand, latencyMs: 500 }, s)).toBe(true);
    expect(latencyChecker.passes(job({ latency: 'interactive', maxLatencyMs: 10 }), cand, s)).toBe(false);
    expect(latencyChecker.passes(job({ latency: 'interactive', maxLatencyMs: 12 }), cand, s)).toBe(true);
    expect(latencyChecker.why(job({ latency: 'realtime' }), cand, s)).toBe('12.00 ms from shanghai exceeds the realtime bound of 5 ms');
  });

  it('residency: hub ids or provinces', () => {
    expect(residencyChecker.passes(job(), cand, s)).toBe(true);
    expect(residencyChecker.passes(job({ residency: ['gansu'] }), cand, s)).toBe(true);
    expect(residencyChecker.passes(job({ residency: ['Gansu'] }), cand, s)).toBe(true);
    expect(residencyChecker.passes(job({ residency: ['yrd', 'Shanghai'] }), cand, s)).toBe(false);
  });

  it('green: at least minGreenShare', () => {
    expect(greenChecker.passes(job({ minGreenShare: 0.9 }), cand, s)).toBe(true);
    expect(greenChecker.passes(job({ minGreenShare: 0.95 }), cand, s)).toBe(false);
  });

  it('price: at most maxPrice', () => {
    expect(priceChecker.passes(job({ maxPrice: 65_000 }), cand, s)).toBe(true);
    expect(priceChecker.passes(job({ maxPrice: 64_999 }), cand, s)).toBe(false);
    expect(priceChecker.why(job({ maxPrice: 60_000 }), cand, s)).toBe('price 6.5 yuan/unit-hour is above 6');
  });

  it('capacity: the units must be free', () => {
    expect(capacityChecker.passes(job({ units: 10 }), cand, state(10))).toBe(true);
    expect(capacityChecker.passes(job({ units: 11 }), cand, state(10))).toBe(false);
    expect(capacityChecker.why(job({ units: 11 }), cand, state(10))).toBe('10 of 100 units free, 11 needed');
  });

  it('reserve: only batch work, only eastern pools, only the last share', () => {
    const east = reserveChecker(0.15, () => true);
    const west = reserveChecker(0.15, () => false);
    expect(east.soft).toBe(true);
    expect(east.passes(job({ latency: 'batch', units: 10 }), cand, state(25))).toBe(true);
    expect(east.passes(job({ latency: 'batch', units: 11 }), cand, state(25))).toBe(false);
    expect(east.passes(job({ latency: 'interactive', units: 20 }), cand, state(25))).toBe(true);
    expect(west.passes(job({ latency: 'batch', units: 20 }), cand, state(25))).toBe(true);
  });

  it('offload: only work from eastern origins, only in western hubs, within the room left', () => {
    const k = offloadChecker((o) => o === 'shanghai', (hub) => hub === 'gansu');
    // Without a cap in the placement state there is no limit.
    expect(k.passes(job({ units: 500 }), cand, s)).toBe(true);
    const capped = { ...s, offload: { share: 0.1, room: new Map([['gansu|intelligent', 12]]) } };
    expect(k.soft).toBeUndefined();
    expect(k.passes(job({ units: 12 }), cand, capped)).toBe(true);
    expect(k.passes(job({ units: 13 }), cand, capped)).toBe(false);
    expect(k.why(job({ units: 13 }), cand, capped)).toBe('12 intelligent units left under the 10% offload cap of hub gansu, 13 needed');
    // Western users, or an eastern data center, are not offload.
    expect(k.passes(job({ units: 13, origin: 'lanzhou' }), cand, capped)).toBe(true);
    expect(k.passes(job({ units: 13 }), { ...cand, dc: { ...dc, hubId: 'yangtze-delta' } }, capped)).toBe(true);
    // No cap for a class: no limit.
    expect(k.passes(job({ units: 500, class: 'general' }), cand, capped)).toBe(true);
  });
});

describe('appliesTo', () => {
  // A checker that does not apply to a job must pass every candidate for it, in every state:
  // the placer leaves it out of that job's walk.
  const room = offloadChecker((o) => o === 'shanghai', () => true);
  const all = [modelChecker, latencyChecker, residencyChecker, greenChecker, priceChecker, capacityChecker, reserveChecker(0.5, () => true), keepWholeChecker(8, 0), room];
  const jobs = [
    job(), job({ models: ['H800'] }), job({ residency: ['yangtze-delta'] }), job({ minGreenShare: 0.95 }), job({ maxPrice: 1 }),
    job({ latency: 'batch', units: 60 }), job({ units: 2 }), job({ units: 8, origin: 'lanzhou' }), job({ latency: 'realtime' }),
  ];
  const candidates = [cand, { ...cand, latencyMs: 80 }, { ...cand, dc: { ...dc, hubId: 'yangtze-delta', greenShare: 0.2 } }];
  // The last state has an offload cap that leaves no room anywhere.
  const noRoom = { share: 0, room: new Map([['gansu|intelligent', 0], ['yangtze-delta|intelligent', 0], ['gansu|general', 0], ['yangtze-delta|general', 0]]) };
  const states = [state(100), state(9, 0.9), state(0, 1), { ...state(50), offload: noRoom }];

  it('is false only where the checker passes every candidate', () => {
    let skipped = 0;
    for (const k of all) {
      for (const j of jobs) {
        if (k.appliesTo === undefined || k.appliesTo(j)) continue;
        skipped += 1;
        for (const c of candidates) for (const st of states) expect(k.passes(j, c, st), `${k.name} ${JSON.stringify(j)}`).toBe(true);
      }
    }
    expect(skipped).toBeGreaterThan(20);
  });

  it('is true where the checker can fail', () => {
    expect(modelChecker.appliesTo!(job({ models: ['H800'] }))).toBe(true);
    expect(residencyChecker.appliesTo!(job({ residency: ['gansu'] }))).toBe(true);
    expect(greenChecker.appliesTo!(job({ minGreenShare: 0.5 }))).toBe(true);
    expect(priceChecker.appliesTo!(job({ maxPrice: 1 }))).toBe(true);
    expect(reserveChecker(0.5, () => true).appliesTo!(job({ latency: 'batch' }))).toBe(true);
    expect(keepWholeChecker(8, 0).appliesTo!(job({ units: 2 }))).toBe(true);
    expect(room.appliesTo!(job())).toBe(true);
    // Latency and capacity can fail for any job.
    expect(latencyChecker.appliesTo).toBeUndefined();
    expect(capacityChecker.appliesTo).toBeUndefined();
  });
});

describe('keep-whole', () => {
  const k = keepWholeChecker(8, 0.7);
  it('only applies to small jobs once the class is busy', () => {
    expect(k.soft).toBe(true);
    // Busy class: a 2-card job may not bring 9 free cards down to 7...
    expect(k.passes(job({ units: 2 }), cand, state(9, 0.8))).toBe(false);
    expect(k.why(job({ units: 2 }), cand, state(9, 0.8))).toBe('would leave 7 free units, breaking a block of 8');
    // ...but may take from 10 (8 stay), or from a pool with no whole block left.
    expect(k.passes(job({ units: 2 }), cand, state(10, 0.8))).toBe(true);
    expect(k.passes(job({ units: 2 }), cand, state(7, 0.8))).toBe(true);
    // Large jobs and quiet classes are never held back.
    expect(k.passes(job({ units: 8 }), cand, state(9, 0.8))).toBe(true);
    expect(k.passes(job({ units: 2 }), cand, state(9, 0.5))).toBe(true);
  });
});

describe('scorers', () => {
  const cost = { compute: 100, transfer: 20, carbon: 3, total: 123 };
  it('score cost, carbon, latency and load', () => {
    expect(costScorer.score(job(), cand, cost, s)).toBe(123);
    expect(carbonScorer.score(job(), cand, cost, s)).toBe(3);
    expect(latencyScorer.score(job(), cand, cost, s)).toBe(12);
    expect(loadScorer.score(job({ units: 10 }), cand, cost, state(50))).toBeCloseTo(0.6, 12);
  });

  it('price scarcity past the threshold as a share of the unplaced penalty', () => {
    const { scenario } = buildScenario(exampleScenario());
    const k = scarcityScorer(scenario, 0.5, 0.5, 16);
    // 10 cards for an hour: the penalty is 50 x 10 x 1 = 500 yuan = 5,000,000 units.
    expect(k.score(job({ units: 10 }), cand, cost, state(100))).toBe(0); // 10% in use after
    expect(k.score(job({ units: 10 }), cand, cost, state(60))).toBe(0); // exactly 50%
    // 75% in use after: half-way past the threshold, so 0.5 x 0.25 x penalty.
    expect(k.score(job({ units: 10 }), cand, cost, state(35))).toBeCloseTo(0.5 * 0.25 * 5_000_000, 6);
    expect(k.nonNegative).toBe(true);
    // A pool smaller than the minimum size is never priced.
    expect(scarcityScorer(scenario, 0.5, 0.5, 200).score(job({ units: 10 }), cand, cost, state(35))).toBe(0);
    // Nor while the job's class is little used network-wide: a busy pool is not scarce when the rest is free.
    const gated = scarcityScorer(scenario, 0.5, 0.5, 16, 0.3);
    expect(gated.score(job({ units: 10 }), cand, cost, state(35, 0.29))).toBe(0);
    expect(gated.score(job({ units: 10 }), cand, cost, state(35, 0.3))).toBeCloseTo(0.5 * 0.25 * 5_000_000, 6);
  });
});

describe('transient rules', () => {
  it('are the ones a job may pass later (room, reserves, caps), not what the job is', () => {
    const offload = offloadChecker(() => true, () => true);
    const all = [modelChecker, latencyChecker, residencyChecker, greenChecker, priceChecker, capacityChecker, reserveChecker(0.1, () => true), keepWholeChecker(0.8, 8), offload];
    expect(all.filter((c) => c.transient).map((c) => c.name)).toEqual(['capacity', 'reserve', 'keep-whole', 'offload']);
  });
});
