import type { OrderState, PriceMode } from '../../core/market/orders.js';
import { placeholders } from '../db.js';
import type { Db, SqlValue } from '../db.js';

export interface OfferRecord {
  seq: number;
  id: string;
  dataCenterId: string;
  poolId: string;
  class: string;
  model: string;
  mode: PriceMode;
  /** Per unit-hour (a spot offer's floor), 1/10,000 yuan. */
  price: number;
  quantity: number;
  /** Units sold to live on-demand and reserved orders. */
  sold: number;
  termS?: number;
  validFrom: number;
  validTo: number;
  /** Paused: not sold until it is active again; withdrawn: never again. */
  state: 'active' | 'paused' | 'withdrawn';
  version: number;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

export type NewOffer = Omit<OfferRecord, 'seq' | 'sold' | 'version' | 'updatedAt' | 'state'>;

export interface OrderRecord {
  seq: number;
  id: string;
  tenantId: string;
  idempotencyKey?: string;
  bodyHash?: string;
  mode: PriceMode;
  state: OrderState;
  reason?: string;
  offerId?: string;
  dataCenterId?: string;
  poolId?: string;
  class: string;
  units: number;
  durationS: number;
  /** Agreed price per unit-hour; a spot order's bid. */
  price?: number;
  requirement?: Record<string, unknown>;
  explanation?: unknown;
  /** Money held for the order now. */
  held: number;
  /** Money captured for the order so far. */
  captured: number;
  /** Metered use the captured amount is computed from. */
  unitSeconds: number;
  expiresAt?: number;
  matchedAt?: number;
  endsAt?: number;
  preemptAt?: number;
  createdAt: number;
  updatedAt: number;
}

export type NewOrder = Pick<OrderRecord, 'id' | 'tenantId' | 'mode' | 'class' | 'units' | 'durationS'> &
  Partial<Pick<OrderRecord, 'idempotencyKey' | 'bodyHash' | 'price' | 'requirement' | 'expiresAt' | 'offerId' | 'dataCenterId' | 'poolId' | 'explanation' | 'reason'>>;

const OFFER_COLUMNS = 'seq, id, dc_id, pool_id, class, model, mode, price, quantity, sold, term_s, valid_from, valid_to, state, version, created_by, created_at, updated_at';
const ORDER_COLUMNS = 'seq, id, tenant_id, idem_key, body_hash, mode, state, reason, offer_id, dc_id, pool_id, class, units, duration_s, price, requirement, explanation, held, captured, unit_seconds, expires_at, matched_at, ends_at, preempt_at, created_at, updated_at';

type R = Record<string, unknown>;
const num = (v: unknown): number => Number(v);
const opt = <K extends string, V>(k: K, v: V | null | undefined): Partial<Record<K, V>> => (v === null || v === undefined ? {} : ({ [k]: v } as Record<K, V>));

function toOffer(r: R): OfferRecord {
  return {
    seq: num(r.seq), id: r.id as string, dataCenterId: r.dc_id as string, poolId: r.pool_id as string, class: r.class as string, model: r.model as string,
    mode: r.mode as PriceMode, price: num(r.price), quantity: num(r.quantity), sold: num(r.sold), ...opt('termS', r.term_s === null ? null : num(r.term_s)),
    validFrom: num(r.valid_from), validTo: num(r.valid_to), state: r.state as OfferRecord['state'], version: num(r.version),
    createdBy: r.created_by as string, createdAt: num(r.created_at), updatedAt: num(r.updated_at),
  };
}

function toOrder(r: R): OrderRecord {
  const n = (k: string): number | null => (r[k] === null ? null : num(r[k]));
  return {
    seq: num(r.seq), id: r.id as string, tenantId: r.tenant_id as string, ...opt('idempotencyKey', r.idem_key as string | null), ...opt('bodyHash', r.body_hash as string | null),
    mode: r.mode as PriceMode, state: r.state as OrderState, ...opt('reason', r.reason as string | null), ...opt('offerId', r.offer_id as string | null),
    ...opt('dataCenterId', r.dc_id as string | null), ...opt('poolId', r.pool_id as string | null), class: r.class as string, units: num(r.units),
    durationS: num(r.duration_s), ...opt('price', n('price')),
    ...opt('requirement', r.requirement === null ? null : (JSON.parse(r.requirement as string) as Record<string, unknown>)),
    ...opt('explanation', r.explanation === null ? null : (JSON.parse(r.explanation as string) as unknown)),
    held: num(r.held), captured: num(r.captured), unitSeconds: num(r.unit_seconds), ...opt('expiresAt', n('expires_at')), ...opt('matchedAt', n('matched_at')),
    ...opt('endsAt', n('ends_at')), ...opt('preemptAt', n('preempt_at')), createdAt: num(r.created_at), updatedAt: num(r.updated_at),
  };
}

export interface OfferFilter {
  class?: string;
  model?: string;
  mode?: PriceMode;
  dataCenters?: readonly string[];
  maxPrice?: number;
  /** Only active offers valid at this moment. */
  validAt?: number;
  state?: OfferRecord['state'];
}

/** A change to an order, applied only while it is in one of `from`. */
export interface OrderUpdate {
  from: readonly OrderState[];
  to?: OrderState;
  reason?: string;
  set?: Partial<Pick<OrderRecord, 'offerId' | 'dataCenterId' | 'poolId' | 'price' | 'explanation' | 'matchedAt' | 'endsAt'>>;
  /** Added to the held and captured amounts. */
  heldDelta?: number;
  capturedDelta?: number;
  unitSeconds?: number;
  /** Set the preemption time; null clears it. */
  preemptAt?: number | null;
}

/** Offers of capacity, and orders for it. Money lives in the ledger; orders keep what they hold and captured, updated in the same transaction. */
export class MarketRepository {
  constructor(private readonly db: Db) {}

