import { z } from 'zod';
import type { Clock } from '../../core/clock.js';
import { ConflictError, ForbiddenError, NotFoundError, PaymentRequiredError, ValidationError } from '../../core/errors.js';
import { Accounts } from '../../core/market/ledger.js';
import { OfferMarket, effectivePrice } from '../../core/market/matching.js';
import type { OfferForMatch } from '../../core/market/matching.js';
import { LIVE_ORDER_STATES, ORDER_STATES, PRICE_MODES, clearSpot } from '../../core/market/orders.js';
import type { OrderState, PriceMode } from '../../core/market/orders.js';
import { chargeFor, holdFor, splitCapture } from '../../core/market/rules.js';
import { formatYuan } from '../../core/money.js';
import { LATENCY_CLASSES } from '../../core/network/latency.js';
import type { Pool } from '../../core/network/model.js';
import { idSchema } from '../../core/network/scenario.schema.js';
import { checkJobAgainstNetwork, jobFieldsSchema, requireLatency, toJobSpec } from '../../core/workload/job.js';
import type { JobSpec } from '../../core/workload/job.js';
import type { Db } from '../../store/db.js';
import type { OfferRecord, OrderRecord } from '../../store/repositories/market.repository.js';
import type { Store } from '../../store/store.js';
import { SYSTEM, actorName, dataCenterScope } from './actor.js';
import type { Principal } from './actor.js';
import { requestHash } from './idempotency.js';
import type { Idempotency } from './idempotency.js';
import type { offerSchema, orderSchema } from '../contract/market.js';
import { randomId } from './ids.js';
import { amountSchema, money } from './ledger.service.js';
import type { LedgerService } from './ledger.service.js';
import { meteredUntil } from './job.service.js';
import type { LiveNetwork, NetworkService } from './network.service.js';

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

const time = z.union([z.number().int().min(0).max(1e14), z.string().max(40)], { message: 'must be a time: ISO 8601 text or epoch milliseconds' })
  .transform((v, ctx) => {
    const ms = typeof v === 'number' ? v : Date.parse(v);
    if (Number.isNaN(ms)) {
      ctx.addIssue({ code: 'custom', message: `"${v}" is not a date or time (use ISO 8601)` });
      return z.NEVER;
    }
    return ms;
  });

const units = z.number().int({ message: 'must be a whole number' }).min(1, { message: 'must be at least 1' }).max(1e9);

export const offerCreateSchema = z.strictObject({
  dataCenter: idSchema,
  pool: idSchema,
  mode: z.enum(PRICE_MODES, { message: `must be one of ${PRICE_MODES.join(', ')}` }),
  price: amountSchema('Per unit-hour; for spot, the floor price bids must reach.'),
  quantity: units.describe('Units for sale.'),
  termS: z.number().int({ message: 'must be a whole number of seconds' }).min(3600, { message: 'must be at least 3600 (one hour)' }).max(5 * 366 * 86_400).optional()
    .describe('Reserved offers only: the length of the term a buyer commits to, seconds (e.g. 2592000 for 30 days).'),
  validFrom: time.optional().describe('When the offer opens (default now).'),
  validTo: time.optional().describe('When it closes (default 30 days after it opens).'),
}).superRefine((o, ctx) => {
  if (o.mode === 'reserved' && o.termS === undefined) ctx.addIssue({ code: 'custom', path: ['termS'], message: 'a reserved offer needs its term' });
  if (o.mode !== 'reserved' && o.termS !== undefined) ctx.addIssue({ code: 'custom', path: ['termS'], message: 'only reserved offers have a term' });
});

export const offerPatchSchema = z.strictObject({
  price: amountSchema('New posted price; orders already bought keep theirs.').optional(),
  quantity: units.optional(),
  validTo: time.optional(),
  state: z.literal('withdrawn', { message: 'can only become withdrawn' }).optional(),
}).describe('What an operator may change on its offer.');

const num = (what: string) => z.coerce.number({ message: `must be ${what}` });

export const offerSearchSchema = z.strictObject({
  class: z.enum(['general', 'intelligent', 'super'], { message: 'must be one of general, intelligent, super' }).optional().describe('Computing power class.'),
  model: z.string().min(1).max(128).optional().describe('Hardware model, e.g. A100.'),
  mode: z.enum(PRICE_MODES, { message: `must be one of ${PRICE_MODES.join(', ')}` }).optional().describe('How it is sold.'),
  hub: z.string().min(1).max(128).optional().describe('Only offers in this hub.'),
  province: z.string().min(1).max(128).optional().describe('Only offers in this province.'),
  dataCenter: z.string().min(1).max(128).optional().describe('Only offers of this data center.'),
  maxPrice: amountSchema('Highest price per unit-hour.').optional(),
  minGreenShare: num('a number between 0 and 1').min(0, { message: 'must be between 0 and 1' }).max(1, { message: 'must be between 0 and 1' }).optional().describe('Only data centers with at least this share of green power.'),
  origin: z.string().min(1).max(128).optional().describe('Show the latency from this origin; needed to sort or filter by latency.'),
  maxLatencyMs: num('a number of milliseconds').min(0, { message: 'must not be negative' }).max(1e6).optional().describe('Only offers within this round-trip latency of origin.'),
  latency: z.enum(LATENCY_CLASSES, { message: `must be one of ${LATENCY_CLASSES.join(', ')}` }).optional().describe('Only offers within this latency class\'s bound of origin.'),
  sort: z.enum(['price', 'latency', 'greenShare'], { message: 'must be price, latency or greenShare' }).default('price').describe('Order of the results: cheapest, nearest or greenest first.'),
  all: z.enum(['true', 'false'], { message: 'must be true or false' }).optional().describe('Operators and admins: include withdrawn and expired offers.'),
  cursor: z.string().regex(/^\d{1,9}$/, { message: 'must be a cursor returned by a previous page' }).optional().describe('The nextCursor of the previous page.'),
  limit: num('a number').int({ message: 'must be a whole number' }).min(1, { message: 'must be between 1 and 500' }).max(500, { message: 'must be between 1 and 500' }).default(50).describe('Offers per page.'),
});

