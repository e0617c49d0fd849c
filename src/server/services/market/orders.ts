import type { z } from 'zod';
import { ConflictError, ForbiddenError, NotFoundError, PaymentRequiredError, ValidationError } from '../../../core/errors.js';
import { Accounts } from '../../../core/market/ledger.js';
import { LIVE_ORDER_STATES } from '../../../core/market/orders.js';
import type { OrderState, PriceMode } from '../../../core/market/orders.js';
import { holdFor } from '../../../core/market/rules.js';
import { formatYuan } from '../../../core/money.js';
import { checkJobAgainstNetwork, toJobSpec } from '../../../core/workload/job.js';
import type { JobSpec } from '../../../core/workload/job.js';
import type { Db } from '../../../store/db.js';
import type { OfferRecord, OrderRecord } from '../../../store/repositories/market.repository.js';
import type { OrderQuote, orderSchema } from '../../contract/market.js';
import { SYSTEM, actorName, dataCenterScope } from '../actor.js';
import type { Principal } from '../actor.js';
import { requestHash } from '../idempotency.js';
import type { Idempotency } from '../idempotency.js';
import { randomId } from '../ids.js';
import { meteredUntil } from '../job.service.js';
import { money } from '../ledger.service.js';
import type { Offers, OfferView } from './offers.js';
import type { LiveNetwork } from '../network.service.js';
import { DAY_MS, iso, isOpen } from './deps.js';
import type { MarketDeps } from './deps.js';
import type { Matching } from './matching.js';
import type { Metering } from './metering.js';
import type { OrderCreate, orderListQuerySchema } from './schemas.js';
import type { SpotAuction } from './spot.js';
import type { Supply } from './supply.js';

export type OrderView = z.output<typeof orderSchema>;

/** An order's terms, resolved from the request: what it buys, how, how much and for how long. */
interface Terms { offer?: OfferRecord; mode: PriceMode; units: number; durationS: number; requirement?: JobSpec; explanation?: unknown; reason?: string | undefined }

/** Buyers' orders: placed (bought outright or matched to a requirement), read, listed, cancelled, and ended. */
export class Orders {
  constructor(
    private readonly d: MarketDeps,
    private readonly supply: Supply,
    private readonly offers: Offers,
    private readonly matching: Matching,
    private readonly metering: Metering,
    private readonly spot: SpotAuction,
  ) {}

  private async tenantFor(who: Principal, named: string | undefined): Promise<string> {
    if (who.role === 'tenant-admin' || who.role === 'tenant-member') {
      if (named !== undefined && named !== who.tenantId) throw new ValidationError('request body', [{ path: 'tenant', message: `a tenant token orders for its own tenant ("${who.tenantId}") only` }]);
      return who.tenantId!;
    }
    if (who.role !== 'platform-admin') throw new ForbiddenError(`role ${who.role} cannot place orders`);
    if (named === undefined) throw new ValidationError('request body', [{ path: 'tenant', message: 'an admin must name the tenant the order is for' }]);
    if (!(await this.d.store.identity.getTenant(named))) throw new ValidationError('request body', [{ path: 'tenant', message: `unknown tenant "${named}"` }]);
    return named;
  }

