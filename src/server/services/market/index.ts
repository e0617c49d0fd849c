import type { Clock } from '../../../core/clock.js';
import type { JobSpec } from '../../../core/workload/job.js';
import type { Db } from '../../../store/db.js';
import type { Store } from '../../../store/store.js';
import type { OrderHooks } from '../job.service.js';
import type { LedgerService } from '../ledger.service.js';
import type { NetworkService } from '../network.service.js';
import type { MarketDeps, MarketSettings } from './deps.js';
import { MarketLoop } from './loop.js';
import type { MarketRound } from './loop.js';
import { Matching } from './matching.js';
import { Metering } from './metering.js';
import { Offers } from './offers.js';
import { Orders } from './orders.js';
import { SpotAuction } from './spot.js';
import { Supply } from './supply.js';

export type { MarketSettings } from './deps.js';
export type { OfferView } from './offers.js';
export type { OrderView } from './orders.js';
export { offerCreateSchema, offerPatchSchema, offerSearchSchema, orderCreateSchema, orderListQuerySchema } from './schemas.js';
export type { OrderCreate } from './schemas.js';

/**
 * The computing power market, in its parts:
 * - `offers`: operators' offers and the catalogue;
 * - `orders`: buyers' orders, bought outright or matched to a requirement (`matching`), and their ends;
 * - `spot`: spot auctions with preemption after notice;
 * - `metering`: the money of each order, held when it is matched and captured from metered use.
 * Every money movement goes through the ledger in the same database
 * transaction as the order change it belongs to.
 */
export class MarketService implements OrderHooks {
  readonly settings: MarketSettings;
  readonly offers: Offers;
  readonly orders: Orders;
  readonly matching: Matching;
  readonly spot: SpotAuction;
  readonly metering: Metering;
  private readonly loop: MarketLoop;

  constructor(store: Store, network: NetworkService, ledger: LedgerService, clock: Clock, settings: MarketSettings) {
    const d: MarketDeps = { store, network, ledger, clock, settings };
    this.settings = settings;
    const supply = new Supply(d);
    this.metering = new Metering(d);
    this.spot = new SpotAuction(d, supply, this.metering);
    this.matching = new Matching(d, supply);
    this.offers = new Offers(d, supply, this.spot);
    this.orders = new Orders(d, supply, this.offers, this.matching, this.metering, this.spot);
    this.loop = new MarketLoop(d, this.orders, this.matching, this.spot);
  }

  /** One round of the market, on the leader. */
  tick(): Promise<MarketRound> {
    return this.loop.tick();
  }

  /** Whether a job may run under an order: why not, or undefined when it may. */
  checkJobOrder(orderId: string, tenantId: string, job: JobSpec): Promise<string | undefined> {
    return this.orders.checkJob(orderId, tenantId, job);
  }

  /** Captures what an order's metered use costs so far. */
  meter(orderId: string, db?: Db): Promise<void> {
    return this.metering.meter(orderId, db);
  }
}
