import type { Scenario } from '../network/model.js';
import { Network } from '../network/network.js';
import { PlacementContext } from '../placement/context.js';
import { OnlinePlacer } from '../placement/placer.js';
import { policyFor } from '../placement/policy.js';
import type { CostParts } from '../placement/cost.js';
import type { Explanation } from '../placement/types.js';
import { SeededRng } from '../rng.js';
import type { JobSpec } from '../workload/job.js';
import type { PriceMode } from './orders.js';

/** What matching needs to know of an offer. */
export interface OfferForMatch {
  id: string;
  dataCenterId: string;
  poolId: string;
  mode: PriceMode;
  /** Price per unit-hour (the floor of a spot offer), 1/10,000 yuan. */
  price: number;
  /** Units for sale now. */
  available: number;
  /** Length of a reserved term, seconds. */
  termS?: number;
}

export interface Match {
  offerId: string;
  /** The cost the engine computed with the offer's price: compute, transfer, carbon. */
  cost: CostParts;
  latencyMs: number;
  explanation: Explanation;
}

/**
 * The price per unit-hour of need that ranks an offer for a requirement of
 * `durationS`: a reserved offer is paid for its whole term, so its price is
 * spread over the hours actually needed (rounded up).
 */
export function effectivePrice(o: Pick<OfferForMatch, 'mode' | 'price' | 'termS'>, durationS: number): number {
  if (o.mode !== 'reserved' || o.termS === undefined || o.termS <= durationS) return o.price;
  return Math.ceil((o.price * o.termS) / durationS);
}

/**
 * A market of offers seen as a network: every data center of the scenario
 * stays (so each origin keeps its home hub and latencies), and its pools are
 * replaced by the offers on them: one pool per offer, holding the units for
 * sale at the offer's price. The placement engine then picks the best offer
 * for a requirement by the same rules and cost model as it places jobs.
 */
export class OfferMarket {
  private readonly placer: OnlinePlacer;
  private readonly offerIndex = new Map<string, number>();

  constructor(scenario: Scenario, offers: readonly OfferForMatch[], durationS: number) {
    const byDc = new Map<string, OfferForMatch[]>();
    for (const o of offers) {
      const list = byDc.get(o.dataCenterId);
      if (list) list.push(o);
      else byDc.set(o.dataCenterId, [o]);
    }
    const dataCenters = scenario.dataCenters.map((dc) => {
      const pools = (byDc.get(dc.id) ?? []).flatMap((o) => {
        const pool = dc.pools.find((p) => p.id === o.poolId);
        return pool ? [{ ...pool, id: o.id, key: `${dc.id}/${o.id}`, units: o.available, price: effectivePrice(o, durationS) }] : [];
      });
      return { ...dc, pools };
    });
    const market: Scenario = { ...scenario, dataCenters };
    const net = new Network(market);
    const ctx = new PlacementContext(net);
    const sides = new Map(market.hubs.map((h) => [h.id, h.side]));
    this.placer = new OnlinePlacer(ctx, policyFor('engine', (hub) => sides.get(hub) === 'east', {}, market), new SeededRng(1));
    ctx.pools.forEach((p, i) => this.offerIndex.set(p.id, i));
  }

  /** The best offer for a requirement, or why there is none. */
  match(requirement: JobSpec): { match?: Match; reason?: string; explanation?: Explanation } {
    const d = this.placer.place({ ...requirement, submitAt: 0 }, true);
    if (!d.placed || !d.pool || !d.cost) return { reason: d.reason ?? 'no offer fits', ...(d.explanation && { explanation: d.explanation }) };
    return { match: { offerId: d.pool.id, cost: d.cost, latencyMs: d.latencyMs ?? 0, explanation: d.explanation! } };
  }
}
