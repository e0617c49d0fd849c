import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { operatorDataCenters, testPlatform } from '../../../test/platform.js';
import type { TestPlatform } from '../../../test/platform.js';

/**
 * Random sequences of top-ups, refunds, orders of every mode, jobs with
 * metered use, cancellations, spot preemptions, term ends, payouts and
 * reversals. After every step the ledger must hold its invariants: each
 * transaction sums to zero, each balance is the sum of its postings and not
 * below its floor, all balances sum to zero, and each tenant's held money is
 * what its orders say they hold.
 */
const op = fc.oneof(
  fc.record({ kind: fc.constant('top-up' as const), tenant: fc.constantFrom('acme', 'globex'), minor: fc.integer({ min: 1, max: 3_000_000 }), key: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }) }),
  fc.record({ kind: fc.constant('refund' as const), tenant: fc.constantFrom('acme', 'globex'), minor: fc.integer({ min: 1, max: 2_000_000 }) }),
  fc.record({ kind: fc.constant('order' as const), tenant: fc.constantFrom('acme', 'globex'), offer: fc.integer({ min: 0, max: 2 }), units: fc.integer({ min: 1, max: 4 }), durationS: fc.integer({ min: 60, max: 7200 }), bid: fc.integer({ min: 20_000, max: 90_000 }) }),
  fc.record({ kind: fc.constant('job' as const), order: fc.nat(), unitSeconds: fc.integer({ min: 0, max: 40_000 }), finish: fc.boolean() }),
  fc.record({ kind: fc.constant('cancel' as const), order: fc.nat() }),
  fc.record({ kind: fc.constant('time' as const), ms: fc.integer({ min: 1000, max: 3_600_000 }) }),
  fc.record({ kind: fc.constant('payout' as const), minor: fc.integer({ min: 1, max: 100_000 }) }),
  fc.record({ kind: fc.constant('reverse' as const), pick: fc.nat() }),
);

type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

const yuan = (minor: number): string => `${Math.trunc(minor / 10_000)}.${String(minor % 10_000).padStart(4, '0')}`;

async function invariants(t: TestPlatform): Promise<void> {
  const v = await t.platform.store.ledger.verify();
  expect(v.problems).toEqual([]);
  const accounts = await t.platform.store.ledger.accounts();
  expect(accounts.reduce((s, a) => s + a.balance, 0)).toBe(0);
  for (const tenant of ['acme', 'globex']) {
    const held = accounts.find((a) => a.id === `tenant:${tenant}:held`)?.balance ?? 0;
    const orders = await t.platform.store.market.orders({ tenantId: tenant, limit: 10_000 });
    expect(held).toBe(orders.reduce((s, o) => s + o.held, 0));
    for (const o of orders) {
      expect(o.held).toBeGreaterThanOrEqual(0);
      if (o.state === 'completed' || o.state === 'cancelled' || o.state === 'expired' || o.state === 'open') expect(o.held).toBe(0);
    }
  }
  for (const a of accounts) if (a.floor !== undefined) expect(a.balance).toBeGreaterThanOrEqual(a.floor);
}