  /**
   * Places an order. Bought outright or matched to a requirement, an
   * on-demand or reserved order is matched at once: its units are taken
   * from the offer and its most possible cost is held from the buyer's
   * balance (402 with the shortfall when it is not there). A spot order is
   * a bid that the offer's auction decides. With an Idempotency-Key, a retry
   * returns the same order.
   */
  async create(b: OrderCreate, who: Principal, idem?: Idempotency): Promise<{ order: OrderView; created: boolean }> {
    const { store, network, clock, settings } = this.d;
    const key = idem?.key;
    const tenantId = await this.tenantFor(who, b.tenant);
    const bodyHash = idem?.hash ?? requestHash(b);
    if (key !== undefined) {
      const prior = await store.market.orderByKey(tenantId, key);
      if (prior) return { order: await this.replay(prior, bodyHash, key), created: false };
    }
    const live = await network.require();
    const now = clock.now();
    const available = await store.ledger.balance(Accounts.available(tenantId).id);
    if (available <= settings.minBalance) {
      throw new PaymentRequiredError(`the available balance (${formatYuan(available)} yuan) is at or below the minimum of ${formatYuan(settings.minBalance)} yuan: top up before ordering`, {
        context: { available: formatYuan(available), minimum: formatYuan(settings.minBalance), shortfall: formatYuan(settings.minBalance - available + 1), shortfallMinor: settings.minBalance - available + 1 }, expose: true,
      });
    }
    const t = await this.terms(b, who, live, now);
    const { offer, mode } = t;
    const id = `ord_${randomId()}`;
    // An order that may wait (a spot bid, or a requirement nobody matches yet) expires: by default a spot bid after a day.
    const waitMs = b.waitS !== undefined ? b.waitS * 1000 : mode === 'spot' ? DAY_MS : 0;
    const expiresAt = offer && mode !== 'spot' ? undefined : now + waitMs;
    const out = await store.db.transaction(async (tx) => {
      const made = await store.market.createOrder({
        id, tenantId, mode, class: offer?.class ?? t.requirement!.class, units: t.units, durationS: t.durationS, bodyHash,
        ...(key !== undefined && { idempotencyKey: key }), ...(mode === 'spot' && { price: b.bid! }),
        ...(t.requirement && { requirement: b.requirement as unknown as Record<string, unknown> }), ...(t.explanation !== undefined && { explanation: t.explanation }),
        ...(expiresAt !== undefined && { expiresAt }), ...(offer && { offerId: offer.id, dataCenterId: offer.dataCenterId, poolId: offer.poolId }),
        ...(!offer && { reason: 'waiting: no offer matches yet' }),
      }, now, tx);
      if (!made.created) return made;
      await store.audit.append([{ at: now, actor: actorName(who), action: 'order.create', target: id, source: who.source, detail: { tenant: tenantId, mode, units: t.units, durationS: t.durationS, ...(offer && { offer: offer.id }) } }], tx);
      if (offer && mode !== 'spot') {
        await this.fill(made.order, offer, who, now, tx);
        await this.spot.clearPool(offer.dataCenterId, offer.poolId, live, tx);
      }
      if (offer && mode === 'spot') await this.spot.clear(offer.id, live, tx);
      return { order: (await store.market.order(id, tx))!, created: true };
    });
    if (!out.created) return { order: await this.replay(out.order, bodyHash, key!), created: false };
    return { order: await this.view(out.order), created: true };
  }

  /**
   * What an order would buy, without buying it: the offer (named, or the
   * engine's match for a requirement), the most it can cost, and whether the
   * balance covers it. The same checks as placing it, so a quote that
   * answers is an order that can be placed; nothing is stored.
   */
  async quote(b: OrderCreate, who: Principal): Promise<OrderQuote> {
    const { store, network, clock, settings } = this.d;
    const tenantId = await this.tenantFor(who, b.tenant);
    const live = await network.require();
    const t = await this.terms(b, who, live, clock.now(), true);
    const available = await store.ledger.balance(Accounts.available(tenantId).id);
    const price = t.mode === 'spot' ? b.bid : t.offer?.price;
    const estimate = t.offer && price !== undefined ? holdFor(price, t.units, t.durationS) : undefined;
    let offer: OfferView | null = null;
    if (t.offer) offer = await this.offers.view(t.offer, live, t.requirement ? live.net.latencyRow(t.requirement.origin)[live.net.dcIndex.get(t.offer.dataCenterId)!] : undefined);
    return {
      mode: t.mode, class: t.offer?.class ?? t.requirement!.class, units: t.units, durationS: t.durationS, offer,
      ...(!t.offer && { reason: t.reason ?? 'no offer matches now' }),
      estimate: estimate !== undefined ? money(estimate) : null, available: money(available),
      affordable: estimate !== undefined && available - estimate > settings.minBalance,
      ...(t.explanation !== undefined && { explanation: t.explanation }),
    };
  }

