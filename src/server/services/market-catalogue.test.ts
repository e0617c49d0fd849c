import { afterEach, describe, expect, it } from 'vitest';
import { operatorDataCenters, testPlatform } from '../../../test/platform.js';
import type { TestPlatform } from '../../../test/platform.js';
import { SYSTEM } from './actor.js';
import { offerCreateSchema } from './market/index.js';

describe('the offer catalogue and the rest of the order lifecycle', () => {
  let t: TestPlatform;
  afterEach(async () => {
    await t?.close();
  });

  it('filters, sorts and pages offers, and refuses what makes no sense', async () => {
    t = await testPlatform('sqlite');
    const live = await t.platform.network.require();
    // An admin publishes an on-demand offer on every intelligent pool, at the list price.
    let n = 0;
    for (const d of live.scenario.dataCenters) {
      for (const p of d.pools.filter((x) => x.class === 'intelligent')) {
        await t.platform.market.offers.create(offerCreateSchema.parse({ dataCenter: d.id, pool: p.id, mode: 'on-demand', price: p.price / 10_000, quantity: 1 }), SYSTEM);
        n++;
      }
    }
    const all: { id: string; priceMinor: number }[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const r = await t.call(t.tokens.member, 'GET', `/v1/offers?class=intelligent&limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(r.status).toBe(200);
      all.push(...r.body.offers);
      cursor = r.body.nextCursor;
    }
    expect(all).toHaveLength(n);
    expect(new Set(all.map((o) => o.id)).size).toBe(n);
    expect(all.map((o) => o.priceMinor)).toEqual([...all.map((o) => o.priceMinor)].sort((a, b) => a - b));

    const green = (await t.call(t.tokens.member, 'GET', '/v1/offers?sort=greenShare&minGreenShare=0.5&limit=500')).body.offers as { greenShare: number }[];
    expect(green.length).toBeGreaterThan(0);
    expect(green.every((o) => o.greenShare >= 0.5)).toBe(true);
    expect(green.map((o) => o.greenShare)).toEqual([...green.map((o) => o.greenShare)].sort((a, b) => b - a));
    const cheap = (await t.call(t.tokens.member, 'GET', '/v1/offers?maxPrice=3&limit=500')).body.offers as { priceMinor: number }[];
    expect(cheap.every((o) => o.priceMinor <= 30_000)).toBe(true);
    const hub = live.scenario.hubs[0]!.id;
    expect(((await t.call(t.tokens.member, 'GET', `/v1/offers?hub=${hub}&limit=500`)).body.offers as { hub: string }[]).every((o) => o.hub === hub)).toBe(true);
    const near = (await t.call(t.tokens.member, 'GET', '/v1/offers?origin=shanghai&latency=realtime&sort=latency&limit=500')).body.offers as { latencyMs: number }[];
    expect(near.length).toBeGreaterThan(0);
    expect(near.every((o) => o.latencyMs <= 10)).toBe(true);
    expect(near.map((o) => o.latencyMs)).toEqual([...near.map((o) => o.latencyMs)].sort((a, b) => a - b));

    const refusals: [string, RegExp][] = [
      ['/v1/offers?sort=latency', /origin: latency is measured from an origin/],
      ['/v1/offers?origin=atlantis', /origin: unknown origin "atlantis"/],
      ['/v1/offers?minGreenShare=2', /minGreenShare: must be between 0 and 1/],
      ['/v1/offers?maxPrice=0.00001', /maxPrice: .*more than 4 decimal places/],
      ['/v1/offers?limit=0', /limit: must be between 1 and 500/],
      ['/v1/offers?colour=red', /unknown field "colour"/],
    ];
    for (const [url, message] of refusals) {
      const r = await t.call(t.tokens.member, 'GET', url);
      expect(r.status, url).toBe(400);
      expect(r.body.error.issues.map((i: { path: string; message: string }) => `${i.path}: ${i.message}`).join('\n'), url).toMatch(message);
    }
    // An operator publishes only on its own data centers, and not more than the pool holds.
    const [mine] = await operatorDataCenters(t);
    const other = live.scenario.dataCenters.find((d) => d.id !== mine && !(live.scenario.dataCenters.slice(0, 2).some((x) => x.id === d.id)))!;
    const foreign = await t.call(t.tokens.operator, 'POST', '/v1/offers', { dataCenter: other.id, pool: other.pools[0]!.id, mode: 'on-demand', price: 1, quantity: 1 });
    expect(foreign.status).toBe(403);
    const pool = live.dataCenters.get(mine!)!.pools[0]!;
    const tooMany = await t.call(t.tokens.operator, 'POST', '/v1/offers', { dataCenter: mine, pool: pool.id, mode: 'on-demand', price: 1, quantity: pool.units + 1 });
    expect(tooMany.body.error.issues[0].message).toMatch(/an offer cannot sell more/);
    const noTerm = await t.call(t.tokens.operator, 'POST', '/v1/offers', { dataCenter: mine, pool: pool.id, mode: 'reserved', price: 1, quantity: 1 });
    expect(noTerm.body.error.issues[0]).toEqual({ path: 'termS', message: 'a reserved offer needs its term' });
  });

  it('waits with an unmatched requirement until an offer appears, pays a reserved term at once, ends it at its term, and refuses a withdrawn offer', async () => {
    t = await testPlatform('sqlite');
    await t.call(t.tokens.admin, 'POST', '/v1/tenants/acme/top-ups', { amount: 10_000 });
    const waiting = await t.call(t.tokens.member, 'POST', '/v1/orders', { requirement: { origin: 'lanzhou', class: 'intelligent', units: 2, durationS: 3600, latency: 'batch' }, waitS: 600 });
    expect(waiting.status).toBe(201);
    expect(waiting.body).toMatchObject({ state: 'open', reason: 'waiting: no offer matches yet', held: { minor: 0 } });
    const [dc] = await operatorDataCenters(t);
    const pool = (await t.platform.network.require()).dataCenters.get(dc!)!.pools.find((p) => p.class === 'intelligent')!;
    const od = await t.call(t.tokens.operator, 'POST', '/v1/offers', { dataCenter: dc, pool: pool.id, mode: 'on-demand', price: '2', quantity: 4 });
    await t.platform.market.tick();
    const matched = (await t.call(t.tokens.member, 'GET', `/v1/orders/${waiting.body.id}`)).body;
    expect(matched).toMatchObject({ state: 'matched', offers: [{ id: od.body.id }], held: { minor: 40_000 } });
    // A requirement that never finds an offer expires.
    const never = await t.call(t.tokens.member, 'POST', '/v1/orders', { requirement: { origin: 'lanzhou', class: 'super', units: 1, durationS: 600, latency: 'batch' }, waitS: 60 });
    t.clock.advance(61_000);
    await t.platform.market.tick();
    expect((await t.call(t.tokens.member, 'GET', `/v1/orders/${never.body.id}`)).body.state).toBe('expired');

    // Reserved: 3 units for a 2-hour term at 1.5: 9 yuan, paid to the operator at once.
    const rs = await t.call(t.tokens.operator, 'POST', '/v1/offers', { dataCenter: dc, pool: pool.id, mode: 'reserved', price: '1.5', quantity: 3, termS: 7200 });
    const term = await t.call(t.tokens.member, 'POST', '/v1/orders', { offer: rs.body.id, units: 3 });
    expect(term.body).toMatchObject({ state: 'matched', durationS: 7200, held: { minor: 0 }, captured: { minor: 90_000 } });
    expect((await t.call(t.tokens.member, 'GET', `/v1/offers/${rs.body.id}`)).body.available).toBe(0);
    t.clock.advance(7200_000);
    await t.platform.market.tick();
    expect((await t.call(t.tokens.member, 'GET', `/v1/orders/${term.body.id}`)).body).toMatchObject({ state: 'completed', captured: { minor: 90_000 } });
    expect((await t.call(t.tokens.member, 'GET', `/v1/offers/${rs.body.id}`)).body.available).toBe(3);

    // A paused offer sells nothing, and is not in the catalogue, until it is active again.
    const paused = await t.call(t.tokens.operator, 'PATCH', `/v1/offers/${od.body.id}`, { state: 'paused' });
    expect(paused.body.state).toBe('paused');
    expect((await t.call(t.tokens.member, 'POST', '/v1/orders', { offer: od.body.id, units: 1, durationS: 600 })).body.error.message).toBe(`offer "${od.body.id}" is paused`);
    expect((await t.call(t.tokens.member, 'GET', '/v1/offers?limit=500')).body.offers.map((o: { id: string }) => o.id)).not.toContain(od.body.id);
    expect((await t.call(t.tokens.operator, 'PATCH', `/v1/offers/${od.body.id}`, { state: 'active' })).body.state).toBe('open');
    expect((await t.call(t.tokens.member, 'POST', '/v1/orders', { offer: od.body.id, units: 1, durationS: 600 })).status).toBe(201);
    // A withdrawn offer sells nothing more, and cannot be made active again.
    expect((await t.call(t.tokens.operator, 'PATCH', `/v1/offers/${od.body.id}`, { state: 'withdrawn' })).status).toBe(200);
    const revived = await t.call(t.tokens.operator, 'PATCH', `/v1/offers/${od.body.id}`, { state: 'active' });
    expect(revived.status).toBe(409);
    expect(revived.body.error.message).toMatch(/is withdrawn: it cannot be sold again/);
    const late = await t.call(t.tokens.member, 'POST', '/v1/orders', { offer: od.body.id, units: 1, durationS: 600 });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toBe(`offer "${od.body.id}" is withdrawn`);
    expect((await t.platform.store.ledger.verify()).problems).toEqual([]);
  });
});
