import { PaymentRequiredError } from '../../../core/errors.js';
import { executedCharge, originBill, relayedCharge, billFor } from '../../../core/market/routed.js';
import { chargeFor } from '../../../core/market/rules.js';
import { formatYuan } from '../../../core/money.js';
import type { RouteStatus } from '../../../federation/protocol.js';
import type { Db } from '../../../store/db.js';
import type { Route } from '../../../store/repositories/federation.repository.js';
import type { JobRecord } from '../../../store/repositories/job.repository.js';
import { SYSTEM } from '../actor.js';
import type { LedgerService } from '../ledger.service.js';
import type { NetworkService } from '../network.service.js';
import type { FederationContext } from './context.js';

/** What a routed job's explanation says of its bill at the origin. */
export interface RoutedBill {
  billed?: string | null;
  billedMinor?: number;
  unpaidMinor?: number;
  [k: string]: unknown;
}

/**
 * The money of routed jobs, hop by hop (the postings are
 * `core/market/routed.ts`): the executing platform charges the one the job
 * came from, each relay passes the charge on with its commission, and the
 * origin bills its tenant, keeping an unpaid bill and trying it again.
 */
export class RoutedBilling {
  constructor(
    private readonly ctx: FederationContext,
    private readonly ledger: LedgerService,
    private readonly network: NetworkService,
  ) {}

  /** Executor side: the metered use of a routed job that ended here, at its pool's price, charged to the platform it came from. */
  async chargeExecuted(route: Route, job: JobRecord, tx: Db): Promise<number> {
    const pool = (await this.network.current())?.dataCenters.get(job.dataCenterId ?? '')?.pools.find((p) => p.id === job.poolId);
    const charge = pool ? chargeFor(pool.price, job.unitSeconds ?? 0) : 0;
    if (charge > 0 && route.fromPeer) {
      await this.ledger.post(SYSTEM, {
        kind: 'capture', target: route.globalId, jobId: job.id, key: `route-charge:${route.globalId}`, memo: `routed job ${route.globalId} for ${route.fromPeer}`,
        postings: executedCharge({ fromPeer: route.fromPeer, dataCenterId: job.dataCenterId!, charge, commissionBps: this.ctx.settings.commissionBps }),
      }, tx);
    }
    return charge;
  }

  /** Relay side: a final state's charge from below, owed down and charged on up with this platform's commission. Answers the status to pass on. */
  async relay(route: Route, st: RouteStatus): Promise<RouteStatus> {
    if (st.chargeMinor === undefined || st.chargeMinor <= 0 || !route.toPeer || !route.fromPeer) return st;
    const r = relayedCharge({ below: route.toPeer, above: route.fromPeer, charge: st.chargeMinor, commissionBps: this.ctx.settings.commissionBps });
    await this.ledger.post(SYSTEM, {
      kind: 'capture', target: st.globalId, key: `route-relay:${st.globalId}`, memo: `routed job ${st.globalId}: ${route.toPeer} charges ${formatYuan(st.chargeMinor)}, passed on to ${route.fromPeer}`,
      postings: r.postings,
    });
    return { ...st, chargeMinor: r.onward };
  }

  /**
   * Origin side: the submitting tenant pays what the parent charges plus this
   * platform's commission. If its balance is short, nothing is posted and the
   * job says the bill is unpaid.
   */
  async billOrigin(route: Route, st: RouteStatus): Promise<RoutedBill | undefined> {
    if (st.chargeMinor === undefined || st.chargeMinor <= 0 || !route.localJobId || !route.toPeer) return undefined;
    const job = await this.ctx.store.jobs.get(route.localJobId);
    if (!job) return undefined;
    const { postings, bill } = originBill({ tenantId: job.tenantId, parent: route.toPeer, charge: st.chargeMinor, commissionBps: this.ctx.settings.commissionBps });
    try {
      await this.ledger.post(SYSTEM, { kind: 'capture', target: st.globalId, jobId: job.id, key: `route-bill:${st.globalId}`, memo: `job ${job.id} ran at another platform as ${st.globalId}`, postings });
      return { billed: formatYuan(bill), billedMinor: bill, chargedByParent: formatYuan(st.chargeMinor) };
    } catch (e) {
      if (e instanceof PaymentRequiredError) return { billed: null, unpaid: formatYuan(bill), unpaidMinor: bill, reason: e.message };
      throw e;
    }
  }

  /**
   * Origin side: bills of routed jobs the tenant could not pay, tried again.
   * The platform already owes the parent the charge; once the tenant's
   * balance covers it (after a top-up, say), the bill is posted, the route
   * is settled and the job's explanation shows it billed.
   */
  async chaseUnpaid(): Promise<number> {
    const { store, clock } = this.ctx;
    let paid = 0;
    for (const route of await store.federation.routes('origin', ['unpaid'], 50)) {
      const owed = JSON.parse(route.detail ?? '{}') as { chargeMinor?: number; state?: string };
      if (typeof owed.chargeMinor !== 'number' || !route.localJobId) continue;
      const billed = await this.billOrigin(route, { globalId: route.globalId, state: owed.state ?? 'succeeded', chargeMinor: owed.chargeMinor });
      if (billed?.billedMinor === undefined) continue;
      const now = clock.now();
      await store.federation.updateRoute(route.globalId, { state: owed.state ?? 'succeeded', detail: `paid late: ${String(billed.billed)}` }, now);
      const job = await store.jobs.get(route.localJobId);
      const { unpaid: _u, unpaidMinor: _m, reason: _r, ...explanation } = (job?.explanation ?? {}) as Record<string, unknown>;
      await store.jobs.noteRouted(route.localJobId, { explanation: { ...explanation, ...billed, paidLate: true } }, now, false);
      paid++;
    }
    return paid;
  }

  /** The routed jobs' bills this platform's tenants have not paid yet. */
  async unpaidBills(): Promise<{ count: number; amountMinor: number }> {
    let amountMinor = 0;
    const routes = await this.ctx.store.federation.routes('origin', ['unpaid'], 10_000);
    for (const r of routes) {
      const owed = JSON.parse(r.detail ?? '{}') as { chargeMinor?: number };
      if (typeof owed.chargeMinor === 'number') amountMinor += billFor(owed.chargeMinor, this.ctx.settings.commissionBps);
    }
    return { count: routes.length, amountMinor };
  }
}