  /** What an order buys: the offer named, or the one the engine matches to the requirement; refused with the field at fault. */
  private async terms(b: OrderCreate, who: Principal, live: LiveNetwork, now: number, quoting = false): Promise<Terms> {
    let t: Terms;
    if (b.offer !== undefined) {
      const offer = await this.d.store.market.offer(b.offer);
      if (!offer || !this.offers.mayBrowse(offer, who, true)) throw new NotFoundError(`offer "${b.offer}" not found`);
      if (!isOpen(offer, now)) throw new ConflictError(`offer "${offer.id}" is ${offer.state !== 'active' ? offer.state : offer.validTo <= now ? 'expired' : 'not open yet'}`);
      if (offer.mode === 'reserved' && b.durationS !== undefined && b.durationS !== offer.termS) throw new ValidationError('request body', [{ path: 'durationS', message: `a reserved offer is bought for its term of ${offer.termS} s` }]);
      if (offer.mode !== 'reserved' && b.durationS === undefined) throw new ValidationError('request body', [{ path: 'durationS', message: 'how long do you need the units, in seconds?' }]);
      t = { offer, mode: offer.mode, units: b.units!, durationS: offer.mode === 'reserved' ? offer.termS! : b.durationS! };
    } else {
      const requirement = toJobSpec({ ...b.requirement!, id: 'requirement', submitAt: 0 });
      const { errors } = checkJobAgainstNetwork(requirement, live.net, live.provinces);
      if (errors.length > 0) throw new ValidationError('request body', errors.map((e) => ({ ...e, path: `requirement.${e.path}` })));
      t = { mode: b.mode ?? 'on-demand', units: requirement.units, durationS: Math.ceil(requirement.durationS), requirement };
    }
    if (t.mode === 'spot') {
      if (b.bid === undefined) throw new ValidationError('request body', [{ path: 'bid', message: 'a spot order needs a bid per unit-hour' }]);
      if (t.offer && b.bid < t.offer.price) throw new ValidationError('request body', [{ path: 'bid', message: `is below the offer's floor of ${formatYuan(t.offer.price)} yuan` }]);
    } else if (b.bid !== undefined) {
      throw new ValidationError('request body', [{ path: 'bid', message: 'only spot orders bid' }]);
    }
    if (t.offer && t.mode !== 'spot') {
      const left = await this.supply.available(t.offer, live);
      if (t.units > left) throw new ConflictError(`offer "${t.offer.id}" has ${left} units left; ${t.units} were asked for`, { context: { available: left }, expose: true });
    }
    if (t.offer && t.mode === 'spot') {
      const capacity = await this.supply.spotCapacity(t.offer, live, this.d.store.db);
      if (t.units > capacity) throw new ConflictError(`offer "${t.offer.id}" can never hold ${t.units} units (its spot capacity is ${capacity})`);
    }
    if (t.requirement) {
      const m = await this.matching.match(t.requirement, t.mode, b.bid, live);
      if (m.offer) {
        t.offer = m.offer;
        if (t.mode === 'reserved') t.durationS = m.offer.termS!;
      } else if (quoting) {
        t.reason = m.reason;
      } else if (!b.waitS) {
        throw new ConflictError(`no offer matches the requirement: ${m.reason}`, { context: { explanation: m.explanation }, expose: true });
      }
      t.explanation = m.explanation;
    }
    return t;
  }

  private async replay(prior: OrderRecord, bodyHash: string, key: string): Promise<OrderView> {
    if (prior.bodyHash !== bodyHash) throw new ConflictError(`Idempotency-Key "${key}" was already used for order ${prior.id} with a different body`, { context: { order: prior.id }, expose: true });
    return this.view(prior);
  }

