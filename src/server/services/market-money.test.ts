import { afterEach, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/databases.js';
import { operatorDataCenters, testPlatform } from '../../../test/platform.js';
import type { TestPlatform } from '../../../test/platform.js';

/** Offers of the operator's first data center's intelligent pool, by mode. */
async function offer(t: TestPlatform, body: Record<string, unknown>): Promise<string> {
  const [dc] = await operatorDataCenters(t);
  const pool = (await t.platform.network.require()).dataCenters.get(dc!)!.pools.find((p) => p.class === 'intelligent')!;
  const r = await t.call(t.tokens.operator, 'POST', '/v1/offers', { dataCenter: dc, pool: pool.id, mode: 'on-demand', price: '10', quantity: 100, ...body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.id;
}

async function ledgerSnapshot(t: TestPlatform): Promise<{ transactions: number; accounts: { id: string; balance: number }[] }> {
  const v = await t.platform.store.ledger.verify();
  expect(v.problems).toEqual([]);
  return { transactions: v.transactions, accounts: (await t.platform.store.ledger.accounts()).map((a) => ({ id: a.id, balance: a.balance })) };
}

for (const engine of ENGINES) {
  describe(`market money on ${engine}`, () => {
    let t: TestPlatform;
    afterEach(async () => {
      await t?.close();
    });

    it('never overspends: parallel orders against a balance that covers only some of them', async () => {
      t = await testPlatform(engine);
      const id = await offer(t, {});
      await t.call(t.tokens.admin, 'POST', '/v1/tenants/acme/top-ups', { amount: 95 });
      // Each order holds 1 unit x 1 h x 10 yuan = 10 yuan; 95 yuan covers nine.
      const results = await Promise.all(Array.from({ length: 20 }, () => t.call(t.tokens.member, 'POST', '/v1/orders', { offer: id, units: 1, durationS: 3600 })));
      const statuses = results.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 201)).toHaveLength(9);
      expect(statuses.filter((s) => s === 402)).toHaveLength(11);
      for (const r of results.filter((x) => x.status === 402)) expect(r.body.error.details.shortfall).toMatch(/^\d/);
      const bal = await t.call(t.tokens.member, 'GET', '/v1/tenants/acme/balance');
      expect(bal.body).toMatchObject({ available: { minor: 50_000 }, held: { minor: 900_000 } });
      const o = await t.platform.store.market.offer(id);
      expect(o!.sold).toBe(9);
      await ledgerSnapshot(t);
    });

    it('never oversells: parallel orders for more units than the offer has', async () => {
      t = await testPlatform(engine);
      const id = await offer(t, { quantity: 5 });
      await t.call(t.tokens.admin, 'POST', '/v1/tenants/acme/top-ups', { amount: 10_000 });
      const results = await Promise.all(Array.from({ length: 8 }, () => t.call(t.tokens.member, 'POST', '/v1/orders', { offer: id, units: 2, durationS: 600 })));
      expect(results.filter((r) => r.status === 201)).toHaveLength(2);
      expect(results.filter((r) => r.status === 409)).toHaveLength(6);
      expect((await t.platform.store.market.offer(id))!.sold).toBe(4);
      await ledgerSnapshot(t);
    });

    it('posts a repeated top-up, order or capture once', async () => {
      t = await testPlatform(engine);
      const id = await offer(t, {});
      const key = { 'idempotency-key': 'k-1' };
      const a = await t.call(t.tokens.admin, 'POST', '/v1/tenants/acme/top-ups', { amount: '100.5' }, key);
      const b = await t.call(t.tokens.admin, 'POST', '/v1/tenants/acme/top-ups', { amount: '100.5' }, key);
      expect([a.status, b.status]).toEqual([201, 200]);
      expect(b.body.transaction.id).toBe(a.body.transaction.id);
      const o1 = await t.call(t.tokens.member, 'POST', '/v1/orders', { offer: id, units: 1, durationS: 3600 }, key);
      const o2 = await t.call(t.tokens.member, 'POST', '/v1/orders', { offer: id, units: 1, durationS: 3600 }, key);
      expect([o1.status, o2.status]).toEqual([201, 200]);
      expect(o2.body.id).toBe(o1.body.id);
      const o3 = await t.call(t.tokens.member, 'POST', '/v1/orders', { offer: id, units: 2, durationS: 3600 }, key);
      expect(o3.status).toBe(409);
      const bal = await t.call(t.tokens.member, 'GET', '/v1/tenants/acme/balance');
      expect(bal.body).toMatchObject({ available: { minor: 905_000 }, held: { minor: 100_000 } });
      // Metering the same use twice captures once.
      await t.platform.store.db.run('UPDATE orders SET state = ? WHERE id = ?', ['active', o1.body.id]);
      const job = await t.call(t.tokens.member, 'POST', '/v1/jobs', { origin: 'lanzhou', class: 'intelligent', units: 1, durationS: 600, latency: 'batch', order: o1.body.id });
      await t.platform.store.db.run('UPDATE jobs SET unit_seconds = 360 WHERE id = ?', [job.body.id]);
      await t.platform.market.meter(o1.body.id);
      await t.platform.market.meter(o1.body.id);
      const got = await t.call(t.tokens.member, 'GET', `/v1/orders/${o1.body.id}`);
      expect(got.body.captured.minor).toBe(10_000);
      expect(got.body.transactions.filter((x: { kind: string }) => x.kind === 'capture')).toHaveLength(1);
      await ledgerSnapshot(t);
    });
  });
}

describe('bad input to the market posts nothing', () => {
  let t: TestPlatform;
  afterEach(async () => {
    await t?.close();
  });

  it('refuses negative and over-precise amounts, unknown and expired offers, and orders for more than is available', async () => {
    t = await testPlatform('sqlite');
    const id = await offer(t, { quantity: 4 });
    await t.call(t.tokens.admin, 'POST', '/v1/tenants/acme/top-ups', { amount: 1000 });
    const before = await ledgerSnapshot(t);
    const cases: [string, string, unknown, number, RegExp][] = [
      ['POST', '/v1/tenants/acme/top-ups', { amount: -5 }, 400, /amount: must be more than 0/],
      ['POST', '/v1/tenants/acme/top-ups', { amount: '1.00001' }, 400, /amount: .*more than 4 decimal places/],
      ['POST', '/v1/tenants/acme/top-ups', { amount: 0.1 + 0.2 }, 400, /amount: .*decimal places/],
      ['POST', '/v1/tenants/acme/top-ups', { amount: 'ten' }, 400, /amount: must be plain decimal text such as 12.5 or 0.0001 \(got "ten"\)/],
      ...['1e-4', '1E2', ' 5 ', '+5', '5.', '.5', '0x10'].map((amount): [string, string, unknown, number, RegExp] => ['POST', '/v1/tenants/acme/top-ups', { amount }, 400, /amount: must be plain decimal text/]),
      ['POST', '/v1/tenants/nobody/top-ups', { amount: 5 }, 404, /tenant "nobody" not found/],
      ['POST', '/v1/tenants/acme/refunds', { amount: 5000, reason: 'too much' }, 402, /short/],
      ['POST', '/v1/orders', { offer: 'off_missing', units: 1, durationS: 600 }, 404, /offer "off_missing" not found/],
      ['POST', '/v1/orders', { offer: id, units: 5, durationS: 600 }, 409, /has 4 units left/],
      ['POST', '/v1/orders', { offer: id, units: 0, durationS: 600 }, 400, /units: must be at least 1/],
      ['POST', '/v1/orders', { offer: id, units: 1 }, 400, /durationS/],
      ['POST', '/v1/orders', { offer: id, units: 1, durationS: 600, bid: 3 }, 400, /bid: only spot orders bid/],
      ['POST', '/v1/orders', { units: 1, durationS: 600 }, 400, /offer: give either offer or requirement/],
      ['POST', '/v1/orders', { requirement: { origin: 'atlantis', class: 'intelligent', units: 1, durationS: 60, latency: 'batch' } }, 400, /requirement.origin: unknown origin/],
      ['POST', '/v1/orders', { requirement: { origin: 'lanzhou', class: 'intelligent', units: 50, durationS: 600, latency: 'batch' } }, 409, /no offer matches the requirement/],
      ['POST', '/v1/ledger/adjustments', { memo: 'x', postings: [{ account: 'tenant:acme:available', amount: 5 }, { account: 'external:cash', amount: -4 }] }, 400, /postings: must sum to zero/],
      ['POST', '/v1/ledger/adjustments', { memo: 'x', postings: [{ account: 'tenant:nobody:available', amount: 5 }, { account: 'external:cash', amount: -5 }] }, 400, /postings\[0\].account: unknown account/],
    ];
    for (const [method, url, body, status, message] of cases) {
      const r = await t.call(url.includes('orders') ? t.tokens.member : t.tokens.admin, method, url, body);
      expect(r.status, `${url} ${JSON.stringify(body)}: ${JSON.stringify(r.body)}`).toBe(status);
      const text = [r.body.error.message, ...(r.body.error.issues ?? []).map((i: { path: string; message: string }) => `${i.path}: ${i.message}`)].join('\n');
      expect(text, url).toMatch(message);
    }
    // An expired offer is refused too.
    t.clock.advance(31 * 86_400_000);
    const expired = await t.call(t.tokens.member, 'POST', '/v1/orders', { offer: id, units: 1, durationS: 600 });
    expect(expired.status).toBe(409);
    expect(expired.body.error.message).toMatch(/expired/);
    expect(await ledgerSnapshot(t)).toEqual(before);
    expect(await t.platform.store.market.orders({ limit: 10 })).toEqual([]);
  });
});