  async createOffer(o: NewOffer, db: Db = this.db): Promise<OfferRecord> {
    await db.run(
      `INSERT INTO offers (id, dc_id, pool_id, class, model, mode, price, quantity, term_s, valid_from, valid_to, state, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)`,
      [o.id, o.dataCenterId, o.poolId, o.class, o.model, o.mode, o.price, o.quantity, o.termS ?? null, o.validFrom, o.validTo, o.createdBy, o.createdAt, o.createdAt],
    );
    return (await this.offer(o.id, db))!;
  }

  async offer(id: string, db: Db = this.db): Promise<OfferRecord | undefined> {
    const r = await db.one<R>(`SELECT ${OFFER_COLUMNS} FROM offers WHERE id = ?`, [id]);
    return r && toOffer(r);
  }

  async offers(f: OfferFilter, db: Db = this.db): Promise<OfferRecord[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (f.class) { where.push('class = ?'); params.push(f.class); }
    if (f.model) { where.push('model = ?'); params.push(f.model); }
    if (f.mode) { where.push('mode = ?'); params.push(f.mode); }
    if (f.maxPrice !== undefined) { where.push('price <= ?'); params.push(f.maxPrice); }
    if (f.state) { where.push('state = ?'); params.push(f.state); }
    if (f.validAt !== undefined) { where.push("state = 'active' AND valid_from <= ? AND valid_to > ?"); params.push(f.validAt, f.validAt); }
    if (f.dataCenters) {
      if (f.dataCenters.length === 0) return [];
      where.push(`dc_id IN (${placeholders(f.dataCenters.length)})`);
      params.push(...f.dataCenters);
    }
    const rows = await db.all<R>(`SELECT ${OFFER_COLUMNS} FROM offers ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq`, params);
    return rows.map(toOffer);
  }

  /** Changes an offer's price, quantity, end or state; only if it is still at `version`. Returns whether it applied. */
  async updateOffer(id: string, version: number, set: Partial<Pick<OfferRecord, 'price' | 'quantity' | 'validTo' | 'state'>>, now: number, db: Db = this.db): Promise<boolean> {
    const sets = ['version = version + 1', 'updated_at = ?'];
    const params: SqlValue[] = [now];
    if (set.price !== undefined) { sets.push('price = ?'); params.push(set.price); }
    if (set.quantity !== undefined) { sets.push('quantity = ?'); params.push(set.quantity); }
    if (set.validTo !== undefined) { sets.push('valid_to = ?'); params.push(set.validTo); }
    if (set.state !== undefined) { sets.push('state = ?'); params.push(set.state); }
    params.push(id, version);
    return (await db.run(`UPDATE offers SET ${sets.join(', ')} WHERE id = ? AND version = ? AND sold <= ${set.quantity !== undefined ? '?' : 'quantity'}`, set.quantity !== undefined ? [...params, set.quantity] : params)) === 1;
  }

  /**
   * Takes `units` of an offer for an order: one conditional update, so
   * concurrent buyers never sell more than the quantity. Returns whether it applied.
   */
  async takeUnits(offerId: string, units: number, db: Db = this.db): Promise<boolean> {
    return (await db.run("UPDATE offers SET sold = sold + ? WHERE id = ? AND state = 'active' AND sold + ? <= quantity", [units, offerId, units])) === 1;
  }

