import { OfferMarket, effectivePrice } from '../../../core/market/matching.js';
import type { OfferForMatch } from '../../../core/market/matching.js';
import type { PriceMode } from '../../../core/market/orders.js';
import { formatYuan } from '../../../core/money.js';
import type { JobSpec } from '../../../core/workload/job.js';
import type { Db } from '../../../store/db.js';
import type { OfferRecord } from '../../../store/repositories/market.repository.js';
import type { LiveNetwork } from '../network.service.js';
import type { MarketDeps } from './deps.js';
import type { Supply } from './supply.js';

/** Matching a requirement to the best open offer, with the placement engine over the offers seen as pools. */
export class Matching {
  constructor(private readonly d: MarketDeps, private readonly supply: Supply) {}

  /** The best open offer of `mode` for a requirement, or why there is none, with the engine's explanation. */
  async match(req: JobSpec, mode: PriceMode, bid: number | undefined, live: LiveNetwork, db: Db = this.d.store.db): Promise<{ offer?: OfferRecord; reason?: string; explanation?: unknown }> {
    const offers = await this.d.store.market.offers({ class: req.class, mode, validAt: this.d.clock.now() });
    const byId = new Map(offers.map((o) => [o.id, o]));
    const forMatch: OfferForMatch[] = [];
    for (const o of offers) {
      if (mode === 'spot' && bid !== undefined && o.price > bid) continue;
      if (mode === 'reserved' && (o.termS ?? 0) < req.durationS) continue;
      const avail = mode === 'spot' ? await this.supply.spotCapacity(o, live, db) : await this.supply.available(o, live, db);
      if (avail > 0) forMatch.push({ id: o.id, dataCenterId: o.dataCenterId, poolId: o.poolId, mode: o.mode, price: o.price, available: avail, ...(o.termS !== undefined && { termS: o.termS }) });
    }
    // A spot requirement ranks offers by the bid the buyer pays, not the floor; the engine's price check is against maxPrice.
    const m = new OfferMarket(live.scenario, forMatch, req.durationS).match(req);
    if (!m.match) return { reason: m.reason ?? 'no offer fits', ...(m.explanation && { explanation: m.explanation }) };
    const offer = byId.get(m.match.offerId)!;
    return { offer, explanation: { ...m.match.explanation, offer: m.match.offerId, effectivePrice: formatYuan(effectivePrice(offer, req.durationS)) } };
  }
}
