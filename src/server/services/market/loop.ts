import { ConflictError, PaymentRequiredError } from '../../../core/errors.js';
import { formatYuan } from '../../../core/money.js';
import { toJobSpec } from '../../../core/workload/job.js';
import type { OrderRecord } from '../../../store/repositories/market.repository.js';
import { SYSTEM } from '../actor.js';
import type { LiveNetwork } from '../network.service.js';
import type { MarketDeps } from './deps.js';
import type { Matching } from './matching.js';
import type { Orders } from './orders.js';
import { requirementSchema } from './schemas.js';
import type { SpotAuction } from './spot.js';

/** What one round of the market did. */
export interface MarketRound { expired: number; completed: number; preempted: number; matched: number }

/** The market's round on the leader: orders that are due, spot auctions, waiting requirements, low balances. */
export class MarketLoop {
  constructor(private readonly d: MarketDeps, private readonly orders: Orders, private readonly matching: Matching, private readonly spot: SpotAuction) {}

  /**
   * One round of the market (leader only): expire open orders, preempt and
   * complete live ones that are due, clear every spot offer, retry waiting
   * requirements, and raise or clear low-balance alerts.
   */
  async tick(): Promise<MarketRound> {
    const { store, network, clock } = this.d;
    const now = clock.now();
    const out = { expired: 0, completed: 0, preempted: 0, matched: 0 };
    const live = await network.current();
    if (!live) return out;
    for (const o of await store.market.due(now, 500)) {
      await store.db.transaction(async (tx) => {
        if (o.state === 'open') {
          if (await store.market.update(o.id, { from: ['open'], to: 'expired', reason: 'nothing was matched before it expired' }, now, tx)) out.expired++;
        } else if (o.preemptAt !== undefined && o.preemptAt <= now && (o.endsAt === undefined || o.preemptAt < o.endsAt)) {
          if (await this.orders.settle(o.id, 'open', 'preempted after notice', live, tx)) out.preempted++;
        } else if (await this.orders.settle(o.id, 'completed', 'the term ended', live, tx)) {
          out.completed++;
        }
      });
    }
    for (const offer of await store.market.offers({ mode: 'spot', state: 'active' })) {
      await store.db.transaction((tx) => this.spot.clear(offer.id, live, tx));
    }
    for (const o of await store.market.orders({ state: 'open', limit: 200 })) {
      if (o.offerId !== undefined || o.requirement === undefined) continue;
      if (await this.retryRequirement(o, live)) out.matched++;
    }
    await this.checkBalances(now);
    return out;
  }

  private async retryRequirement(o: OrderRecord, live: LiveNetwork): Promise<boolean> {
    const { store, clock } = this.d;
    // Stored as validated when the order was made.
    const req = requirementSchema.parse(o.requirement);
    const m = await this.matching.match(toJobSpec({ ...req, id: 'requirement', submitAt: 0 }), o.mode, o.price, live);
    if (!m.offer) return false;
    const offer = m.offer;
    const now = clock.now();
    try {
      await store.db.transaction(async (tx) => {
        const durationS = o.mode === 'reserved' ? offer.termS! : o.durationS;
        if (!(await store.market.update(o.id, { from: ['open'], set: { offerId: offer.id, dataCenterId: offer.dataCenterId, poolId: offer.poolId, explanation: m.explanation } }, now, tx))) return;
        const fresh = { ...(await store.market.order(o.id, tx))!, durationS };
        if (o.mode === 'spot') await this.spot.clear(offer.id, live, tx);
        else await this.orders.fill(fresh, offer, SYSTEM, now, tx);
      });
      return true;
    } catch (e) {
      // Not enough money or units left now: the order keeps waiting, and says why.
      if (e instanceof PaymentRequiredError || e instanceof ConflictError) {
        await store.db.transaction((tx) => store.market.update(o.id, { from: ['open'], reason: `waiting: ${e.message}` }, now, tx));
        return false;
      }
      throw e;
    }
  }

  /** Low-balance alerts for tenants at or below the alert level. */
  private async checkBalances(now: number): Promise<void> {
    const { store, settings } = this.d;
    const wanted = [];
    for (const a of await store.ledger.accountsOfKind('tenant-available')) {
      if (a.balance > settings.lowBalanceAlert) continue;
      const stop = a.balance <= settings.minBalance;
      wanted.push({
        key: `low-balance:tenant:${a.owner}`, kind: 'low-balance' as const, scope: `tenant:${a.owner}`,
        message: `tenant ${a.owner} has ${formatYuan(a.balance)} yuan available${stop ? `, at or below the minimum of ${formatYuan(settings.minBalance)}: new orders are refused and spot work stops` : ` (alert level ${formatYuan(settings.lowBalanceAlert)})`}`,
      });
    }
    await store.alerts.reconcile(wanted, now, ['low-balance']);
  }
}
