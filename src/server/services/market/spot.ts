import { Accounts } from '../../../core/market/ledger.js';
import { LIVE_ORDER_STATES, clearSpot } from '../../../core/market/orders.js';
import { holdFor } from '../../../core/market/rules.js';
import { formatYuan } from '../../../core/money.js';
import type { Db } from '../../../store/db.js';
import type { OrderRecord } from '../../../store/repositories/market.repository.js';
import { SYSTEM } from '../actor.js';
import type { LiveNetwork } from '../network.service.js';
import type { MarketDeps } from './deps.js';
import type { Metering } from './metering.js';
import type { Supply } from './supply.js';

const NO_CAPACITY = 'no spot capacity is left (on-demand and reserved orders hold the pool)';

/** Spot auctions: each spot offer cleared by the highest bids, with notice before preemption. */
export class SpotAuction {
  constructor(private readonly d: MarketDeps, private readonly supply: Supply, private readonly metering: Metering) {}

  /** Clears the spot offers of a pool whose on-demand or reserved sales changed. */
  async clearPool(dataCenterId: string, poolId: string, live: LiveNetwork, tx: Db): Promise<void> {
    for (const o of await this.d.store.market.offers({ dataCenters: [dataCenterId], mode: 'spot', state: 'active' }, tx)) {
      if (o.poolId === poolId) await this.clear(o.id, live, tx);
    }
  }

  /**
   * Clears one spot offer: its capacity is its quantity less what on-demand
   * and reserved orders hold on the same pool. The highest bids win;
   * winners that were waiting are matched (their bid for their duration is
   * held); live orders that lost (outbid, squeezed out by on-demand or
   * reserved demand, or their tenant's balance is at the minimum) get a
   * notice and are preempted when it runs out.
   */
  async clear(offerId: string, live: LiveNetwork, tx: Db): Promise<void> {
    const { store, clock, settings } = this.d;
    await store.market.lockOffer(offerId, tx);
    const offer = await store.market.offer(offerId, tx);
    if (!offer || offer.mode !== 'spot') return;
    const now = clock.now();
    const capacity = await this.supply.spotCapacity(offer, live, tx);
    const orders = (await store.market.orders({ offerId, mode: 'spot', states: ['open', 'matched', 'active'], limit: 100_000 }, tx))
      .filter((o) => o.state !== 'open' || o.expiresAt === undefined || o.expiresAt > now);
    const byId = new Map(orders.map((o) => [o.id, o]));
    const { winners, losers, out } = await this.decide(orders, capacity, tx);
    const clearing = winners.length > 0 ? winners.at(-1)!.bid : undefined;
    const notice = now + settings.spotNoticeMs;
    for (const w of winners) {
      const o = byId.get(w.orderId)!;
      if (o.state === 'open') {
        const hold = holdFor(o.price!, o.units, o.durationS);
        await this.metering.hold(SYSTEM, o, hold, tx);
        await store.market.update(o.id, {
          from: ['open'], to: 'matched', reason: `bid ${formatYuan(o.price!)} won ${o.units} units of spot offer ${offer.id}`, heldDelta: hold,
          set: { matchedAt: now, endsAt: now + o.durationS * 1000 },
        }, now, tx);
      } else if (o.preemptAt !== undefined) {
        await store.market.update(o.id, { from: LIVE_ORDER_STATES, reason: 'preemption withdrawn: the bid wins again', preemptAt: null }, now, tx);
      }
    }
    for (const id of [...losers.map((l) => l.orderId), ...out.keys()]) {
      const o = byId.get(id)!;
      if (LIVE_ORDER_STATES.includes(o.state)) {
        const why = out.get(id) ?? (clearing !== undefined ? `outbid: the clearing price is ${formatYuan(clearing)} yuan per unit-hour` : NO_CAPACITY);
        if (o.preemptAt === undefined) await store.market.update(o.id, { from: LIVE_ORDER_STATES, reason: `preemption notice: ${why}`, preemptAt: notice }, now, tx);
      } else {
        // A waiting bid's reason leaves out the clearing price, which moves with every bid: rewriting every waiting order at each clearing would cost a write per bid.
        const waiting = `waiting: ${out.get(id) ?? (clearing !== undefined ? 'outbid: the bid is below the clearing price' : NO_CAPACITY)}`;
        if (o.reason !== waiting) await store.market.update(o.id, { from: ['open'], reason: waiting }, now, tx);
      }
    }
  }

  /**
   * Who wins: the highest bids that fit, leaving out tenants at the minimum
   * balance and waiting bids whose hold their tenant cannot pay (`out`, with
   * the reason each is out), clearing again until every winner can pay.
   */
  private async decide(orders: OrderRecord[], capacity: number, tx: Db): Promise<ReturnType<typeof clearSpot> & { out: Map<string, string> }> {
    const { store, settings } = this.d;
    const byId = new Map(orders.map((o) => [o.id, o]));
    const out = new Map<string, string>();
    const balances = new Map<string, number>();
    for (const t of new Set(orders.map((o) => o.tenantId))) balances.set(t, await store.ledger.balance(Accounts.available(t).id, tx));
    for (const o of orders) {
      if (balances.get(o.tenantId)! <= settings.minBalance) out.set(o.id, `the tenant's available balance is at or below the minimum of ${formatYuan(settings.minBalance)} yuan`);
    }
    for (;;) {
      const result = clearSpot(orders.filter((o) => !out.has(o.id)).map((o) => ({ orderId: o.id, units: o.units, bid: o.price!, seq: o.seq })), capacity);
      const spend = new Map(balances);
      let broke: OrderRecord | undefined;
      for (const w of result.winners) {
        const o = byId.get(w.orderId)!;
        if (o.state !== 'open') continue;
        const left = spend.get(o.tenantId)! - holdFor(o.price!, o.units, o.durationS);
        if (left <= settings.minBalance) {
          broke = o;
          break;
        }
        spend.set(o.tenantId, left);
      }
      if (!broke) return { ...result, out };
      out.set(broke.id, `the bid needs ${formatYuan(holdFor(broke.price!, broke.units, broke.durationS))} yuan held; ${formatYuan(spend.get(broke.tenantId)!)} is available`);
    }
  }
}
