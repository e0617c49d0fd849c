import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorDataCenters, testPlatform } from '../../../test/platform.js';
import type { TestPlatform } from '../../../test/platform.js';
import { failOverSilentDataCenters } from './agent.service.js';

const JOB = { origin: 'shanghai', class: 'intelligent', units: 1, durationS: 600, latency: 'batch', command: ['/bin/echo', 'hello'] };

describe('agents: assignments, heartbeats and failover', () => {
  let t: TestPlatform;
  let a: string;
  beforeAll(async () => {
    t = await testPlatform('sqlite', { agentTimeoutS: 30, maxAttempts: 2 });
    [a] = (await operatorDataCenters(t)) as [string];
  });
  afterAll(async () => {
    await t?.close();
  });

  async function placedAt(dc: string): Promise<string> {
    const r = await t.call(t.tokens.member, 'POST', '/v1/jobs', JOB);
    const pool = (await t.platform.network.require()).dataCenters.get(dc)!.pools.find((p) => p.class === 'intelligent')!.id;
    await t.platform.store.jobs.transition([{ id: r.body.id, from: ['pending'], to: 'placed', placement: { dataCenterId: dc, poolId: pool, cost: 1, explanation: {} } }], t.clock.now());
    return r.body.id;
  }

  it('gives the agent the complete list of its jobs, with epochs and commands, and a version to wait on', async () => {
    const empty = await t.call(t.tokens.agent, 'GET', '/v1/agent/assignments?wait=0');
    expect(empty.body).toMatchObject({ dataCenter: a, assignments: [] });
    const id = await placedAt(a);
    const got = await t.call(t.tokens.agent, 'GET', `/v1/agent/assignments?wait=0&known=${empty.body.version}`);
    expect(got.body.assignments).toEqual([expect.objectContaining({ id, epoch: 1, state: 'placed', units: 1, spec: expect.objectContaining({ command: ['/bin/echo', 'hello'] }) })]);
    expect(got.body.version).not.toBe(empty.body.version);
    // Cancelled, the job leaves the list: the agent stops it.
    await t.call(t.tokens.member, 'POST', `/v1/jobs/${id}/cancel`);
    expect((await t.call(t.tokens.agent, 'GET', '/v1/agent/assignments?wait=0')).body.assignments).toEqual([]);
    const bad = await t.call(t.tokens.agent, 'GET', '/v1/agent/assignments?wait=600');
    expect(bad.body.error.issues).toEqual([{ path: 'wait', message: 'must be between 0 and 60 (got 600)' }]);
  });

  it('records usage reported with a job\'s end', async () => {
    const id = await placedAt(a);
    await t.call(t.tokens.agent, 'POST', `/v1/jobs/${id}/report`, { epoch: 1, state: 'running' });
    t.clock.advance(42_000);
    const done = await t.call(t.tokens.agent, 'POST', `/v1/jobs/${id}/report`, { epoch: 1, state: 'succeeded', exitCode: 0, unitSeconds: 42 });
    expect(done.body).toMatchObject({ state: 'succeeded', usage: { unitSeconds: 42 } });
  });

  it('places the jobs of a silent data center again elsewhere, and refuses the silent agent\'s reports', async () => {
    const id = await placedAt(a);
    await t.call(t.tokens.agent, 'GET', '/v1/agent/assignments?wait=0');
    await t.call(t.tokens.agent, 'POST', `/v1/jobs/${id}/report`, { epoch: 1, state: 'running' });
    t.clock.advance(20_000);
    expect(await failOverSilentDataCenters(t.platform.store, t.clock, 30_000, 2)).toEqual({ lost: 0, requeued: 0, failed: 0 });
    t.clock.advance(11_000);
    expect(await failOverSilentDataCenters(t.platform.store, t.clock, 30_000, 2)).toEqual({ lost: 1, requeued: 1, failed: 0 });
    const lost = (await t.call(t.tokens.member, 'GET', `/v1/jobs/${id}`)).body;
    expect(lost.events.map((e: { state: string }) => e.state)).toEqual(['pending', 'placed', 'running', 'lost', 'pending']);
    expect(lost.placement).toBeUndefined();
    await t.platform.placement.placePending();
    const moved = (await t.call(t.tokens.member, 'GET', `/v1/jobs/${id}`)).body;
    expect(moved.state).toBe('placed');
    expect(moved.placement.dataCenter).not.toBe(a);
    expect(moved.placement.epoch).toBe(2);
    expect(moved.attempts).toBe(2);
    // The old agent comes back: the job is not its to report on any more.
    const stale = await t.call(t.tokens.agent, 'POST', `/v1/jobs/${id}/report`, { epoch: 1, state: 'succeeded' });
    expect(stale.status).toBe(404);
    expect((await t.call(t.tokens.agent, 'GET', '/v1/agent/assignments?wait=0')).body.assignments).toEqual([]);
  });

  it('fails a job lost more often than the attempts allow', async () => {
    const id = await placedAt(a);
    await t.platform.store.jobs.transition([{ id, from: ['placed'], to: 'lost' }, { id, from: ['lost'], to: 'pending', unplace: true }], t.clock.now());
    await t.platform.store.jobs.transition([{ id, from: ['pending'], to: 'placed', placement: { dataCenterId: a, poolId: (await t.platform.store.jobs.get(id))!.poolId ?? 'x', cost: 1, explanation: {} } }], t.clock.now());
    await t.call(t.tokens.agent, 'GET', '/v1/agent/assignments?wait=0');
    t.clock.advance(31_000);
    expect(await failOverSilentDataCenters(t.platform.store, t.clock, 30_000, 2)).toMatchObject({ failed: 1 });
    const j = (await t.call(t.tokens.member, 'GET', `/v1/jobs/${id}`)).body;
    expect(j.state).toBe('failed');
    expect(j.reason).toMatch(/^lost 2 times; the last: data center \S+ silent since /);
  });
});
