import { afterEach, describe, expect, it } from 'vitest';
import { operatorDataCenters, testPlatform } from '../../../test/platform.js';
import type { TestPlatform } from '../../../test/platform.js';

describe('spot capacity', () => {
  let t: TestPlatform;
  afterEach(async () => {
    await t?.close();
  });

  async function setup(quantity: number): Promise<{ dc: string; pool: string; spot: string; units: number }> {
    t = await testPlatform('sqlite', { spotNoticeS: 30, minBalance: '10', lowBalanceAlert: '50' });
    const [dc] = await operatorDataCenters(t);
    const pool = (await t.platform.network.require()).dataCenters.get(dc!)!.pools.find((p) => p.class === 'intelligent')!;
    const r = await t.call(t.tokens.operator, 'POST', '/v1/offers', { dataCenter: dc, pool: pool.id, mode: 'spot', price: '2', quantity });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    for (const tenant of ['acme', 'globex']) await t.call(t.tokens.admin, 'POST', `/v1/tenants/${tenant}/top-ups`, { amount: 1000 });
    return { dc: dc!, pool: pool.id, spot: r.body.id, units: pool.units };
  }

  it('runs the highest bids; a higher bid preempts a lower one after notice, stopping its job, and the ledger stays whole', async () => {
    const { spot } = await setup(4);
    const low = await t.call(t.tokens.member, 'POST', '/v1/orders', { offer: spot, units: 3, durationS: 7200, bid: '3' });
    expect(low.status, JSON.stringify(low.body)).toBe(201);
    expect(low.body.state).toBe('matched');
    expect(low.body.held.minor).toBe(180_000); // 3 units x 2 h x 3 yuan
    const job = await t.call(t.tokens.member, 'POST', '/v1/jobs', { origin: 'lanzhou', class: 'intelligent', units: 3, durationS: 3600, latency: 'batch', order: low.body.id });
    await t.platform.placement.placePending();
    const placed = await t.call(t.tokens.member, 'GET', `/v1/jobs/${job.body.id}`);
    await t.call(t.tokens.agent, 'POST', `/v1/jobs/${job.body.id}/report`, { epoch: placed.body.placement.epoch, state: 'running' });

    // A bid below the floor is refused; a higher bid for 2 units outbids the 3-unit order (4 units in all).
    expect((await t.call(t.tokens.otherTenant, 'POST', '/v1/orders', { offer: spot, units: 2, durationS: 3600, bid: '1.5' })).status).toBe(400);
    const high = await t.call(t.tokens.otherTenant, 'POST', '/v1/orders', { offer: spot, units: 2, durationS: 3600, bid: '5' });
    expect(high.body.state).toBe('matched');
    const noticed = await t.call(t.tokens.member, 'GET', `/v1/orders/${low.body.id}`);
    expect(noticed.body.state).toBe('active');
    expect(noticed.body.reason).toMatch(/preemption notice: outbid: the clearing price is 5 yuan/);
    expect(Date.parse(noticed.body.preemptAt) - t.clock.now()).toBe(30_000);

    // Ten minutes in, the notice has run out: the job stops, 10 min of 3 units is billed, the rest released, the bid waits.
    t.clock.advance(600_000);
    await t.platform.market.tick();
    const after = await t.call(t.tokens.member, 'GET', `/v1/orders/${low.body.id}`);
    expect(after.body).toMatchObject({ state: 'open', held: { minor: 0 }, captured: { minor: 15_000 }, usage: { unitSeconds: 1800 } });
    expect(after.body.reason).toMatch(/waiting: outbid/);
    const stopped = await t.call(t.tokens.member, 'GET', `/v1/jobs/${job.body.id}`);
    expect(stopped.body.state).toBe('cancelled');
    expect(stopped.body.reason).toMatch(/preempted/);
    // The agent is no longer asked to run it.
    const a = await t.call(t.tokens.agent, 'GET', '/v1/agent/assignments?wait=0');
    expect(a.body.assignments.map((j: { id: string }) => j.id)).not.toContain(job.body.id);

    // The higher bid ends; the waiting one wins again.
    await t.call(t.tokens.otherTenant, 'POST', `/v1/orders/${high.body.id}/cancel`);
    const back = await t.call(t.tokens.member, 'GET', `/v1/orders/${low.body.id}`);
    expect(back.body.state).toBe('matched');
    expect((await t.platform.store.ledger.verify()).problems).toEqual([]);
  });

  it('gives spot capacity up to on-demand demand on the same pool', async () => {
    const { dc, pool, spot, units } = await setup(10);
    const bid = await t.call(t.tokens.member, 'POST', '/v1/orders', { offer: spot, units: 10, durationS: 3600, bid: '3' });
    expect(bid.body.state).toBe('matched');
    await t.call(t.tokens.admin, 'POST', '/v1/tenants/globex/top-ups', { amount: 10 * units });
    const od = await t.call(t.tokens.operator, 'POST', '/v1/offers', { dataCenter: dc, pool, mode: 'on-demand', price: '10', quantity: units });
    const big = await t.call(t.tokens.otherTenant, 'POST', '/v1/orders', { offer: od.body.id, units: units - 5, durationS: 3600 });
    expect(big.status, JSON.stringify(big.body)).toBe(201);
    const squeezed = await t.call(t.tokens.member, 'GET', `/v1/orders/${bid.body.id}`);
    expect(squeezed.body.reason).toMatch(/preemption notice/);
  });

  it('stops spot work and refuses orders at the minimum balance, with a low-balance alert first', async () => {
    const { spot } = await setup(4);
    // 1000 yuan; a bid holding 940 leaves 60: above the alert level of 50, nothing happens.
    const bid = await t.call(t.tokens.member, 'POST', '/v1/orders', { offer: spot, units: 1, durationS: 3600 * 235, bid: '4' });
    expect(bid.body.state).toBe('matched');
    await t.platform.market.tick();
    expect((await t.call(t.tokens.admin, 'GET', '/v1/alerts')).body.alerts.filter((x: { kind: string }) => x.kind === 'low-balance')).toEqual([]);
    // A refund to 45 yuan: the alert opens; orders still go through above 10 yuan.
    await t.call(t.tokens.admin, 'POST', '/v1/tenants/acme/refunds', { amount: 15, reason: 'partial refund' });
    await t.platform.market.tick();
    const alerts = (await t.call(t.tokens.admin, 'GET', '/v1/alerts')).body.alerts.filter((x: { kind: string }) => x.kind === 'low-balance');
    expect(alerts).toHaveLength(1);
    expect(alerts[0].scope).toBe('tenant:acme');
    // At 10 yuan or less new orders are refused (402) and running spot work gets its notice.
    await t.call(t.tokens.admin, 'POST', '/v1/tenants/acme/refunds', { amount: 35, reason: 'refund' });
    const refused = await t.call(t.tokens.member, 'POST', '/v1/orders', { offer: spot, units: 1, durationS: 600, bid: '4' });
    expect(refused.status).toBe(402);
    expect(refused.body.error.message).toMatch(/at or below the minimum/);
    await t.platform.market.tick();
    const noticed = await t.call(t.tokens.member, 'GET', `/v1/orders/${bid.body.id}`);
    expect(noticed.body.reason).toMatch(/preemption notice: the tenant's available balance is at or below the minimum/);
    t.clock.advance(31_000);
    await t.platform.market.tick();
    const stopped = await t.call(t.tokens.member, 'GET', `/v1/orders/${bid.body.id}`);
    expect(stopped.body, JSON.stringify(stopped.body)).toMatchObject({ state: 'open', held: { minor: 0 } });
    expect((await t.platform.store.ledger.verify()).problems).toEqual([]);
  });
});
