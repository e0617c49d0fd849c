import type { Clock } from '../../../core/clock.js';
import type { OfferRecord } from '../../../store/repositories/market.repository.js';
import type { Store } from '../../../store/store.js';
import type { LedgerService } from '../ledger.service.js';
import type { NetworkService } from '../network.service.js';

/** The market's settings (from the platform config). */
export interface MarketSettings {
  /** The platform's commission on captured money, basis points. */
  commissionBps: number;
  /** At or below this available balance a tenant may not order and its spot work is stopped, 1/10,000 yuan. */
  minBalance: number;
  /** At or below this available balance a low-balance alert is open, 1/10,000 yuan. */
  lowBalanceAlert: number;
  /** Notice a spot order gets before it is preempted, ms. */
  spotNoticeMs: number;
}

/** What every part of the market works with. */
export interface MarketDeps {
  store: Store;
  network: NetworkService;
  ledger: LedgerService;
  clock: Clock;
  settings: MarketSettings;
}

export const DAY_MS = 86_400_000;

export const iso = (ms: number | undefined): string | undefined => (ms === undefined ? undefined : new Date(ms).toISOString());

/** Whether an offer is open to buyers at `now`. */
export function isOpen(o: OfferRecord, now: number): boolean {
  return o.state === 'active' && o.validFrom <= now && o.validTo > now;
}
