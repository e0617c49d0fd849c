import { afterEach, describe, expect, it } from 'vitest';
import { testPlatform } from '../../../test/platform.js';
import type { TestPlatform } from '../../../test/platform.js';
import { ENGINES } from '../../../test/databases.js';

const HOUR = 3_600_000;

describe.each(ENGINES)('where work ran (%s)', (engine) => {
  let t: TestPlatform;
  afterEach(async () => {
    await t?.close();
  });

  it('counts each job for the part of its run inside the window, by origin and hub, with batch work and the east-to-west share', async () => {
    t = await testPlatform(engine);
    const live = await t.platform.network.require();
    const side = (hub: string) => live.scenario.hubs.find((h) => h.id === hub)?.side;
    const west = live.scenario.dataCenters.find((d) => side(d.hubId) === 'west')!;
    const east = live.scenario.dataCenters.find((d) => side(d.hubId) === 'east')!;
    const now = t.clock.now();
    /** A job that ran from `start` to `end` (or still runs), placed at `dc`. */
    const ran = async (body: Record<string, unknown>, dc: typeof west, start: number, end?: number) => {
      const id = (await t.call(t.tokens.member, 'POST', '/v1/jobs', { origin: 'shanghai', class: 'general', durationS: 36_000, ...body })).body.id as string;
      const pool = dc.pools[0]!.id;
      await t.platform.store.jobs.transition([{ id, from: ['pending'], to: 'placed', placement: { dataCenterId: dc.id, poolId: pool, cost: 1, explanation: {} } }], start);
      await t.platform.store.jobs.transition([{ id, from: ['placed'], to: 'running', at: start }], start);
      if (end !== undefined) await t.platform.store.jobs.transition([{ id, from: ['running'], to: 'succeeded', at: end }], end);
    };
    await ran({ units: 8, latency: 'batch' }, west, now - HOUR / 2); // 8 units x 0.5 h, running, east to west
    await ran({ units: 2, latency: 'interactive' }, east, now - 2 * HOUR, now - HOUR / 2); // 2 x 0.5 h inside the hour
    await ran({ units: 1, latency: 'batch' }, east, now - 3 * HOUR, now - 2 * HOUR); // only inside the day
    // Never started: counts nowhere.
    await t.call(t.tokens.member, 'POST', '/v1/jobs', { origin: 'shanghai', class: 'general', units: 50, durationS: 600, latency: 'batch' });

    const hour = await t.call(t.tokens.regulator, 'GET', '/v1/monitoring/flows');
    expect(hour.status, JSON.stringify(hour.body)).toBe(200);
    expect(hour.body.window).toBe('1h');
    const pair = (b: { flows: { hub: string }[] }, hub: string) => b.flows.find((f) => f.hub === hub);
    expect(pair(hour.body, west.hubId)).toMatchObject({ origin: 'shanghai', eastToWest: true, jobs: 1, unitHours: 4, batchUnitHours: 4 });
    expect(pair(hour.body, east.hubId)).toMatchObject({ origin: 'shanghai', eastToWest: false, jobs: 1, unitHours: 1, batchUnitHours: 0 });
    expect(hour.body.totals).toEqual({ unitHours: 5, eastToWestUnitHours: 4, batchUnitHours: 4, batchWestUnitHours: 4, batchWestShare: 1 });

    const day = await t.call(t.tokens.regulator, 'GET', '/v1/monitoring/flows?window=1d');
    expect(pair(day.body, east.hubId)).toMatchObject({ jobs: 2, unitHours: 2 * 1.5 + 1, batchUnitHours: 1 });
    // Batch work: 4 unit-hours in the west, 1 in the east.
    expect(day.body.totals).toMatchObject({ unitHours: 8, batchUnitHours: 5, batchWestUnitHours: 4, batchWestShare: 0.8 });

    // An operator sees only what ran at its own data centers; a bad window is refused by name.
    const ops = await t.call(t.tokens.operator, 'GET', '/v1/monitoring/flows?window=1d');
    const opDcs = [...live.dataCenters.keys()].slice(0, 2);
    expect(ops.body.flows.every((f: { hub: string }) => live.scenario.dataCenters.some((d) => opDcs.includes(d.id) && d.hubId === f.hub))).toBe(true);
    const bad = await t.call(t.tokens.regulator, 'GET', '/v1/monitoring/flows?window=1w');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('window');
  });
});
