import { afterEach, describe, expect, it } from 'vitest';
import { operatorDataCenters, testPlatform } from '../../../test/platform.js';
import type { TestPlatform } from '../../../test/platform.js';

describe('market end to end (SQLite file, HTTP through inject)', () => {
  let t: TestPlatform;
  afterEach(async () => {
    await t?.close();
  });

  async function setup(): Promise<{ dc: string; pool: string; offer: string }> {
    t = await testPlatform('sqlite', { commissionBps: 500 });
    const [dc] = await operatorDataCenters(t);
    const live = await t.platform.network.require();
    const pool = live.dataCenters.get(dc!)!.pools.find((p) => p.class === 'intelligent')!;
    const r = await t.call(t.tokens.operator, 'POST', '/v1/offers', { dataCenter: dc, pool: pool.id, mode: 'on-demand', price: '10', quantity: 8 });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return { dc: dc!, pool: pool.id, offer: r.body.id };
  }

  it('quotes an order before it is paid: the offer the order then buys, the hold it then takes, and nothing stored', async () => {
    const { dc, offer } = await setup();
    await t.call(t.tokens.admin, 'POST', '/v1/tenants/acme/top-ups', { amount: '100' });
    const requirement = { origin: 'lanzhou', class: 'intelligent', units: 2, durationS: 7200, latency: 'batch' };
    const before = { orders: (await t.call(t.tokens.member, 'GET', '/v1/orders')).body.orders.length, balance: (await t.call(t.tokens.member, 'GET', '/v1/tenants/acme/balance')).body };
    const q = await t.call(t.tokens.member, 'POST', '/v1/orders/quote', { requirement });
    expect(q.status, JSON.stringify(q.body)).toBe(200);
    // 2 units for 2 hours at 10 yuan: 40 yuan, of 100 available.
    expect(q.body).toMatchObject({ mode: 'on-demand', units: 2, durationS: 7200, offer: { id: offer, dataCenter: dc }, estimate: { yuan: '40', minor: 400_000 }, available: { minor: 1_000_000 }, affordable: true });
    expect(q.body.offer.latencyMs).toBeGreaterThanOrEqual(0);
    expect(q.body.explanation.winner.dataCenter).toBe(dc);
    expect((await t.call(t.tokens.member, 'GET', '/v1/orders')).body.orders).toHaveLength(before.orders);
    expect((await t.call(t.tokens.member, 'GET', '/v1/tenants/acme/balance')).body).toEqual(before.balance);
    // The order placed with the same body buys what was quoted.
    const order = await t.call(t.tokens.member, 'POST', '/v1/orders', { requirement });
    expect(order.body).toMatchObject({ offers: [{ id: offer }], held: q.body.estimate });

    // Too big for the balance: quoted, not affordable. Nothing matches: no offer, and why.
    const big = await t.call(t.tokens.member, 'POST', '/v1/orders/quote', { offer, units: 6, durationS: 36_000 });
    expect(big.body).toMatchObject({ estimate: { minor: 6_000_000 }, affordable: false });
    const none = await t.call(t.tokens.member, 'POST', '/v1/orders/quote', { requirement: { ...requirement, class: 'super' } });
    expect(none.status).toBe(200);
    expect(none.body).toMatchObject({ offer: null, estimate: null, affordable: false });
    expect(none.body.reason).toMatch(/./);
    // A bad body is refused naming its field, as placing the order would be.
    const bad = await t.call(t.tokens.member, 'POST', '/v1/orders/quote', { requirement: { ...requirement, units: 0 } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('requirement.units');
  });

  it('tops up, buys by requirement, runs a job under the order, bills the used time only, and both statements reconcile', async () => {
    const { dc, pool, offer } = await setup();
    const top = await t.call(t.tokens.admin, 'POST', '/v1/tenants/acme/top-ups', { amount: '1000', reference: 'bank-1' }, { 'idempotency-key': 'pay-1' });
    expect(top.status).toBe(201);
    expect(top.body.balance.available).toEqual({ yuan: '1000', minor: 10_000_000 });
    const again = await t.call(t.tokens.admin, 'POST', '/v1/tenants/acme/top-ups', { amount: '1000', reference: 'bank-1' }, { 'idempotency-key': 'pay-1' });
    expect(again.status).toBe(200);
    expect(again.body.balance.available.minor).toBe(10_000_000);

    // 2 units for 2 hours at 10 yuan: 40 yuan held.
    const order = await t.call(t.tokens.member, 'POST', '/v1/orders', {
      requirement: { origin: 'lanzhou', class: 'intelligent', units: 2, durationS: 7200, latency: 'batch' },
    });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    expect(order.body).toMatchObject({ state: 'matched', offers: [{ id: offer, dataCenter: dc, pool }], held: { minor: 400_000 }, captured: { minor: 0 } });
    expect(order.body.explanation.winner.dataCenter).toBe(dc);
    const bal = await t.call(t.tokens.member, 'GET', '/v1/tenants/acme/balance');
    expect(bal.body).toMatchObject({ available: { minor: 9_600_000 }, held: { minor: 400_000 } });

    // The operator raises its posted price; the order keeps the price it was bought at.
    const raised = await t.call(t.tokens.operator, 'PATCH', `/v1/offers/${offer}`, { price: '20' });
    expect(raised.body.price).toBe('20');
    expect((await t.call(t.tokens.member, 'GET', `/v1/orders/${order.body.id}`)).body.price).toBe('10');
    const job = await t.call(t.tokens.member, 'POST', '/v1/jobs', { origin: 'lanzhou', class: 'intelligent', units: 2, durationS: 3600, latency: 'batch', order: order.body.id });
    expect(job.status, JSON.stringify(job.body)).toBe(201);
    await t.platform.placement.placePending();
    const placed = await t.call(t.tokens.member, 'GET', `/v1/jobs/${job.body.id}`);
    expect(placed.body.placement).toMatchObject({ dataCenter: dc, pool });
    expect(placed.body.explanation).toMatchObject({ policy: 'order', order: order.body.id });
    // The agent runs it for 15 minutes: 2 units x 900 s = 1,800 unit-seconds = 5 yuan.
    const epoch = placed.body.placement.epoch;
    expect((await t.call(t.tokens.agent, 'POST', `/v1/jobs/${job.body.id}/report`, { epoch, state: 'running' })).status).toBe(200);
    t.clock.advance(900_000);
    const done = await t.call(t.tokens.agent, 'POST', `/v1/jobs/${job.body.id}/report`, { epoch, state: 'succeeded', unitSeconds: 1800 });
    expect(done.status).toBe(200);
    const active = await t.call(t.tokens.member, 'GET', `/v1/orders/${order.body.id}`);
    expect(active.body).toMatchObject({ state: 'active', captured: { minor: 50_000 }, held: { minor: 350_000 }, usage: { unitSeconds: 1800 } });

    // The buyer is done early: cancelling releases the rest of the hold.
    const cancelled = await t.call(t.tokens.member, 'POST', `/v1/orders/${order.body.id}/cancel`);
    expect(cancelled.body).toMatchObject({ state: 'cancelled', captured: { minor: 50_000 }, held: { minor: 0 } });
    const after = await t.call(t.tokens.member, 'GET', '/v1/tenants/acme/balance');
    expect(after.body).toMatchObject({ available: { yuan: '995', minor: 9_950_000 }, held: { minor: 0 } });

    const st = await t.call(t.tokens.member, 'GET', '/v1/statements/tenants/acme');
    expect(st.status).toBe(200);
    expect(st.body.reconciled).toBe(true);
    expect(st.body.totals['top-up']).toEqual({ yuan: '1000', minor: 10_000_000 });
    const avail = st.body.accounts.find((a: { id: string }) => a.id === 'tenant:acme:available');
    expect(avail.closingMinor).toBe(9_950_000);
    // The operator gets 95% of 5 yuan, the platform 5%.
    const op = await t.call(t.tokens.operator, 'GET', `/v1/statements/datacenters/${dc}`);
    expect(op.body.reconciled).toBe(true);
    expect(op.body.accounts[0].closingMinor).toBe(47_500);
    const csv = await t.call(t.tokens.operator, 'GET', `/v1/statements/datacenters/${dc}?format=csv`);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(String(csv.body).split('\n')[1]).toContain('capture');
    const ledger = await t.call(t.tokens.admin, 'GET', '/v1/ledger/verify');
    expect(ledger.body).toMatchObject({ ok: true, problems: [] });
    const accounts = await t.call(t.tokens.admin, 'GET', '/v1/ledger/accounts');
    const sum = accounts.body.accounts.reduce((s: number, a: { balance: number }) => s + a.balance, 0);
    expect(sum).toBe(0);
  });
});
