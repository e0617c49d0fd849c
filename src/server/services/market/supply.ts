import { LIVE_ORDER_STATES } from '../../../core/market/orders.js';
import type { Db } from '../../../store/db.js';
import type { OfferRecord } from '../../../store/repositories/market.repository.js';
import type { LiveNetwork } from '../network.service.js';
import { isOpen } from './deps.js';
import type { MarketDeps } from './deps.js';

/** What an offer has left to sell. */
export class Supply {
  constructor(private readonly d: MarketDeps) {}

  /** Units of an offer a buyer can have now: for spot, the capacity not taken by on-demand and reserved sales nor by winning bids. */
  async available(o: OfferRecord, live: LiveNetwork, db: Db = this.d.store.db): Promise<number> {
    if (o.mode !== 'spot') return Math.max(0, o.quantity - o.sold);
    const won = (await this.d.store.market.orders({ offerId: o.id, states: LIVE_ORDER_STATES, limit: 100_000 }, db)).reduce((s, x) => s + x.units, 0);
    return Math.max(0, (await this.spotCapacity(o, live, db)) - won);
  }

  /** A spot offer's capacity: its quantity, less what on-demand and reserved orders hold on the same pool. */
  async spotCapacity(o: OfferRecord, live: LiveNetwork, db: Db): Promise<number> {
    if (!isOpen(o, this.d.clock.now())) return 0;
    const pool = live.dataCenters.get(o.dataCenterId)?.pools.find((p) => p.id === o.poolId);
    if (!pool) return 0;
    return Math.max(0, Math.min(o.quantity, pool.units - (await this.d.store.market.soldOnPool(o.dataCenterId, o.poolId, db))));
  }
}
