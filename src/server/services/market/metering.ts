import { Accounts } from '../../../core/market/ledger.js';
import { LIVE_ORDER_STATES } from '../../../core/market/orders.js';
import { chargeFor, splitCapture } from '../../../core/market/rules.js';
import { formatYuan } from '../../../core/money.js';
import type { Db } from '../../../store/db.js';
import type { OrderRecord } from '../../../store/repositories/market.repository.js';
import { SYSTEM } from '../actor.js';
import type { Principal } from '../actor.js';
import type { MarketDeps } from './deps.js';

/**
 * The money of an order: its most possible cost held when it is matched,
 * its metered use captured to the operator and the platform's commission,
 * in the same transaction as the order change it belongs to.
 */
export class Metering {
  constructor(private readonly d: MarketDeps) {}

  /**
   * Holds an order's most possible cost. The tenant's available balance must
   * stay above the minimum after it (at or below it, orders are refused):
   * enforced by the ledger's conditional update, so parallel orders cannot
   * pass it together.
   */
  async hold(who: Principal, o: OrderRecord, amount: number, tx: Db): Promise<void> {
    const available = Accounts.available(o.tenantId);
    await this.d.ledger.post(who, {
      kind: 'hold', target: o.id, orderId: o.id, floors: { [available.id]: this.d.settings.minBalance + 1 },
      postings: [{ account: available, amount: -amount }, { account: Accounts.held(o.tenantId), amount }],
    }, tx);
  }

  /** Moves `amount` of an order's hold to the operator and the platform's commission. */
  async capture(o: OrderRecord, amount: number, tx: Db, what: string): Promise<void> {
    if (amount <= 0) return;
    const due = o.captured + amount;
    const split = splitCapture(amount, this.d.settings.commissionBps);
    await this.d.ledger.post(SYSTEM, {
      kind: 'capture', target: o.id, orderId: o.id, key: `capture:${o.id}:${due}`, memo: what,
      postings: [
        { account: Accounts.held(o.tenantId), amount: -amount },
        { account: Accounts.operator(o.dataCenterId!), amount: split.operator },
        { account: Accounts.commission(), amount: split.commission },
      ].filter((p) => p.amount !== 0),
    }, tx);
    await this.d.store.market.update(o.id, { from: LIVE_ORDER_STATES, capturedDelta: amount, heldDelta: -amount }, this.d.clock.now(), tx);
  }

  /**
   * Captures what an order's metered use costs so far: the charge on the
   * cumulative unit-seconds of its jobs, less what was captured before,
   * never more than the hold. The first use makes a matched order active.
   */
  async meter(orderId: string, db: Db = this.d.store.db): Promise<void> {
    const { store, clock } = this.d;
    await db.transaction(async (tx) => {
      await store.market.lockOrder(orderId, tx);
      const o = await store.market.order(orderId, tx);
      if (!o || !LIVE_ORDER_STATES.includes(o.state)) return;
      const used = await store.market.jobUnitSeconds(orderId, tx);
      const running = await store.market.jobUnitsHeld(orderId, tx);
      const now = clock.now();
      if (o.state === 'matched' && (used > 0 || running > 0)) await store.market.update(o.id, { from: ['matched'], to: 'active', reason: 'in use' }, now, tx);
      if (used !== o.unitSeconds) await store.market.update(o.id, { from: LIVE_ORDER_STATES, unitSeconds: used }, now, tx);
      if (o.mode === 'reserved') return;
      const due = Math.min(chargeFor(o.price!, used), o.captured + o.held);
      await this.capture(o, due - o.captured, tx, `${used} unit-seconds at ${formatYuan(o.price!)} yuan per unit-hour`);
    });
  }
}
