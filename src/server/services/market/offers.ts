import type { z } from 'zod';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../core/errors.js';
import { formatYuan } from '../../../core/money.js';
import type { Pool } from '../../../core/network/model.js';
import type { OfferRecord } from '../../../store/repositories/market.repository.js';
import type { offerSchema } from '../../contract/market.js';
import { actorName, dataCenterScope } from '../actor.js';
import type { Principal } from '../actor.js';
import { randomId } from '../ids.js';
import type { LiveNetwork } from '../network.service.js';
import { DAY_MS, iso, isOpen } from './deps.js';
import type { MarketDeps } from './deps.js';
import type { offerCreateSchema, offerPatchSchema, offerSearchSchema } from './schemas.js';
import type { SpotAuction } from './spot.js';
import type { Supply } from './supply.js';

export type OfferView = z.output<typeof offerSchema>;

/** Round-trip latency bounds of the latency classes, ms. */
const LATENCY_BOUND_MS = { realtime: 10, interactive: 20, batch: Number.POSITIVE_INFINITY } as const;

/** Operators' offers: published, changed, withdrawn, and the catalogue buyers search. */
export class Offers {
  constructor(private readonly d: MarketDeps, private readonly supply: Supply, private readonly spot: SpotAuction) {}

  async create(b: z.output<typeof offerCreateSchema>, who: Principal): Promise<OfferView> {
    const { store, network, clock } = this.d;
    const scope = dataCenterScope(who);
    if (scope && !scope.includes(b.dataCenter)) throw new ForbiddenError(`this token may publish offers of ${scope.join(', ') || 'no data center'} only`);
    const live = await network.require();
    const pool = poolOf(live, b.dataCenter, b.pool);
    if (b.quantity > pool.units) throw new ValidationError('request body', [{ path: 'quantity', message: `pool ${pool.key} has ${pool.units} units; an offer cannot sell more` }]);
    const now = clock.now();
    const validFrom = b.validFrom ?? now;
    const validTo = b.validTo ?? validFrom + 30 * DAY_MS;
    if (validTo <= validFrom) throw new ValidationError('request body', [{ path: 'validTo', message: 'must be after validFrom' }]);
    if (validTo <= now) throw new ValidationError('request body', [{ path: 'validTo', message: 'is in the past' }]);
    const offer = await store.db.transaction(async (tx) => {
      const o = await store.market.createOffer({
        id: `off_${randomId()}`, dataCenterId: b.dataCenter, poolId: b.pool, class: pool.class, model: pool.model, mode: b.mode, price: b.price, quantity: b.quantity,
        ...(b.termS !== undefined && { termS: b.termS }), validFrom, validTo, createdBy: actorName(who), createdAt: now,
      }, tx);
      await store.audit.append([{ at: now, actor: actorName(who), action: 'offer.create', target: o.id, source: who.source, detail: { dataCenter: o.dataCenterId, pool: o.poolId, mode: o.mode, price: formatYuan(o.price), quantity: o.quantity } }], tx);
      return o;
    });
    return this.view(offer, live);
  }

  async patch(id: string, b: z.output<typeof offerPatchSchema>, who: Principal): Promise<OfferView> {
    const { store, network, clock } = this.d;
    const offer = await store.market.offer(id);
    const scope = dataCenterScope(who);
    if (!offer || (scope && !scope.includes(offer.dataCenterId))) throw new NotFoundError(`offer "${id}" not found`);
    const live = await network.require();
    if (b.quantity !== undefined) {
      const pool = poolOf(live, offer.dataCenterId, offer.poolId);
      if (b.quantity > pool.units) throw new ValidationError('request body', [{ path: 'quantity', message: `pool ${pool.key} has ${pool.units} units; an offer cannot sell more` }]);
      if (b.quantity < offer.sold) throw new ConflictError(`${offer.sold} units of offer "${id}" are sold to live orders; the quantity cannot go below that`);
    }
    if (b.validTo !== undefined && b.validTo <= offer.validFrom) throw new ValidationError('request body', [{ path: 'validTo', message: 'must be after validFrom' }]);
    if (offer.state === 'withdrawn' && b.state !== undefined && b.state !== 'withdrawn') throw new ConflictError(`offer "${id}" is withdrawn: it cannot be sold again; publish a new offer`);
    const now = clock.now();
    await store.db.transaction(async (tx) => {
      const ok = await store.market.updateOffer(id, offer.version, {
        ...(b.price !== undefined && { price: b.price }), ...(b.quantity !== undefined && { quantity: b.quantity }),
        ...(b.validTo !== undefined && { validTo: b.validTo }), ...(b.state !== undefined && { state: b.state }),
      }, now, tx);
      if (!ok) throw new ConflictError(`offer "${id}" changed meanwhile (or more units were sold); read it again and retry`);
      await store.audit.append([{ at: now, actor: actorName(who), action: 'offer.update', target: id, source: who.source, detail: { ...b, ...(b.price !== undefined && { price: formatYuan(b.price) }) } }], tx);
    });
    // A spot offer's capacity or floor may have changed: clear it again now.
    if (offer.mode === 'spot') await store.db.transaction((tx) => this.spot.clear(id, live, tx));
    return this.view((await store.market.offer(id))!, live);
  }