/** A requirement: the job fields the placement engine matches offers against. */
const requirementSchema = jobFieldsSchema.omit({ id: true, submitAt: true, tenant: true }).superRefine(requireLatency);

export const orderCreateSchema = z.strictObject({
  tenant: idSchema.optional().describe('Admins only: the tenant the order is for.'),
  offer: idSchema.optional().describe('Buy this offer; give units (and durationS unless it is reserved).'),
  units: units.optional(),
  durationS: z.number().int({ message: 'must be a whole number of seconds' }).min(60, { message: 'must be at least 60' }).max(5 * 366 * 86_400).optional(),
  requirement: requirementSchema.optional().describe('Or state what you need and let the platform pick the best offer with the placement engine.'),
  mode: z.enum(PRICE_MODES, { message: `must be one of ${PRICE_MODES.join(', ')}` }).optional().describe('With a requirement: which kind of offer to buy (default on-demand).'),
  bid: amountSchema('Spot only: what you pay per unit-hour while you hold capacity.').optional(),
  waitS: z.number().int({ message: 'must be a whole number of seconds' }).min(0).max(30 * 86_400).optional()
    .describe('How long an order nobody can fill yet stays open (spot bids default to a day; a requirement without it is refused when nothing matches).'),
}).superRefine((o, ctx) => {
  if ((o.offer === undefined) === (o.requirement === undefined)) ctx.addIssue({ code: 'custom', path: ['offer'], message: 'give either offer or requirement' });
  if (o.offer !== undefined && o.units === undefined) ctx.addIssue({ code: 'custom', path: ['units'], message: 'how many units of the offer?' });
  if (o.requirement !== undefined && (o.units !== undefined || o.durationS !== undefined)) ctx.addIssue({ code: 'custom', path: ['units'], message: 'a requirement states units and durationS itself' });
  if (o.offer !== undefined && o.mode !== undefined) ctx.addIssue({ code: 'custom', path: ['mode'], message: 'an offer has its own mode' });
});

export type OrderCreate = z.output<typeof orderCreateSchema>;

export const orderListQuerySchema = z.strictObject({
  state: z.enum(ORDER_STATES, { message: `must be one of ${ORDER_STATES.join(', ')}` }).optional().describe('Only orders in this state.'),
  tenant: z.string().min(1).max(200).optional().describe('Only this tenant\'s orders (a tenant sees its own only).'),
  cursor: z.string().regex(/^\d{1,15}$/, { message: 'must be a cursor returned by a previous page' }).optional().describe('The nextCursor of the previous page.'),
  limit: num('a number').int({ message: 'must be a whole number' }).min(1, { message: 'must be between 1 and 500' }).max(500, { message: 'must be between 1 and 500' }).default(50).describe('Orders per page.'),
});


const iso = (ms: number | undefined): string | undefined => (ms === undefined ? undefined : new Date(ms).toISOString());
const DAY_MS = 86_400_000;

/**
 * The computing power market: operators' offers, buyers' orders (bought
 * outright or matched to a requirement by the placement engine), spot
 * auctions with preemption, and the money of each order: held when it is
 * matched, captured from metered use, released when it ends. Every money
 * movement goes through the ledger in the same database transaction as the
 * order change it belongs to.
 */
export class MarketService {
  constructor(
    private readonly store: Store,
    private readonly network: NetworkService,
    private readonly ledger: LedgerService,
    private readonly clock: Clock,
    readonly settings: MarketSettings,
  ) {}

  // ---- offers -------------------------------------------------------------

  async createOffer(b: z.output<typeof offerCreateSchema>, who: Principal): Promise<OfferView> {
    const scope = dataCenterScope(who);
    if (scope && !scope.includes(b.dataCenter)) throw new ForbiddenError(`this token may publish offers of ${scope.join(', ') || 'no data center'} only`);
    const live = await this.network.require();
    const pool = poolOf(live, b.dataCenter, b.pool);
    if (b.quantity > pool.units) throw new ValidationError('request body', [{ path: 'quantity', message: `pool ${pool.key} has ${pool.units} units; an offer cannot sell more` }]);
    const now = this.clock.now();
    const validFrom = b.validFrom ?? now;
    const validTo = b.validTo ?? validFrom + 30 * DAY_MS;
    if (validTo <= validFrom) throw new ValidationError('request body', [{ path: 'validTo', message: 'must be after validFrom' }]);
    if (validTo <= now) throw new ValidationError('request body', [{ path: 'validTo', message: 'is in the past' }]);
    const offer = await this.store.db.transaction(async (tx) => {
      const o = await this.store.market.createOffer({
        id: `off_${randomId()}`, dataCenterId: b.dataCenter, poolId: b.pool, class: pool.class, model: pool.model, mode: b.mode, price: b.price, quantity: b.quantity,
        ...(b.termS !== undefined && { termS: b.termS }), validFrom, validTo, createdBy: actorName(who), createdAt: now,
      }, tx);
      await this.store.audit.append([{ at: now, actor: actorName(who), action: 'offer.create', target: o.id, source: who.source, detail: { dataCenter: o.dataCenterId, pool: o.poolId, mode: o.mode, price: formatYuan(o.price), quantity: o.quantity } }], tx);
      return o;
    });
    return this.offerView(offer, live);
  }

