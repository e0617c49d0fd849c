import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPlatform } from '../../test/platform.js';
import type { TestPlatform } from '../../test/platform.js';

const JOB = { origin: 'shanghai', class: 'intelligent', units: 8, durationS: 3600, latency: 'batch' };

describe('platform API', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await testPlatform();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('submits a job, places it with the engine and explains the placement', async () => {
    const sub = await t.call(t.tokens.member, 'POST', '/v1/jobs', JOB);
    expect(sub.status).toBe(201);
    expect(sub.body).toMatchObject({ tenant: 'acme', state: 'pending', spec: { ...JOB, tenant: 'acme' } });
    const round = await t.platform.placement.placePending();
    expect(round).toEqual({ placed: 1, waiting: 0, failed: 0 });
    const got = await t.call(t.tokens.member, 'GET', `/v1/jobs/${sub.body.id}`);
    expect(got.status).toBe(200);
    expect(got.body.state).toBe('placed');
    expect(got.body.explanation.policy).toBe('engine');
    expect(got.body.explanation.winner.pool).toBe(`${got.body.placement.dataCenter}/${got.body.placement.pool}`);
    expect(got.body.events.map((e: { state: string }) => e.state)).toEqual(['pending', 'placed']);
  });
});
