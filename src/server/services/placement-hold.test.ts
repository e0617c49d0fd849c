import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPlatform } from '../../../test/platform.js';
import type { TestPlatform } from '../../../test/platform.js';
import { readScenarioDocument } from '../../formats/scenario-file.js';
import { costOf } from '../../core/placement/cost.js';
import { chooseStart } from '../../core/placement/start-time.js';
import { SYSTEM } from './actor.js';

const JOB = { origin: 'lanzhou', class: 'intelligent', units: 8, durationS: 3600, latency: 'batch', model: 'A100' };
const cst = (utc: string): number => Math.floor(Date.parse(utc) / 1000) + 8 * 3600;

describe('a job that may wait, on the live platform', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await testPlatform();
    await t.platform.network.loadScenario(readScenarioDocument('data/scenarios/national-hourly.yaml'), SYSTEM, 'national-hourly.yaml');
  });
  afterAll(() => t.close());

  it('is held until the start the engine planned, shows when and why, and is placed then at that hour\'s prices', async () => {
    // 10:00 UTC is 18:00 in China: with six hours to wait, the engine's cheapest start is later.
    t.clock.t = Date.parse('2026-11-23T10:00:00Z');
    const job = (await t.call(t.tokens.member, 'POST', '/v1/jobs', { ...JOB, maxWaitS: 21_600 })).body;
    expect(job.spec.maxWaitS).toBe(21_600);
    const live = await t.platform.network.require();
    const expected = chooseStart(live.ctx, { id: job.id, submitAt: cst('2026-11-23T10:00:00Z'), class: 'intelligent', origin: 'lanzhou', units: 8, durationS: 3600, latency: 'batch', dataGb: 0, models: ['A100'], maxWaitS: 21_600 }, 'cheapest');
    const plannedMs = (expected.at - 8 * 3600) * 1000;
    expect(plannedMs).toBeGreaterThan(t.clock.t);

    const round = await t.platform.placement.placePending();
    expect(round).toMatchObject({ placed: 0, held: 1 });
    const held = (await t.call(t.tokens.member, 'GET', `/v1/jobs/${job.id}`)).body;
    expect(held.state).toBe('pending');
    expect(held.start.plannedAt).toBe(new Date(plannedMs).toISOString());
    expect(held.start.rule).toBe('cheapest');
    const local = new Date(plannedMs + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
    expect(held.reason).toBe(`held until ${local} China Standard Time: ${expected.reason}`);
    // The starts weighed: submission and each of the six whole hours of the window, the planned one the cheapest.
    expect(held.start.considered).toHaveLength(7);
    const chosen = held.start.considered.find((o: { at: string }) => o.at === held.start.plannedAt);
    expect(Math.min(...held.start.considered.map((o: { costMinor: number }) => o.costMinor))).toBe(chosen.costMinor);
    expect(held.start.considered[0].costMinor).toBeGreaterThan(chosen.costMinor);

    // Until then no round offers it, and no data center is given it.
    t.clock.t = plannedMs - 1000;
    expect((await t.platform.placement.placePending()).placed).toBe(0);
    expect((await t.call(t.tokens.member, 'GET', `/v1/jobs/${job.id}`)).body.state).toBe('pending');

    // At its start it is placed, priced over the hours it now runs in, and its plan stays on its page.
    t.clock.t = plannedMs;
    expect((await t.platform.placement.placePending()).placed).toBe(1);
    const placed = (await t.call(t.tokens.member, 'GET', `/v1/jobs/${job.id}`)).body;
    expect(placed.state).toBe('placed');
    expect(placed.start.plannedAt).toBe(held.start.plannedAt);
    const dc = live.scenario.dataCenters.find((d) => d.id === placed.placement.dataCenter)!;
    const pool = dc.pools.find((p) => p.id === placed.placement.pool)!;
    const spec = { id: job.id, submitAt: expected.at, origin: 'lanzhou', class: 'intelligent' as const, units: 8, durationS: 3600, latency: 'batch' as const, dataGb: 0, models: ['A100'] };
    expect(placed.placement.costMinor).toBe(costOf(spec, pool, dc, live.scenario, live.net.homeHub('lanzhou') !== dc.hubId).total);
    expect(placed.placement.costMinor).toBeLessThan(held.start.considered[0].costMinor);
  });

  it('starts at once when now is the cheapest start in its window, and says so', async () => {
    // 06:00 UTC is 14:00 in China, inside the western midday valley. (The placer's time never moves back: each test is later.)
    t.clock.t = Date.parse('2026-11-24T06:00:00Z');
    const job = (await t.call(t.tokens.member, 'POST', '/v1/jobs', { ...JOB, maxWaitS: 21_600 })).body;
    expect(await t.platform.placement.placePending()).toMatchObject({ placed: 1, held: 0 });
    const placed = (await t.call(t.tokens.member, 'GET', `/v1/jobs/${job.id}`)).body;
    expect(placed.state).toBe('placed');
    expect(placed.start.plannedAt).toBe('2026-11-24T06:00:00.000Z');
    expect(placed.start.reason).toBe('starting now is the cheapest in its window');
  });

  it('can be cancelled while it is held', async () => {
    t.clock.t = Date.parse('2026-11-24T10:00:00Z');
    const job = (await t.call(t.tokens.member, 'POST', '/v1/jobs', { ...JOB, maxWaitS: 21_600 })).body;
    expect((await t.platform.placement.placePending()).held).toBe(1);
    const r = await t.call(t.tokens.member, 'POST', `/v1/jobs/${job.id}/cancel`);
    expect(r.status).toBe(200);
    t.clock.t += 86_400_000;
    await t.platform.placement.placePending();
    expect((await t.call(t.tokens.member, 'GET', `/v1/jobs/${job.id}`)).body.state).toBe('cancelled');
  });

  it('plans, when the first round comes late, over what is left of its window: the start it plans is one it weighed', async () => {
    // Submitted at 14:00 in China, when now is the cheapest start; the round that first sees it comes 90 s later.
    t.clock.t = Date.parse('2026-11-26T06:00:00Z');
    const submitted = t.clock.t;
    const job = (await t.call(t.tokens.member, 'POST', '/v1/jobs', { ...JOB, maxWaitS: 21_600 })).body;
    t.clock.t += 90_000;
    await t.platform.placement.placePending();
    const seen = (await t.call(t.tokens.member, 'GET', `/v1/jobs/${job.id}`)).body;
    const starts = seen.start.considered.map((o: { at: string }) => Date.parse(o.at));
    expect(starts).toContain(Date.parse(seen.start.plannedAt));
    // Every start weighed can still be taken, and none is past the end of the window.
    expect(starts[0]).toBe(t.clock.t);
    expect(Math.max(...starts)).toBeLessThanOrEqual(submitted + 21_600_000);
    expect(starts).toContain(submitted + 21_600_000);
  });

  it('refuses a bad maxWaitS, and one under a market order, naming the field, and stores nothing', async () => {
    const before = (await t.call(t.tokens.member, 'GET', '/v1/jobs?limit=200')).body.jobs.length;
    for (const [body, message] of [
      [{ ...JOB, maxWaitS: -1 }, /^must not be negative/],
      [{ ...JOB, maxWaitS: 1.5 }, /^must be a whole number of seconds/],
      [{ ...JOB, maxWaitS: 'soon' }, /^must be a whole number of seconds, 0 or more/],
      [{ ...JOB, maxWaitS: 3600, order: 'ord-1' }, /^a job under an order runs on the order's units/],
    ] as const) {
      const r = await t.call(t.tokens.member, 'POST', '/v1/jobs', body);
      expect(r.status, JSON.stringify(r.body)).toBe(400);
      expect(r.body.error.issues).toHaveLength(1);
      expect(r.body.error.issues[0].path).toBe('maxWaitS');
      expect(r.body.error.issues[0].message).toMatch(message);
    }
    expect((await t.call(t.tokens.member, 'GET', '/v1/jobs?limit=200')).body.jobs.length).toBe(before);
  });
});