  async returnUnits(offerId: string, units: number, db: Db = this.db): Promise<void> {
    await db.run('UPDATE offers SET sold = sold - ? WHERE id = ? AND sold >= ?', [units, offerId, units]);
  }

  /** Serialises work on one offer (a spot auction) across connections: the row is locked until the transaction ends. */
  async lockOffer(offerId: string, db: Db): Promise<void> {
    await db.run('UPDATE offers SET version = version WHERE id = ?', [offerId]);
  }

  /** Locks an order's row until the transaction ends, so two writers of its money take turns. */
  async lockOrder(orderId: string, db: Db): Promise<void> {
    await db.run('UPDATE orders SET updated_at = updated_at WHERE id = ?', [orderId]);
  }

  /** Units sold to live on-demand and reserved orders on a pool. */
  async soldOnPool(dataCenterId: string, poolId: string, db: Db = this.db): Promise<number> {
    const r = await db.one<{ n: number | null }>("SELECT SUM(sold) AS n FROM offers WHERE dc_id = ? AND pool_id = ? AND mode <> 'spot'", [dataCenterId, poolId]);
    return Number(r?.n ?? 0);
  }

  /**
   * Stores a new order, or for a used idempotency key returns the earlier
   * order (`created: false`) with its body hash for the caller to compare.
   */
  async createOrder(o: NewOrder, now: number, db: Db): Promise<{ order: OrderRecord; created: boolean }> {
    const row = await db.one<{ seq: number }>(
      `INSERT INTO orders (id, tenant_id, idem_key, body_hash, mode, state, reason, offer_id, dc_id, pool_id, class, units, duration_s, price, requirement, explanation, expires_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, idem_key) DO NOTHING RETURNING seq`,
      [o.id, o.tenantId, o.idempotencyKey ?? null, o.bodyHash ?? null, o.mode, o.reason ?? null, o.offerId ?? null, o.dataCenterId ?? null, o.poolId ?? null, o.class, o.units, o.durationS,
        o.price ?? null, o.requirement ? JSON.stringify(o.requirement) : null, o.explanation === undefined ? null : JSON.stringify(o.explanation), o.expiresAt ?? null, now, now],
    );
    if (!row) return { order: (await this.orderByKey(o.tenantId, o.idempotencyKey!, db))!, created: false };
    return { order: (await this.order(o.id, db))!, created: true };
  }

  async order(id: string, db: Db = this.db): Promise<OrderRecord | undefined> {
    const r = await db.one<R>(`SELECT ${ORDER_COLUMNS} FROM orders WHERE id = ?`, [id]);
    return r && toOrder(r);
  }

  async orderByKey(tenantId: string, key: string, db: Db = this.db): Promise<OrderRecord | undefined> {
    const r = await db.one<R>(`SELECT ${ORDER_COLUMNS} FROM orders WHERE tenant_id = ? AND idem_key = ?`, [tenantId, key]);
    return r && toOrder(r);
  }

  /** Newest first, by seq cursor. */
  async orders(f: { tenantId?: string; state?: OrderState; states?: readonly OrderState[]; offerId?: string; mode?: PriceMode; dataCenters?: readonly string[]; before?: number; limit: number }, db: Db = this.db): Promise<OrderRecord[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (f.tenantId) { where.push('tenant_id = ?'); params.push(f.tenantId); }
    if (f.state) { where.push('state = ?'); params.push(f.state); }
    if (f.states) { where.push(`state IN (${placeholders(f.states.length)})`); params.push(...f.states); }
    if (f.offerId) { where.push('offer_id = ?'); params.push(f.offerId); }
    if (f.mode) { where.push('mode = ?'); params.push(f.mode); }
    if (f.dataCenters) {
      if (f.dataCenters.length === 0) return [];
      where.push(`dc_id IN (${placeholders(f.dataCenters.length)})`);
      params.push(...f.dataCenters);
    }
    if (f.before !== undefined) { where.push('seq < ?'); params.push(f.before); }
    params.push(f.limit);
    const rows = await db.all<R>(`SELECT ${ORDER_COLUMNS} FROM orders ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ?`, params);
    return rows.map(toOrder);
  }

  /** Orders due for the market loop: open ones past their expiry, live ones past their end or their preemption time. */
  async due(now: number, limit: number): Promise<OrderRecord[]> {
    const rows = await this.db.all<R>(
      `SELECT ${ORDER_COLUMNS} FROM orders
        WHERE (state = 'open' AND expires_at IS NOT NULL AND expires_at <= ?)
           OR (state IN ('matched', 'active') AND (ends_at <= ? OR (preempt_at IS NOT NULL AND preempt_at <= ?)))
        ORDER BY seq LIMIT ?`,
      [now, now, now, limit],
    );
    return rows.map(toOrder);
  }

