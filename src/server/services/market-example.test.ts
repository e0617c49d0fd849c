import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { operatorDataCenters, testPlatform } from '../../../test/platform.js';
import type { TestPlatform } from '../../../test/platform.js';

describe('the worked example of docs/market.md', () => {
  let t: TestPlatform;
  afterAll(async () => {
    await t?.close();
  });

  it('gives every number the page gives', async () => {
    t = await testPlatform('sqlite', { commissionBps: 500 });
    const [dc] = await operatorDataCenters(t);
    const pool = (await t.platform.network.require()).dataCenters.get(dc!)!.pools.find((p) => p.model === 'H800') ?? (await t.platform.network.require()).dataCenters.get(dc!)!.pools.find((p) => p.class === 'intelligent')!;
    const offer = await t.call(t.tokens.operator, 'POST', '/v1/offers', { dataCenter: dc, pool: pool.id, mode: 'on-demand', price: '12.5', quantity: 8 });
    // 1. Top-up.
    const top = await t.call(t.tokens.admin, 'POST', '/v1/tenants/acme/top-ups', { amount: 1000 });
    expect(top.body.balance.available.yuan).toBe('1000');
    // 2. 2 units for 3 hours: 75 yuan held.
    const order = await t.call(t.tokens.member, 'POST', '/v1/orders', { offer: offer.body.id, units: 2, durationS: 10_800 });
    expect(order.body.held.yuan).toBe('75');
    expect((await t.call(t.tokens.member, 'GET', '/v1/tenants/acme/balance')).body.available.yuan).toBe('925');
    // 3. 9,614 unit-seconds: 33.3819 captured, 1.669 commission, 31.7129 to the operator.
    const job = await t.call(t.tokens.member, 'POST', '/v1/jobs', { origin: 'lanzhou', class: 'intelligent', units: 2, durationS: 4807, latency: 'batch', order: order.body.id });
    await t.platform.placement.placePending();
    const placed = await t.call(t.tokens.member, 'GET', `/v1/jobs/${job.body.id}`);
    await t.call(t.tokens.agent, 'POST', `/v1/jobs/${job.body.id}/report`, { epoch: placed.body.placement.epoch, state: 'running' });
    t.clock.advance(4807 * 1000);
    await t.call(t.tokens.agent, 'POST', `/v1/jobs/${job.body.id}/report`, { epoch: placed.body.placement.epoch, state: 'succeeded', unitSeconds: 9614 });
    const active = await t.call(t.tokens.member, 'GET', `/v1/orders/${order.body.id}`);
    expect(active.body.state).toBe('active');
    expect(active.body.captured.yuan).toBe('33.3819');
    const capture = active.body.transactions.find((x: { kind: string }) => x.kind === 'capture');
    const amount = (account: string) => capture.postings.find((p: { account: string }) => p.account === account).amount;
    expect(amount('tenant:acme:held')).toBe('-33.3819');
    expect(amount(`dc:${dc}:receivable`)).toBe('31.7129');
    expect(amount('platform:commission')).toBe('1.669');
    // 4. Cancel: 41.6181 released, 966.6181 available.
    await t.call(t.tokens.member, 'POST', `/v1/orders/${order.body.id}/cancel`);
    const release = (await t.call(t.tokens.member, 'GET', `/v1/orders/${order.body.id}`)).body.transactions.find((x: { kind: string }) => x.kind === 'release');
    expect(release.postings.find((p: { account: string }) => p.account === 'tenant:acme:available').amount).toBe('41.6181');
    const bal = (await t.call(t.tokens.member, 'GET', '/v1/tenants/acme/balance')).body;
    expect([bal.available.yuan, bal.held.yuan]).toEqual(['966.6181', '0']);
    // 5. Payout of the operator's 31.7129.
    expect((await t.call(t.tokens.admin, 'POST', `/v1/datacenters/${dc}/payouts`, { amount: '31.7129' })).status).toBe(201);
    const accounts = (await t.call(t.tokens.admin, 'GET', '/v1/ledger/accounts')).body.accounts as { id: string; balanceYuan: string }[];
    const byId = Object.fromEntries(accounts.map((a) => [a.id, a.balanceYuan]));
    expect(byId).toEqual({ 'tenant:acme:available': '966.6181', 'tenant:acme:held': '0', [`dc:${dc}:receivable`]: '0', 'platform:commission': '1.669', 'external:cash': '-968.2871' });
    const st = (await t.call(t.tokens.member, 'GET', '/v1/statements/tenants/acme')).body;
    expect(st.reconciled).toBe(true);
    expect(st.lines.filter((l: { account: string }) => l.account === 'tenant:acme:available').map((l: { kind: string; amount: string }) => `${l.kind} ${l.amount}`))
      .toEqual(['top-up 1000', 'hold -75', 'release 41.6181']);
    // The page states these same figures.
    const page = readFileSync(new URL('../../../docs/market.md', import.meta.url), 'utf8');
    for (const figure of ['12.5 yuan', '1,000 yuan', '75 yuan', '9,614 unit-seconds', '33.3819', '1.669', '31.7129', '41.6181', '966.6181', '−968.2871']) expect(page).toContain(figure);
  });
});