  /** Matches an on-demand or reserved order to `offer`: takes the units, holds the money; a reserved term is paid at once. */
  async fill(order: OrderRecord, offer: OfferRecord, who: Principal, now: number, tx: Db): Promise<void> {
    const { store } = this.d;
    if (!(await store.market.takeUnits(offer.id, order.units, tx))) {
      throw new ConflictError(`offer "${offer.id}" has fewer than ${order.units} units left`, { context: { offer: offer.id }, expose: true });
    }
    const hold = holdFor(offer.price, order.units, order.durationS);
    await this.metering.hold(who, order, hold, tx);
    await store.market.update(order.id, {
      from: ['open'], to: 'matched', reason: `matched to offer ${offer.id} in ${offer.dataCenterId} (${offer.poolId})`, heldDelta: hold,
      set: { offerId: offer.id, dataCenterId: offer.dataCenterId, poolId: offer.poolId, price: offer.price, matchedAt: now, endsAt: now + order.durationS * 1000 },
    }, now, tx);
    if (order.mode === 'reserved') await this.metering.capture((await store.market.order(order.id, tx))!, hold, tx, 'the reserved term');
  }

  /**
   * Ends a live order (completed, cancelled, or back to open when a spot
   * order is preempted): stops its jobs, captures its use, releases the
   * rest of the hold and gives its units back to the offer.
   */
  async settle(orderId: string, to: OrderState, reason: string, live: LiveNetwork, tx: Db): Promise<boolean> {
    const { store, clock } = this.d;
    const now = clock.now();
    const first = await store.market.order(orderId, tx);
    if (!first) return false;
    if (first.offerId) await store.market.lockOffer(first.offerId, tx);
    await store.market.lockOrder(orderId, tx);
    const o = (await store.market.order(orderId, tx))!;
    if (o.state === 'open') return store.market.update(o.id, { from: ['open'], to, reason }, now, tx);
    if (!LIVE_ORDER_STATES.includes(o.state)) return false;
    const jobs = await store.jobs.ofOrder(o.id, ['pending', 'placed', 'running'], tx);
    await store.jobs.transition(jobs.map((j) => ({ id: j.id, from: [j.state], to: 'cancelled' as const, reason: `order ${o.id}: ${reason}`, ...meteredUntil(j, now) })), now, tx);
    await this.metering.meter(o.id, tx);
    const after = (await store.market.order(o.id, tx))!;
    if (after.held > 0) {
      await this.d.ledger.post(SYSTEM, { kind: 'release', target: o.id, orderId: o.id, memo: reason, postings: [{ account: Accounts.held(o.tenantId), amount: -after.held }, { account: Accounts.available(o.tenantId), amount: after.held }] }, tx);
    }
    await store.market.update(o.id, { from: LIVE_ORDER_STATES, to, reason, heldDelta: -after.held, preemptAt: null }, now, tx);
    if (o.mode !== 'spot' && o.offerId) {
      await store.market.returnUnits(o.offerId, o.units, tx);
      await this.spot.clearPool(o.dataCenterId!, o.poolId!, live, tx);
    }
    return true;
  }

  async cancel(id: string, who: Principal): Promise<OrderView> {
    const { store, network, clock } = this.d;
    const o = await this.visible(id, who);
    if (who.role !== 'platform-admin' && who.role !== 'tenant-admin' && who.role !== 'tenant-member') throw new ForbiddenError(`role ${who.role} cannot cancel orders`);
    if (o.state === 'cancelled') return this.view(o);
    const now = clock.now();
    const live = await network.require();
    const done = await store.db.transaction(async (tx) => {
      const ok = await this.settle(id, 'cancelled', 'cancelled by the buyer', live, tx);
      if (ok) await store.audit.append([{ at: now, actor: actorName(who), action: 'order.cancel', target: id, source: who.source }], tx);
      if (ok && o.mode === 'spot' && o.offerId) await this.spot.clear(o.offerId, live, tx);
      return ok;
    });
    const after = (await store.market.order(id))!;
    if (!done) throw new ConflictError(`order "${id}" is ${after.state} and can no longer be cancelled`);
    return this.view(after);
  }

  private async visible(id: string, who: Principal): Promise<OrderRecord> {
    const o = await this.d.store.market.order(id);
    const scope = dataCenterScope(who);
    const visible = o && (who.role === 'platform-admin' || who.role === 'regulator'
      || ((who.role === 'tenant-admin' || who.role === 'tenant-member') && o.tenantId === who.tenantId)
      || (scope !== undefined && o.dataCenterId !== undefined && scope.includes(o.dataCenterId)));
    if (!o || !visible) throw new NotFoundError(`order "${id}" not found`);
    return o;
  }