  /** Applies an update if the order is still in one of `from`; returns whether it did, and records a change of state. */
  async update(id: string, u: OrderUpdate, now: number, db: Db): Promise<boolean> {
    const sets = ['updated_at = ?'];
    const params: SqlValue[] = [now];
    if (u.to) { sets.push('state = ?'); params.push(u.to); }
    if (u.reason !== undefined) { sets.push('reason = ?'); params.push(u.reason); }
    const s = u.set ?? {};
    if (s.offerId !== undefined) { sets.push('offer_id = ?'); params.push(s.offerId); }
    if (s.dataCenterId !== undefined) { sets.push('dc_id = ?'); params.push(s.dataCenterId); }
    if (s.poolId !== undefined) { sets.push('pool_id = ?'); params.push(s.poolId); }
    if (s.price !== undefined) { sets.push('price = ?'); params.push(s.price); }
    if (s.explanation !== undefined) { sets.push('explanation = ?'); params.push(JSON.stringify(s.explanation)); }
    if (s.matchedAt !== undefined) { sets.push('matched_at = ?'); params.push(s.matchedAt); }
    if (s.endsAt !== undefined) { sets.push('ends_at = ?'); params.push(s.endsAt); }
    if (u.heldDelta) { sets.push('held = held + ?'); params.push(u.heldDelta); }
    if (u.capturedDelta) { sets.push('captured = captured + ?'); params.push(u.capturedDelta); }
    if (u.unitSeconds !== undefined) { sets.push('unit_seconds = ?'); params.push(u.unitSeconds); }
    if (u.preemptAt !== undefined) { sets.push('preempt_at = ?'); params.push(u.preemptAt); }
    params.push(id, ...u.from);
    const changed = await db.run(`UPDATE orders SET ${sets.join(', ')} WHERE id = ? AND state IN (${placeholders(u.from.length)})`, params);
    if (changed === 1 && u.to) await db.run('INSERT INTO order_events (order_id, state, at, reason) VALUES (?, ?, ?, ?)', [id, u.to, now, u.reason ?? null]);
    return changed === 1;
  }

  async events(id: string): Promise<{ state: OrderState; at: number; reason?: string }[]> {
    const o = await this.db.one<{ created_at: number }>('SELECT created_at FROM orders WHERE id = ?', [id]);
    if (!o) return [];
    const rows = await this.db.all<{ state: string; at: number; reason: string | null }>('SELECT state, at, reason FROM order_events WHERE order_id = ? ORDER BY id', [id]);
    return [{ state: 'open', at: Number(o.created_at), reason: 'ordered' }, ...rows.map((r) => ({ state: r.state as OrderState, at: Number(r.at), ...(r.reason !== null && { reason: r.reason }) }))];
  }

  /** Sum of metered unit-seconds of the order's jobs. */
  async jobUnitSeconds(orderId: string, db: Db = this.db): Promise<number> {
    const r = await db.one<{ s: number | null }>('SELECT SUM(unit_seconds) AS s FROM jobs WHERE order_id = ?', [orderId]);
    return Number(r?.s ?? 0);
  }

  /** Units held by the order's placed and running jobs. */
  async jobUnitsHeld(orderId: string, db: Db = this.db): Promise<number> {
    const r = await db.one<{ n: number | null }>("SELECT SUM(units) AS n FROM jobs WHERE order_id = ? AND state IN ('placed', 'running')", [orderId]);
    return Number(r?.n ?? 0);
  }

  /** Per pool: units of live orders not taken by their own placed or running jobs (capacity sold, not yet in use). */
  async unusedOrderUnits(): Promise<{ dataCenterId: string; poolId: string; units: number }[]> {
    const rows = await this.db.all<{ dc_id: string; pool_id: string; units: number }>(
      `SELECT o.dc_id, o.pool_id, SUM(o.units - COALESCE((SELECT SUM(j.units) FROM jobs j WHERE j.order_id = o.id AND j.state IN ('placed', 'running')), 0)) AS units
         FROM orders o WHERE o.state IN ('matched', 'active') AND o.preempt_at IS NULL GROUP BY o.dc_id, o.pool_id`,
    );
    return rows.map((r) => ({ dataCenterId: r.dc_id, poolId: r.pool_id, units: Math.max(0, Number(r.units)) }));
  }
}