describe('ledger invariants under random market activity', () => {
  it('hold after every step of random sequences', async () => {
    const t = await testPlatform('sqlite', { spotNoticeS: 60, minBalance: '1', commissionBps: 733 });
    try {
      const [dc] = await operatorDataCenters(t);
      const pool = (await t.platform.network.require()).dataCenters.get(dc!)!.pools.find((p) => p.class === 'intelligent')!;
      const offers: string[] = [];
      for (const body of [{ mode: 'on-demand', price: '3.3333' }, { mode: 'reserved', price: '2.5', termS: 7200 }, { mode: 'spot', price: '1.9999', quantity: 4 }]) {
        const r = await t.call(t.tokens.operator, 'POST', '/v1/offers', { dataCenter: dc, pool: pool.id, quantity: 6, validTo: t.clock.now() + 365 * 86_400_000, ...body });
        expect(r.status, JSON.stringify(r.body)).toBe(201);
        offers.push(r.body.id);
      }
      const token = { acme: t.tokens.member, globex: t.tokens.otherTenant };
      let runs = 0;
      const tally = new Map<string, number>();
      await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 30 }), async (ops: Op[]) => {
        runs++;
        const orders: string[] = (await t.platform.store.market.orders({ limit: 200 })).map((o) => o.id);
        for (const o of ops) {
          let res: { status: number; body: unknown } | undefined;
          switch (o.kind) {
            case 'top-up':
              // A retry repeats its request: a keyed top-up's amount follows from its key (another amount under the key is 409).
              res = await t.call(t.tokens.admin, 'POST', `/v1/tenants/${o.tenant}/top-ups`, { amount: yuan(o.key ? 1_000_000 * (o.key.charCodeAt(0) - 96) : o.minor) }, o.key ? { 'idempotency-key': `${runs}-${o.key}` } : {});
              break;
            case 'refund':
              res = await t.call(t.tokens.admin, 'POST', `/v1/tenants/${o.tenant}/refunds`, { amount: yuan(o.minor), reason: 'test' });
              break;
            case 'order': {
              const offer = offers[o.offer]!;
              const body = o.offer === 1 ? { offer, units: o.units } : { offer, units: o.units, durationS: o.durationS, ...(o.offer === 2 && { bid: yuan(o.bid) }) };
              res = await t.call(token[o.tenant], 'POST', '/v1/orders', body);
              if (res.status === 201) orders.push((res.body as { id: string }).id);
              break;
            }
            case 'job': {
              const id = orders[o.order % Math.max(1, orders.length)];
              const order = id && await t.platform.store.market.order(id);
              if (!order) break;
              const tok = order.tenantId === 'acme' ? t.tokens.member : t.tokens.otherTenant;
              const j = await t.call(tok, 'POST', '/v1/jobs', { origin: 'lanzhou', class: 'intelligent', units: 1, durationS: 600, latency: 'batch', order: id });
              if (j.status !== 201) break;
              await t.platform.placement.placePending();
              const job = await t.platform.store.jobs.get(j.body.id);
              if (job?.state !== 'placed') break;
              await t.call(t.tokens.agent, 'POST', `/v1/jobs/${job.id}/report`, { epoch: job.epoch, state: 'running' });
              if (o.finish) res = await t.call(t.tokens.agent, 'POST', `/v1/jobs/${job.id}/report`, { epoch: job.epoch, state: 'succeeded', unitSeconds: o.unitSeconds });
              break;
            }
            case 'cancel': {
              const id = orders[o.order % Math.max(1, orders.length)];
              const order = id && await t.platform.store.market.order(id);
              if (order) res = await t.call(order.tenantId === 'acme' ? t.tokens.member : t.tokens.otherTenant, 'POST', `/v1/orders/${id}/cancel`);
              break;
            }
            case 'time':
              t.clock.advance(o.ms);
              await t.platform.market.tick();
              break;
            case 'payout':
              res = await t.call(t.tokens.admin, 'POST', `/v1/datacenters/${dc}/payouts`, { amount: yuan(o.minor) });
              break;
            case 'reverse': {
              const txs = await t.platform.store.ledger.transactions({ limit: 10_000 });
              const pick = txs[o.pick % Math.max(1, txs.length)];
              if (pick) res = await t.call(t.tokens.admin, 'POST', `/v1/ledger/transactions/${pick.id}/reverse`, { memo: 'test' });
              break;
            }
          }
          // Refusals are fine (no money, nothing left, already ended); a server error never is.
          if (res) expect(res.status, `${o.kind}: ${JSON.stringify(res.body)}`).toBeLessThan(500);
          if (res) tally.set(`${o.kind} ${res.status}`, (tally.get(`${o.kind} ${res.status}`) ?? 0) + 1);
          await invariants(t);
        }
      }), { numRuns: 100, seed: 20261122 });
      // The sequences did reach the paths that move money, not only refusals.
      for (const k of ['order 201', 'job 200', 'cancel 200', 'refund 201', 'payout 201', 'reverse 201', 'top-up 200']) expect(tally.get(k) ?? 0, k).toBeGreaterThan(1);
      expect(tally.get('order 402') ?? 0).toBeGreaterThan(0);
      const ended = await t.platform.store.db.all<{ reason: string; n: number }>("SELECT reason, COUNT(*) AS n FROM order_events WHERE reason IN ('preempted after notice', 'the term ended') GROUP BY reason");
      expect(ended.map((e) => e.reason).sort()).toEqual(['preempted after notice', 'the term ended']);
    } finally {
      await t.close();
    }
  }, 120_000);
});
