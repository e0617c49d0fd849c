import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPlatform } from '../../../test/platform.js';
import type { TestPlatform } from '../../../test/platform.js';
import { readScenarioDocument } from '../../formats/scenario-file.js';
import { costOf } from '../../core/placement/cost.js';
import { SYSTEM } from './actor.js';

describe('live placement on a network with hourly profiles', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await testPlatform();
    await t.platform.network.loadScenario(readScenarioDocument('data/scenarios/national-hourly.yaml'), SYSTEM, 'national-hourly.yaml');
  });
  afterAll(() => t.close());

  it('prices a job over the hours of China Standard Time it will run in', async () => {
    // The test clock is 02:00 UTC, 10:00 in China: the western valley (10:00-16:00) has begun.
    for (const hourUtc of [2, 14]) {
      t.clock.t = Date.parse(`2026-11-23T${String(hourUtc).padStart(2, '0')}:00:00Z`);
      const job = (await t.call(t.tokens.member, 'POST', '/v1/jobs', { origin: 'lanzhou', class: 'intelligent', units: 8, durationS: 3600, latency: 'batch', model: 'A100' })).body;
      await t.platform.placement.placePending();
      const placed = (await t.call(t.tokens.member, 'GET', `/v1/jobs/${job.id}`)).body;
      expect(placed.state, JSON.stringify(placed)).toBe('placed');
      const live = await t.platform.network.require();
      const dc = live.scenario.dataCenters.find((d) => d.id === placed.placement.dataCenter)!;
      const pool = dc.pools.find((p) => p.id === placed.placement.pool)!;
      const at = Math.floor(t.clock.t / 1000) + 8 * 3600;
      const spec = { id: job.id, submitAt: at, origin: 'lanzhou', class: 'intelligent' as const, units: 8, durationS: 3600, latency: 'batch' as const, dataGb: 0, models: ['A100'] };
      const crosses = live.net.homeHub('lanzhou') !== dc.hubId;
      expect(placed.placement.costMinor).toBe(costOf(spec, pool, dc, live.scenario, crosses).total);
      // And not as a flat price would have it: the hour matters.
      expect(placed.placement.costMinor).not.toBe(costOf({ ...spec, submitAt: at + 12 * 3600 }, pool, dc, live.scenario, crosses).total);
    }
  });
});