  async get(id: string, who: Principal): Promise<OfferView> {
    const offer = await this.d.store.market.offer(id);
    if (!offer || !this.mayBrowse(offer, who, true)) throw new NotFoundError(`offer "${id}" not found`);
    return this.view(offer, await this.d.network.require());
  }

  /** Whether `who` may see an offer: buyers see open ones; operators their own in any state; admins all. */
  mayBrowse(o: OfferRecord, who: Principal, includeClosed: boolean): boolean {
    const scope = dataCenterScope(who);
    if (scope) return scope.includes(o.dataCenterId);
    if (who.role === 'platform-admin' || who.role === 'regulator') return true;
    return includeClosed || isOpen(o, this.d.clock.now());
  }

  /** The catalogue: filter, sort by price, latency or green share, paginate. */
  async search(q: z.output<typeof offerSearchSchema>, who: Principal): Promise<{ offers: OfferView[]; nextCursor: string | null }> {
    const live = await this.d.network.require();
    if ((q.sort === 'latency' || q.maxLatencyMs !== undefined || q.latency !== undefined) && q.origin === undefined) {
      throw new ValidationError('query', [{ path: 'origin', message: 'latency is measured from an origin: give origin' }]);
    }
    if (q.origin !== undefined && !live.net.origins.has(q.origin)) throw new ValidationError('query', [{ path: 'origin', message: `unknown origin "${q.origin}"` }]);
    const now = this.d.clock.now();
    const seeAll = q.all === 'true' && who.role !== 'tenant-admin' && who.role !== 'tenant-member';
    const rows = await this.d.store.market.offers({
      ...(q.class && { class: q.class }), ...(q.model && { model: q.model }), ...(q.mode && { mode: q.mode }),
      ...(q.maxPrice !== undefined && { maxPrice: q.maxPrice }), ...(!seeAll && { validAt: now }),
      ...(q.dataCenter && { dataCenters: [q.dataCenter] }),
    });
    const bound = q.maxLatencyMs ?? (q.latency ? LATENCY_BOUND_MS[q.latency] : undefined);
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
      views.push(await this.view(o, live, latencyMs));
    }
    const key: Record<string, (v: OfferView) => number> = { price: (v) => v.priceMinor, latency: (v) => v.latencyMs ?? 0, greenShare: (v) => -v.greenShare };
    views.sort((a, b) => key[q.sort]!(a) - key[q.sort]!(b) || (a.id < b.id ? -1 : 1));
    const start = q.cursor ? Number(q.cursor) : 0;
    const page = views.slice(start, start + q.limit);
    return { offers: page, nextCursor: start + q.limit < views.length ? String(start + q.limit) : null };
  }

  async view(o: OfferRecord, live: LiveNetwork, latencyMs?: number): Promise<OfferView> {
    const dc = live.dataCenters.get(o.dataCenterId);
    const pool = dc?.pools.find((p) => p.id === o.poolId);
    const now = this.d.clock.now();
    return {
      id: o.id, dataCenter: o.dataCenterId, pool: o.poolId, hub: dc?.hubId ?? '', province: dc?.province ?? '', class: o.class, model: o.model, mode: o.mode,
      price: formatYuan(o.price), priceMinor: o.price,
      ...(pool && { listPrice: formatYuan(pool.price), discountPct: pool.price > 0 ? Math.round((1 - o.price / pool.price) * 1000) / 10 : 0 }),
      quantity: o.quantity, sold: o.sold, available: await this.supply.available(o, live),
      ...(o.termS !== undefined && { termS: o.termS }),
      validFrom: iso(o.validFrom)!, validTo: iso(o.validTo)!,
      state: o.state === 'withdrawn' ? 'withdrawn' : o.validTo <= now ? 'expired' : o.state === 'paused' ? 'paused' : o.validFrom > now ? 'scheduled' : 'open',
      greenShare: dc?.greenShare ?? 0, pue: dc?.pue ?? 0, ...(latencyMs !== undefined && { latencyMs: Math.round(latencyMs * 100) / 100 }),
      version: o.version,
    };
  }
}

function poolOf(live: LiveNetwork, dcId: string, poolId: string): Pool {
  const dc = live.dataCenters.get(dcId);
  if (!dc) throw new ValidationError('request body', [{ path: 'dataCenter', message: `unknown data center "${dcId}"` }]);
  const pool = dc.pools.find((p) => p.id === poolId);
  if (!pool) throw new ValidationError('request body', [{ path: 'pool', message: `data center ${dcId} has no pool "${poolId}" (it has ${dc.pools.map((p) => p.id).join(', ')})` }]);
  return pool;
}