  async patchOffer(id: string, b: z.output<typeof offerPatchSchema>, who: Principal): Promise<OfferView> {
    const offer = await this.store.market.offer(id);
    const scope = dataCenterScope(who);
    if (!offer || (scope && !scope.includes(offer.dataCenterId))) throw new NotFoundError(`offer "${id}" not found`);
    const live = await this.network.require();
    if (b.quantity !== undefined) {
      const pool = poolOf(live, offer.dataCenterId, offer.poolId);
      if (b.quantity > pool.units) throw new ValidationError('request body', [{ path: 'quantity', message: `pool ${pool.key} has ${pool.units} units; an offer cannot sell more` }]);
      if (b.quantity < offer.sold) throw new ConflictError(`${offer.sold} units of offer "${id}" are sold to live orders; the quantity cannot go below that`);
    }
    if (b.validTo !== undefined && b.validTo <= offer.validFrom) throw new ValidationError('request body', [{ path: 'validTo', message: 'must be after validFrom' }]);
    const now = this.clock.now();
    await this.store.db.transaction(async (tx) => {
      const ok = await this.store.market.updateOffer(id, offer.version, {
        ...(b.price !== undefined && { price: b.price }), ...(b.quantity !== undefined && { quantity: b.quantity }),
        ...(b.validTo !== undefined && { validTo: b.validTo }), ...(b.state !== undefined && { state: b.state }),
      }, now, tx);
      if (!ok) throw new ConflictError(`offer "${id}" changed meanwhile (or more units were sold); read it again and retry`);
      await this.store.audit.append([{ at: now, actor: actorName(who), action: 'offer.update', target: id, source: who.source, detail: { ...b, ...(b.price !== undefined && { price: formatYuan(b.price) }) } }], tx);
    });
    // A spot offer's capacity or floor may have changed: clear it again now.
    if (offer.mode === 'spot') await this.store.db.transaction((tx) => this.auction(id, live, tx));
    return this.offerView((await this.store.market.offer(id))!, live);
  }

  async getOffer(id: string, who: Principal): Promise<OfferView> {
    const offer = await this.store.market.offer(id);
    if (!offer || !this.mayBrowse(offer, who, true)) throw new NotFoundError(`offer "${id}" not found`);
    return this.offerView(offer, await this.network.require());
  }

  /** Whether `who` may see an offer: buyers see open ones; operators their own in any state; admins all. */
  private mayBrowse(o: OfferRecord, who: Principal, includeClosed: boolean): boolean {
    const scope = dataCenterScope(who);
    if (scope) return scope.includes(o.dataCenterId);
    if (who.role === 'platform-admin' || who.role === 'regulator') return true;
    return includeClosed || this.isOpen(o, this.clock.now());
  }

  private isOpen(o: OfferRecord, now: number): boolean {
    return o.state === 'active' && o.validFrom <= now && o.validTo > now;
  }

  /** The catalogue: filter, sort by price, latency or green share, paginate. */
  async searchOffers(q: z.output<typeof offerSearchSchema>, who: Principal): Promise<{ offers: OfferView[]; nextCursor: string | null }> {
    const live = await this.network.require();
    if ((q.sort === 'latency' || q.maxLatencyMs !== undefined || q.latency !== undefined) && q.origin === undefined) {
      throw new ValidationError('query', [{ path: 'origin', message: 'latency is measured from an origin: give origin' }]);
    }
    if (q.origin !== undefined && !live.net.origins.has(q.origin)) throw new ValidationError('query', [{ path: 'origin', message: `unknown origin "${q.origin}"` }]);
    const now = this.clock.now();
    const seeAll = q.all === 'true' && who.role !== 'tenant-admin' && who.role !== 'tenant-member';
    const rows = await this.store.market.offers({
      ...(q.class && { class: q.class }), ...(q.model && { model: q.model }), ...(q.mode && { mode: q.mode }),
      ...(q.maxPrice !== undefined && { maxPrice: q.maxPrice }), ...(!seeAll && { validAt: now }),
      ...(q.dataCenter && { dataCenters: [q.dataCenter] }),
    });
    const bound = q.maxLatencyMs ?? (q.latency ? { realtime: 10, interactive: 20, batch: Number.POSITIVE_INFINITY }[q.latency] : undefined);
    const row = q.origin ? live.net.latencyRow(q.origin) : undefined;
    const views: OfferView[] = [];
    for (const o of rows) {
      if (!this.mayBrowse(o, who, seeAll)) continue;
      const dc = live.dataCenters.get(o.dataCenterId);
      if (!dc) continue;
      if (q.hub && dc.hubId !== q.hub) continue;
      if (q.province && dc.province !== q.province) continue;
      if (q.minGreenShare !== undefined && dc.greenShare < q.minGreenShare) continue;
      const latencyMs = row ? (row[live.net.dcIndex.get(dc.id)!] as number) : undefined;
      if (bound !== undefined && latencyMs !== undefined && latencyMs > bound) continue;
      views.push(await this.offerView(o, live, latencyMs));
    }
    const key: Record<string, (v: OfferView) => number> = { price: (v) => v.priceMinor, latency: (v) => v.latencyMs ?? 0, greenShare: (v) => -v.greenShare };
    views.sort((a, b) => key[q.sort]!(a) - key[q.sort]!(b) || (a.id < b.id ? -1 : 1));
    const start = q.cursor ? Number(q.cursor) : 0;
    const page = views.slice(start, start + q.limit);
    return { offers: page, nextCursor: start + q.limit < views.length ? String(start + q.limit) : null };
  }

  /** Units of an offer a buyer can have now: for spot, the capacity not taken by on-demand and reserved sales nor by winning bids. */
  private async available(o: OfferRecord, live: LiveNetwork, db: Db = this.store.db): Promise<number> {
    if (o.mode !== 'spot') return Math.max(0, o.quantity - o.sold);
    const won = (await this.store.market.orders({ offerId: o.id, states: LIVE_ORDER_STATES, limit: 100_000 }, db)).reduce((s, x) => s + x.units, 0);
    return Math.max(0, (await this.spotCapacity(o, live, db)) - won);
  }

  private async spotCapacity(o: OfferRecord, live: LiveNetwork, db: Db): Promise<number> {
    if (!this.isOpen(o, this.clock.now())) return 0;
    const pool = live.dataCenters.get(o.dataCenterId)?.pools.find((p) => p.id === o.poolId);
    if (!pool) return 0;
    return Math.max(0, Math.min(o.quantity, pool.units - (await this.store.market.soldOnPool(o.dataCenterId, o.poolId, db))));
  }