  async get(id: string, who: Principal): Promise<OrderView & { events: { state: OrderState; at: string; reason?: string }[]; transactions: unknown[] }> {
    const o = await this.visible(id, who);
    const events = (await this.d.store.market.events(id)).map((e) => ({ ...e, at: new Date(e.at).toISOString() }));
    const txs = await this.d.store.ledger.transactions({ orderId: id, limit: 1000 });
    return {
      ...(await this.view(o)), events,
      transactions: txs.map((t) => ({ id: t.id, kind: t.kind, at: new Date(t.at).toISOString(), postings: t.postings.map((p) => ({ account: p.account, amount: formatYuan(p.amount), amountMinor: p.amount })) })),
    };
  }

  async list(q: z.output<typeof orderListQuerySchema>, who: Principal): Promise<{ orders: OrderView[]; nextCursor: string | null }> {
    const tenantScope = who.role === 'tenant-admin' || who.role === 'tenant-member' ? who.tenantId : undefined;
    if (tenantScope !== undefined && q.tenant !== undefined && q.tenant !== tenantScope) return { orders: [], nextCursor: null };
    const scope = dataCenterScope(who);
    const rows = await this.d.store.market.orders({
      ...((tenantScope ?? q.tenant) !== undefined && { tenantId: (tenantScope ?? q.tenant)! }), ...(q.state && { state: q.state }),
      ...(scope && { dataCenters: scope }), ...(q.cursor && { before: Number(q.cursor) }), limit: q.limit + 1,
    });
    const page = rows.slice(0, q.limit);
    return { orders: await Promise.all(page.map((o) => this.view(o))), nextCursor: rows.length > q.limit ? String(page.at(-1)!.seq) : null };
  }

  async view(o: OrderRecord): Promise<OrderView> {
    return {
      id: o.id, tenant: o.tenantId, mode: o.mode, state: o.state, ...(o.reason !== undefined && { reason: o.reason }),
      offers: o.offerId ? [{ id: o.offerId, dataCenter: o.dataCenterId!, pool: o.poolId!, units: o.units }] : [],
      class: o.class, units: o.units, durationS: o.durationS,
      ...(o.price !== undefined && { price: formatYuan(o.price), priceMinor: o.price }),
      held: money(o.held), captured: money(o.captured), usage: { unitSeconds: o.unitSeconds },
      ...(o.requirement !== undefined && { requirement: o.requirement }), ...(o.explanation !== undefined && { explanation: o.explanation }),
      ...(o.matchedAt !== undefined && { matchedAt: iso(o.matchedAt)! }), ...(o.endsAt !== undefined && { endsAt: iso(o.endsAt)! }),
      ...(o.expiresAt !== undefined && o.state === 'open' && { expiresAt: iso(o.expiresAt)! }), ...(o.preemptAt !== undefined && { preemptAt: iso(o.preemptAt)! }),
      createdAt: iso(o.createdAt)!, updatedAt: iso(o.updatedAt)!,
    };
  }

  /** Whether a job may run under an order: why not, or undefined when it may. */
  async checkJob(orderId: string, tenantId: string, job: JobSpec): Promise<string | undefined> {
    const o = await this.d.store.market.order(orderId);
    if (!o || o.tenantId !== tenantId) return `unknown order "${orderId}"`;
    if (!LIVE_ORDER_STATES.includes(o.state)) return `order ${orderId} is ${o.state}; jobs run under matched or active orders`;
    if (o.class !== job.class) return `order ${orderId} is for ${o.class} computing, the job is ${job.class}`;
    if (job.units > o.units) return `order ${orderId} holds ${o.units} units; the job needs ${job.units}`;
    const live = await this.d.network.require();
    const pool = live.dataCenters.get(o.dataCenterId!)?.pools.find((p) => p.id === o.poolId);
    if (job.models && pool && !job.models.includes(pool.model)) return `order ${orderId} is for ${pool.model}; the job accepts ${job.models.join(', ')}`;
    return undefined;
  }
}
