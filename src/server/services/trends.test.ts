import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPlatform } from '../../../test/platform.js';
import type { TestPlatform } from '../../../test/platform.js';
import { dayStart } from './monitoring.service.js';

const DAY = 86_400_000;

describe('GET /v1/monitoring/trends', () => {
  let t: TestPlatform;
  let today: number;
  let capacity: number;
  beforeAll(async () => {
    t = await testPlatform();
    today = dayStart(t.clock.now());
    capacity = (await t.platform.network.require()).scenario.dataCenters.flatMap((d) => d.pools).filter((p) => p.class === 'intelligent').reduce((s, p) => s + p.units, 0);
    // Ten whole days of intelligent units in use: 1,000,000 growing 5,000 a day, with a wobble that sums to zero.
    const wobble = [300, -300, 200, -200, 0, 300, -300, 200, -200, 0];
    const row = (scope: string, k: number, value: number) => ({ scope, metric: 'units_in_use.intelligent', step: 86_400, bucket: today - (10 - k) * DAY, value, min: value, max: value, samples: 1440 });
    await t.platform.store.telemetry.putRollups([
      ...wobble.map((w, k) => row('national', k, 1_000_000 + 5000 * k + w)),
      // A data center with two days only.
      row('dc:qy-a', 8, 100), row('dc:qy-a', 9, 120),
    ]);
    // Demand: 3, 5 and 7 one-card jobs submitted on the last three days.
    const now = t.clock.t;
    for (const [daysAgo, n] of [[3, 3], [2, 5], [1, 7]] as const) {
      t.clock.t = today - daysAgo * DAY + 3_600_000;
      for (let i = 0; i < n; i++) expect((await t.call(t.tokens.member, 'POST', '/v1/jobs', { origin: 'shanghai', class: 'intelligent', units: 1, durationS: 600, latency: 'batch' })).status).toBe(201);
    }
    t.clock.t = now;
  });
  afterAll(() => t.close());

  it('finds the known growth of use and demand, with its interval, and the day the capacity fills', async () => {
    const r = await t.call(t.tokens.regulator, 'GET', '/v1/monitoring/trends?days=30');
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.method).toMatch(/least-squares line/);
    const ai = r.body.classes.find((c: { class: string }) => c.class === 'intelligent');
    expect(ai.capacityUnits).toBe(capacity);
    expect(ai.use.points).toBe(10);
    expect(ai.use.slopePerDay).toBeGreaterThan(4950);
    expect(ai.use.slopePerDay).toBeLessThan(5050);
    expect(ai.use.slopeInterval[0]).toBeLessThan(5000);
    expect(ai.use.slopeInterval[1]).toBeGreaterThan(5000);
    // On the last whole day the line is at about 1,045,000: the rest of the capacity fills at 5,000 a day.
    const lastDay = today - DAY;
    const expected = lastDay + Math.floor((capacity - 1_045_000) / 5000) * DAY;
    const fullOn = Date.parse(`${ai.use.fullOn}T00:00:00+08:00`);
    expect(Math.abs(fullOn - expected)).toBeLessThanOrEqual(DAY);
    expect(ai.use.fullOnRange[0] <= ai.use.fullOn && ai.use.fullOn <= ai.use.fullOnRange[1]).toBe(true);
    expect(ai.use.note).toContain(`fill on ${ai.use.fullOn}`);
    expect(ai.demand).toMatchObject({ points: 3, slopePerDay: 2, slopeInterval: [2, 2], latest: 7 });
  });

  it('says when the data are too short for a fit, and refuses a bad query naming the field', async () => {
    const r = await t.call(t.tokens.admin, 'GET', '/v1/monitoring/trends?scope=dc:qy-a');
    expect(r.status).toBe(200);
    const ai = r.body.classes.find((c: { class: string }) => c.class === 'intelligent');
    expect(ai.use).toMatchObject({ points: 2, slopePerDay: null, fullOn: null, note: 'too short for a fit: 2 days of units in use, and a fit needs at least 3' });
    const bad = await t.call(t.tokens.admin, 'GET', '/v1/monitoring/trends?days=1');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/days.*at least 3/);
    expect((await t.call(t.tokens.admin, 'GET', '/v1/monitoring/trends?scope=hub:atlantis')).status).toBe(404);
  });
});