  private async offerView(o: OfferRecord, live: LiveNetwork, latencyMs?: number): Promise<OfferView> {
    const dc = live.dataCenters.get(o.dataCenterId);
    const pool = dc?.pools.find((p) => p.id === o.poolId);
    const now = this.clock.now();
    return {
      id: o.id, dataCenter: o.dataCenterId, pool: o.poolId, hub: dc?.hubId ?? '', province: dc?.province ?? '', class: o.class, model: o.model, mode: o.mode,
      price: formatYuan(o.price), priceMinor: o.price,
      ...(pool && { listPrice: formatYuan(pool.price), discountPct: pool.price > 0 ? Math.round((1 - o.price / pool.price) * 1000) / 10 : 0 }),
      quantity: o.quantity, sold: o.sold, available: await this.available(o, live),
      ...(o.termS !== undefined && { termS: o.termS }),
      validFrom: iso(o.validFrom)!, validTo: iso(o.validTo)!,
      state: o.state === 'withdrawn' ? 'withdrawn' : o.validTo <= now ? 'expired' : o.validFrom > now ? 'scheduled' : 'open',
      greenShare: dc?.greenShare ?? 0, pue: dc?.pue ?? 0, ...(latencyMs !== undefined && { latencyMs: Math.round(latencyMs * 100) / 100 }),
      version: o.version,
    };
  }

  // ---- orders -------------------------------------------------------------

  private async tenantFor(who: Principal, named: string | undefined): Promise<string> {
    if (who.role === 'tenant-admin' || who.role === 'tenant-member') {
      if (named !== undefined && named !== who.tenantId) throw new ValidationError('request body', [{ path: 'tenant', message: `a tenant token orders for its own tenant ("${who.tenantId}") only` }]);
      return who.tenantId!;
    }
    if (who.role !== 'platform-admin') throw new ForbiddenError(`role ${who.role} cannot place orders`);
    if (named === undefined) throw new ValidationError('request body', [{ path: 'tenant', message: 'an admin must name the tenant the order is for' }]);
    if (!(await this.store.identity.getTenant(named))) throw new ValidationError('request body', [{ path: 'tenant', message: `unknown tenant "${named}"` }]);
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
  async createOrder(b: OrderCreate, who: Principal, idem?: Idempotency): Promise<{ order: OrderView; created: boolean }> {
    const key = idem?.key;
    const tenantId = await this.tenantFor(who, b.tenant);
    const bodyHash = idem?.hash ?? requestHash(b);
    if (key !== undefined) {
      const prior = await this.store.market.orderByKey(tenantId, key);
      if (prior) return { order: await this.replay(prior, bodyHash, key), created: false };
    }
    const live = await this.network.require();
    const now = this.clock.now();
    const available = await this.store.ledger.balance(Accounts.available(tenantId).id);
    if (available <= this.settings.minBalance) {
      throw new PaymentRequiredError(`the available balance (${formatYuan(available)} yuan) is at or below the minimum of ${formatYuan(this.settings.minBalance)} yuan: top up before ordering`, {
        context: { available: formatYuan(available), minimum: formatYuan(this.settings.minBalance), shortfall: formatYuan(this.settings.minBalance - available + 1), shortfallMinor: this.settings.minBalance - available + 1 }, expose: true,
      });
    }
    let offer: OfferRecord | undefined;
    let mode: PriceMode;
    let orderUnits: number;
    let durationS: number;
    let requirement: JobSpec | undefined;
    let explanation: unknown;
    if (b.offer !== undefined) {
      offer = await this.store.market.offer(b.offer);
      if (!offer || !this.mayBrowse(offer, who, true)) throw new NotFoundError(`offer "${b.offer}" not found`);
      if (!this.isOpen(offer, now)) throw new ConflictError(`offer "${offer.id}" is ${offer.state === 'withdrawn' ? 'withdrawn' : offer.validTo <= now ? 'expired' : 'not open yet'}`);
      mode = offer.mode;
      orderUnits = b.units!;
      if (mode === 'reserved') {
        if (b.durationS !== undefined && b.durationS !== offer.termS) throw new ValidationError('request body', [{ path: 'durationS', message: `a reserved offer is bought for its term of ${offer.termS} s` }]);
        durationS = offer.termS!;
      } else {
        if (b.durationS === undefined) throw new ValidationError('request body', [{ path: 'durationS', message: 'how long do you need the units, in seconds?' }]);
        durationS = b.durationS;
      }
    } else {
      mode = b.mode ?? 'on-demand';
      const r = b.requirement!;
      requirement = toJobSpec({ ...r, id: 'requirement', submitAt: 0 });
      const { errors } = checkJobAgainstNetwork(requirement, live.net, live.provinces);
      if (errors.length > 0) throw new ValidationError('request body', errors.map((e) => ({ ...e, path: `requirement.${e.path}` })));
      orderUnits = requirement.units;
      durationS = Math.ceil(requirement.durationS);
    }
    if (mode === 'spot') {
      if (b.bid === undefined) throw new ValidationError('request body', [{ path: 'bid', message: 'a spot order needs a bid per unit-hour' }]);
      if (offer && b.bid < offer.price) throw new ValidationError('request body', [{ path: 'bid', message: `is below the offer's floor of ${formatYuan(offer.price)} yuan` }]);
    } else if (b.bid !== undefined) {
      throw new ValidationError('request body', [{ path: 'bid', message: 'only spot orders bid' }]);
    }
    if (offer && orderUnits > (await this.available(offer, live)) && mode !== 'spot') {
      throw new ConflictError(`offer "${offer.id}" has ${await this.available(offer, live)} units left; ${orderUnits} were asked for`, { context: { available: await this.available(offer, live) }, expose: true });
    }
    if (offer && mode === 'spot' && orderUnits > (await this.spotCapacity(offer, live, this.store.db))) {
      throw new ConflictError(`offer "${offer.id}" can never hold ${orderUnits} units (its spot capacity is ${await this.spotCapacity(offer, live, this.store.db)})`);
    }
    if (requirement) {
      const m = await this.matchRequirement(requirement, mode, b.bid, live);
      if (m.offer) {
        offer = m.offer;
        if (mode === 'reserved') durationS = offer.termS!;
      } else if (!b.waitS) {
        throw new ConflictError(`no offer matches the requirement: ${m.reason}`, { context: { explanation: m.explanation }, expose: true });
      }
      explanation = m.explanation;
    }
    const id = `ord_${randomId()}`;
    // An order that may wait (a spot bid, or a requirement nobody matches yet) expires: by default a spot bid after a day.
    const waitMs = b.waitS !== undefined ? b.waitS * 1000 : mode === 'spot' ? DAY_MS : 0;
    const expiresAt = offer && mode !== 'spot' ? undefined : now + waitMs;
    const out = await this.store.db.transaction(async (tx) => {
      const made = await this.store.market.createOrder({
        id, tenantId, mode, class: offer?.class ?? requirement!.class, units: orderUnits, durationS, bodyHash,
        ...(key !== undefined && { idempotencyKey: key }), ...(mode === 'spot' && { price: b.bid! }),
        ...(requirement && { requirement: b.requirement as unknown as Record<string, unknown> }), ...(explanation !== undefined && { explanation }),
        ...(expiresAt !== undefined && { expiresAt }), ...(offer && { offerId: offer.id, dataCenterId: offer.dataCenterId, poolId: offer.poolId }),
        ...(!offer && { reason: 'waiting: no offer matches yet' }),
      }, now, tx);
      if (!made.created) return made;
      await this.store.audit.append([{ at: now, actor: actorName(who), action: 'order.create', target: id, source: who.source, detail: { tenant: tenantId, mode, units: orderUnits, durationS, ...(offer && { offer: offer.id }) } }], tx);
      if (offer && mode !== 'spot') {
        await this.fill(made.order, offer, who, now, tx);
        await this.auctionPool(offer.dataCenterId, offer.poolId, live, tx);
      }
      if (offer && mode === 'spot') await this.auction(offer.id, live, tx);
      return { order: (await this.store.market.order(id, tx))!, created: true };
    });
    if (!out.created) return { order: await this.replay(out.order, bodyHash, key!), created: false };
    return { order: await this.orderView(out.order), created: true };
  }

  private async replay(prior: OrderRecord, bodyHash: string, key: string): Promise<OrderView> {
    if (prior.bodyHash !== bodyHash) throw new ConflictError(`Idempotency-Key "${key}" was already used for order ${prior.id} with a different body`, { context: { order: prior.id }, expose: true });
    return this.orderView(prior);
  }

  /** The best open offer of `mode` for a requirement, by the placement engine over the offers as pools. */
  private async matchRequirement(req: JobSpec, mode: PriceMode, bid: number | undefined, live: LiveNetwork, db: Db = this.store.db): Promise<{ offer?: OfferRecord; reason?: string; explanation?: unknown }> {
    const now = this.clock.now();
    const offers = await this.store.market.offers({ class: req.class, mode, validAt: now });
    const byId = new Map(offers.map((o) => [o.id, o]));
    const forMatch: OfferForMatch[] = [];
    for (const o of offers) {
      if (mode === 'spot' && bid !== undefined && o.price > bid) continue;
      if (mode === 'reserved' && (o.termS ?? 0) < req.durationS) continue;
      const avail = mode === 'spot' ? await this.spotCapacity(o, live, db) : await this.available(o, live, db);
      if (avail > 0) forMatch.push({ id: o.id, dataCenterId: o.dataCenterId, poolId: o.poolId, mode: o.mode, price: o.price, available: avail, ...(o.termS !== undefined && { termS: o.termS }) });
    }
    // A spot requirement ranks offers by the bid the buyer pays, not the floor; the engine's price check is against maxPrice.
    const m = new OfferMarket(live.scenario, forMatch, req.durationS).match(req);
    if (!m.match) return { reason: m.reason ?? 'no offer fits', ...(m.explanation && { explanation: m.explanation }) };
    return { offer: byId.get(m.match.offerId)!, explanation: { ...m.match.explanation, offer: m.match.offerId, effectivePrice: formatYuan(effectivePrice(byId.get(m.match.offerId)!, req.durationS)) } };
  }

  /** Matches an on-demand or reserved order to `offer`: takes the units, holds the money; a reserved term is paid at once. */
  private async fill(order: OrderRecord, offer: OfferRecord, who: Principal, now: number, tx: Db): Promise<void> {
    if (!(await this.store.market.takeUnits(offer.id, order.units, tx))) {
      throw new ConflictError(`offer "${offer.id}" has fewer than ${order.units} units left`, { context: { offer: offer.id }, expose: true });
    }
    const hold = holdFor(offer.price, order.units, order.durationS);
    await this.hold(who, order, hold, tx);
    await this.store.market.update(order.id, {
      from: ['open'], to: 'matched', reason: `matched to offer ${offer.id} in ${offer.dataCenterId} (${offer.poolId})`, heldDelta: hold,
      set: { offerId: offer.id, dataCenterId: offer.dataCenterId, poolId: offer.poolId, price: offer.price, matchedAt: now, endsAt: now + order.durationS * 1000 },
    }, now, tx);
    if (order.mode === 'reserved') await this.capture((await this.store.market.order(order.id, tx))!, hold, tx, 'the reserved term');
  }

  /**
   * Holds an order's most possible cost. The tenant's available balance must
   * stay above the minimum after it (at or below it, orders are refused):
   * enforced by the ledger's conditional update, so parallel orders cannot
   * pass it together.
   */
  private async hold(who: Principal, o: OrderRecord, amount: number, tx: Db): Promise<void> {
    const available = Accounts.available(o.tenantId);
    await this.ledger.post(who, {
      kind: 'hold', target: o.id, orderId: o.id, floors: { [available.id]: this.settings.minBalance + 1 },
      postings: [{ account: available, amount: -amount }, { account: Accounts.held(o.tenantId), amount }],
    }, tx);
  }

  /** Moves `amount` of an order's hold to the operator and the platform's commission. */
  private async capture(o: OrderRecord, amount: number, tx: Db, what: string): Promise<void> {
    if (amount <= 0) return;
    const due = o.captured + amount;
    const split = splitCapture(amount, this.settings.commissionBps);
    await this.ledger.post(SYSTEM, {
      kind: 'capture', target: o.id, orderId: o.id, key: `capture:${o.id}:${due}`, memo: what,
      postings: [
        { account: Accounts.held(o.tenantId), amount: -amount },
        { account: Accounts.operator(o.dataCenterId!), amount: split.operator },
        ...(split.commission > 0 ? [{ account: Accounts.commission(), amount: split.commission }] : []),
      ].filter((p) => p.amount !== 0),
    }, tx);
    await this.store.market.update(o.id, { from: LIVE_ORDER_STATES, capturedDelta: amount, heldDelta: -amount }, this.clock.now(), tx);
  }

  /**
   * Captures what an order's metered use costs so far: the charge on the
   * cumulative unit-seconds of its jobs, less what was captured before,
   * never more than the hold. The first use makes a matched order active.
   */
  async meter(orderId: string, db: Db = this.store.db): Promise<void> {
    await db.transaction(async (tx) => {
      await this.store.market.lockOrder(orderId, tx);
      const o = await this.store.market.order(orderId, tx);
      if (!o || !LIVE_ORDER_STATES.includes(o.state)) return;
      const used = await this.store.market.jobUnitSeconds(orderId, tx);
      const running = await this.store.market.jobUnitsHeld(orderId, tx);
      const now = this.clock.now();
      if (o.state === 'matched' && (used > 0 || running > 0)) await this.store.market.update(o.id, { from: ['matched'], to: 'active', reason: 'in use' }, now, tx);
      if (used !== o.unitSeconds) await this.store.market.update(o.id, { from: LIVE_ORDER_STATES, unitSeconds: used }, now, tx);
      if (o.mode === 'reserved') return;
      const due = Math.min(chargeFor(o.price!, used), o.captured + o.held);
      await this.capture(o, due - o.captured, tx, `${used} unit-seconds at ${formatYuan(o.price!)} yuan per unit-hour`);
    });
  }

  /**
   * Ends a live order (completed, cancelled, or back to open when a spot
   * order is preempted): stops its jobs, captures its use, releases the
   * rest of the hold and gives its units back to the offer.
   */
  private async settle(orderId: string, to: OrderState, reason: string, live: LiveNetwork, tx: Db): Promise<boolean> {
    const now = this.clock.now();
    const first = await this.store.market.order(orderId, tx);
    if (!first) return false;
    if (first.offerId) await this.store.market.lockOffer(first.offerId, tx);
    await this.store.market.lockOrder(orderId, tx);
    const o = (await this.store.market.order(orderId, tx))!;
    if (o.state === 'open') {
      return this.store.market.update(o.id, { from: ['open'], to, reason }, now, tx);
    }
    if (!LIVE_ORDER_STATES.includes(o.state)) return false;
    const jobs = await this.store.jobs.ofOrder(o.id, ['pending', 'placed', 'running'], tx);
    await this.store.jobs.transition(jobs.map((j) => ({ id: j.id, from: [j.state], to: 'cancelled' as const, reason: `order ${o.id}: ${reason}`, ...meteredUntil(j, now) })), now, tx);
    await this.meter(o.id, tx);
    const after = (await this.store.market.order(o.id, tx))!;
    if (after.held > 0) {
      await this.ledger.post(SYSTEM, { kind: 'release', target: o.id, orderId: o.id, memo: reason, postings: [{ account: Accounts.held(o.tenantId), amount: -after.held }, { account: Accounts.available(o.tenantId), amount: after.held }] }, tx);
    }
    await this.store.market.update(o.id, { from: LIVE_ORDER_STATES, to, reason, heldDelta: -after.held, preemptAt: null }, now, tx);
    if (o.mode !== 'spot' && o.offerId) {
      await this.store.market.returnUnits(o.offerId, o.units, tx);
      await this.auctionPool(o.dataCenterId!, o.poolId!, live, tx);
    }
    return true;
  }

  async cancelOrder(id: string, who: Principal): Promise<OrderView> {
    const o = await this.visibleOrder(id, who);
    if (who.role !== 'platform-admin' && who.role !== 'tenant-admin' && who.role !== 'tenant-member') throw new ForbiddenError(`role ${who.role} cannot cancel orders`);
    if (o.state === 'cancelled') return this.orderView(o);
    const now = this.clock.now();
    const live = await this.network.require();
    const done = await this.store.db.transaction(async (tx) => {
      const ok = await this.settle(id, 'cancelled', 'cancelled by the buyer', live, tx);
      if (ok) await this.store.audit.append([{ at: now, actor: actorName(who), action: 'order.cancel', target: id, source: who.source }], tx);
      if (ok && o.mode === 'spot' && o.offerId) await this.auction(o.offerId, live, tx);
      return ok;
    });
    const after = (await this.store.market.order(id))!;
    if (!done) throw new ConflictError(`order "${id}" is ${after.state} and can no longer be cancelled`);
    return this.orderView(after);
  }

  private async visibleOrder(id: string, who: Principal): Promise<OrderRecord> {
    const o = await this.store.market.order(id);
    const scope = dataCenterScope(who);
    const visible = o && (who.role === 'platform-admin' || who.role === 'regulator'
      || ((who.role === 'tenant-admin' || who.role === 'tenant-member') && o.tenantId === who.tenantId)
      || (scope !== undefined && o.dataCenterId !== undefined && scope.includes(o.dataCenterId)));
    if (!o || !visible) throw new NotFoundError(`order "${id}" not found`);
    return o;
  }

  async getOrder(id: string, who: Principal): Promise<OrderView & { events: { state: OrderState; at: string; reason?: string }[]; transactions: unknown[] }> {
    const o = await this.visibleOrder(id, who);
    const events = (await this.store.market.events(id)).map((e) => ({ ...e, at: new Date(e.at).toISOString() }));
    const txs = await this.store.ledger.transactions({ orderId: id, limit: 1000 });
    return {
      ...(await this.orderView(o)), events,
      transactions: txs.map((t) => ({ id: t.id, kind: t.kind, at: new Date(t.at).toISOString(), postings: t.postings.map((p) => ({ account: p.account, amount: formatYuan(p.amount), amountMinor: p.amount })) })),
    };
  }

  async listOrders(q: z.output<typeof orderListQuerySchema>, who: Principal): Promise<{ orders: OrderView[]; nextCursor: string | null }> {
    const tenantScope = who.role === 'tenant-admin' || who.role === 'tenant-member' ? who.tenantId : undefined;
    if (tenantScope !== undefined && q.tenant !== undefined && q.tenant !== tenantScope) return { orders: [], nextCursor: null };
    const scope = dataCenterScope(who);
    const rows = await this.store.market.orders({
      ...((tenantScope ?? q.tenant) !== undefined && { tenantId: (tenantScope ?? q.tenant)! }), ...(q.state && { state: q.state }),
      ...(scope && { dataCenters: scope }), ...(q.cursor && { before: Number(q.cursor) }), limit: q.limit + 1,
    });
    const page = rows.slice(0, q.limit);
    return { orders: await Promise.all(page.map((o) => this.orderView(o))), nextCursor: rows.length > q.limit ? String(page.at(-1)!.seq) : null };
  }

  private async orderView(o: OrderRecord): Promise<OrderView> {
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
  async checkJobOrder(orderId: string, tenantId: string, job: JobSpec): Promise<string | undefined> {
    const o = await this.store.market.order(orderId);
    if (!o || o.tenantId !== tenantId) return `unknown order "${orderId}"`;
    if (!LIVE_ORDER_STATES.includes(o.state)) return `order ${orderId} is ${o.state}; jobs run under matched or active orders`;
    if (o.class !== job.class) return `order ${orderId} is for ${o.class} computing, the job is ${job.class}`;
    if (job.units > o.units) return `order ${orderId} holds ${o.units} units; the job needs ${job.units}`;
    const live = await this.network.require();
    const pool = live.dataCenters.get(o.dataCenterId!)?.pools.find((p) => p.id === o.poolId);
    if (job.models && pool && !job.models.includes(pool.model)) return `order ${orderId} is for ${pool.model}; the job accepts ${job.models.join(', ')}`;
    return undefined;
  }

  // ---- spot ---------------------------------------------------------------

  /** Clears the spot offers of a pool whose on-demand or reserved sales changed. */
  private async auctionPool(dataCenterId: string, poolId: string, live: LiveNetwork, tx: Db): Promise<void> {
    for (const o of await this.store.market.offers({ dataCenters: [dataCenterId], mode: 'spot', state: 'active' }, tx)) {
      if (o.poolId === poolId) await this.auction(o.id, live, tx);
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
  async auction(offerId: string, live: LiveNetwork, tx: Db): Promise<void> {
    await this.store.market.lockOffer(offerId, tx);
    const offer = await this.store.market.offer(offerId, tx);
    if (!offer || offer.mode !== 'spot') return;
    const now = this.clock.now();
    const capacity = await this.spotCapacity(offer, live, tx);
    const orders = (await this.store.market.orders({ offerId, mode: 'spot', states: ['open', 'matched', 'active'], limit: 100_000 }, tx))
      .filter((o) => o.state !== 'open' || o.expiresAt === undefined || o.expiresAt > now);
    const byId = new Map(orders.map((o) => [o.id, o]));
    const bidOf = (o: OrderRecord) => ({ orderId: o.id, units: o.units, bid: o.price!, seq: o.seq });
    // Who is out of the auction, and why: a tenant at the minimum balance, or a waiting bid whose hold it cannot pay.
    const out = new Map<string, string>();
    const balances = new Map<string, number>();
    for (const t of new Set(orders.map((o) => o.tenantId))) balances.set(t, await this.store.ledger.balance(Accounts.available(t).id, tx));
    for (const o of orders) {
      if (balances.get(o.tenantId)! <= this.settings.minBalance) out.set(o.id, `the tenant's available balance is at or below the minimum of ${formatYuan(this.settings.minBalance)} yuan`);
    }
    let result = clearSpot([], 0);
    for (;;) {
      result = clearSpot(orders.filter((o) => !out.has(o.id)).map(bidOf), capacity);
      const spend = new Map(balances);
      let broke: OrderRecord | undefined;
      for (const w of result.winners) {
        const o = byId.get(w.orderId)!;
        if (o.state !== 'open') continue;
        const left = spend.get(o.tenantId)! - holdFor(o.price!, o.units, o.durationS);
        if (left <= this.settings.minBalance) {
          broke = o;
          break;
        }
        spend.set(o.tenantId, left);
      }
      if (!broke) break;
      out.set(broke.id, `the bid needs ${formatYuan(holdFor(broke.price!, broke.units, broke.durationS))} yuan held; ${formatYuan(spend.get(broke.tenantId)!)} is available`);
    }
    const clearing = result.winners.length > 0 ? result.winners.at(-1)!.bid : undefined;
    const notice = now + this.settings.spotNoticeMs;
    for (const w of result.winners) {
      const o = byId.get(w.orderId)!;
      if (o.state === 'open') {
        const hold = holdFor(o.price!, o.units, o.durationS);
        await this.hold(SYSTEM, o, hold, tx);
        await this.store.market.update(o.id, {
          from: ['open'], to: 'matched', reason: `bid ${formatYuan(o.price!)} won ${o.units} units of spot offer ${offer.id}`, heldDelta: hold,
          set: { matchedAt: now, endsAt: now + o.durationS * 1000 },
        }, now, tx);
      } else if (o.preemptAt !== undefined) {
        await this.store.market.update(o.id, { from: LIVE_ORDER_STATES, reason: 'preemption withdrawn: the bid wins again', preemptAt: null }, now, tx);
      }
    }
    const lost = [...result.losers.map((l) => l.orderId), ...out.keys()];
    for (const id of lost) {
      const o = byId.get(id)!;
      const why = out.get(id)
        ?? (clearing !== undefined ? `outbid: the clearing price is ${formatYuan(clearing)} yuan per unit-hour` : 'no spot capacity is left (on-demand and reserved orders hold the pool)');
      if (LIVE_ORDER_STATES.includes(o.state)) {
        if (o.preemptAt === undefined) await this.store.market.update(o.id, { from: LIVE_ORDER_STATES, reason: `preemption notice: ${why}`, preemptAt: notice }, now, tx);
      } else {
        // A waiting bid's reason leaves out the clearing price, which moves with every bid: rewriting every waiting order at each clearing would cost a write per bid.
        const waiting = `waiting: ${out.get(id) ?? (clearing !== undefined ? 'outbid: the bid is below the clearing price' : 'no spot capacity is left (on-demand and reserved orders hold the pool)')}`;
        if (o.reason !== waiting) await this.store.market.update(o.id, { from: ['open'], reason: waiting }, now, tx);
      }
    }
  }

  // ---- the market loop ----------------------------------------------------

  /**
   * One round of the market (leader only): expire open orders, preempt and
   * complete live ones that are due, clear every spot offer, retry waiting
   * requirements, and raise or clear low-balance alerts.
   */
  async tick(): Promise<{ expired: number; completed: number; preempted: number; matched: number }> {
    const now = this.clock.now();
    const out = { expired: 0, completed: 0, preempted: 0, matched: 0 };
    const live = await this.network.current();
    if (!live) return out;
    for (const o of await this.store.market.due(now, 500)) {
      await this.store.db.transaction(async (tx) => {
        if (o.state === 'open') {
          if (await this.store.market.update(o.id, { from: ['open'], to: 'expired', reason: 'nothing was matched before it expired' }, now, tx)) out.expired++;
        } else if (o.preemptAt !== undefined && o.preemptAt <= now && (o.endsAt === undefined || o.preemptAt < o.endsAt)) {
          if (await this.settle(o.id, 'open', 'preempted after notice', live, tx)) out.preempted++;
        } else if (await this.settle(o.id, 'completed', 'the term ended', live, tx)) {
          out.completed++;
        }
      });
    }
    for (const offer of await this.store.market.offers({ mode: 'spot', state: 'active' })) {
      await this.store.db.transaction((tx) => this.auction(offer.id, live, tx));
    }
    for (const o of await this.store.market.orders({ state: 'open', limit: 200 })) {
      if (o.offerId !== undefined || o.requirement === undefined) continue;
      if (await this.retryRequirement(o, live)) out.matched++;
    }
    await this.checkBalances(now);
    return out;
  }

  private async retryRequirement(o: OrderRecord, live: LiveNetwork): Promise<boolean> {
    // Stored as validated when the order was made.
    const req = requirementSchema.parse(o.requirement);
    const spec = toJobSpec({ ...req, id: 'requirement', submitAt: 0 });
    const m = await this.matchRequirement(spec, o.mode, o.price, live);
    if (!m.offer) return false;
    const offer = m.offer;
    const now = this.clock.now();
    try {
      await this.store.db.transaction(async (tx) => {
        const durationS = o.mode === 'reserved' ? offer.termS! : o.durationS;
        if (!(await this.store.market.update(o.id, { from: ['open'], set: { offerId: offer.id, dataCenterId: offer.dataCenterId, poolId: offer.poolId, explanation: m.explanation } }, now, tx))) return;
        const fresh = { ...(await this.store.market.order(o.id, tx))!, durationS };
        if (o.mode === 'spot') await this.auction(offer.id, live, tx);
        else await this.fill(fresh, offer, SYSTEM, now, tx);
      });
      return true;
    } catch (e) {
      // Not enough money or units left now: the order keeps waiting, and says why.
      if (e instanceof PaymentRequiredError || e instanceof ConflictError) {
        await this.store.db.transaction((tx) => this.store.market.update(o.id, { from: ['open'], reason: `waiting: ${e.message}` }, now, tx));
        return false;
      }
      throw e;
    }
  }

  /** Low-balance alerts for tenants at or below the alert level. */
  private async checkBalances(now: number): Promise<void> {
    const wanted = [];
    for (const a of await this.store.ledger.accountsOfKind('tenant-available')) {
      if (a.balance > this.settings.lowBalanceAlert) continue;
      const stop = a.balance <= this.settings.minBalance;
      wanted.push({
        key: `low-balance:tenant:${a.owner}`, kind: 'low-balance' as const, scope: `tenant:${a.owner}`,
        message: `tenant ${a.owner} has ${formatYuan(a.balance)} yuan available${stop ? `, at or below the minimum of ${formatYuan(this.settings.minBalance)}: new orders are refused and spot work stops` : ` (alert level ${formatYuan(this.settings.lowBalanceAlert)})`}`,
      });
    }
    await this.store.alerts.reconcile(wanted, now, ['low-balance']);
  }
}

export type OfferView = z.output<typeof offerSchema>;

export type OrderView = z.output<typeof orderSchema>;

function poolOf(live: LiveNetwork, dcId: string, poolId: string): Pool {
  const dc = live.dataCenters.get(dcId);
  if (!dc) throw new ValidationError('request body', [{ path: 'dataCenter', message: `unknown data center "${dcId}"` }]);
  const pool = dc.pools.find((p) => p.id === poolId);
  if (!pool) throw new ValidationError('request body', [{ path: 'pool', message: `data center ${dcId} has no pool "${poolId}" (it has ${dc.pools.map((p) => p.id).join(', ')})` }]);
  return pool;
}

