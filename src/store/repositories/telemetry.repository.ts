import { placeholders } from '../db.js';
import type { Db, SqlValue } from '../db.js';

/** What one pool reported at one moment. */
export interface PoolSample {
  dataCenterId: string;
  poolId: string;
  at: number;
  unitsInUse: number;
  utilisation?: number;
}

/** What one data center reported at one moment. */
export interface DataCenterSample {
  dataCenterId: string;
  at: number;
  powerKw?: number;
  pue?: number;
  greenShare?: number;
  racksInUse?: number;
  /** The figures are estimates (no meter), as the agent labelled them. */
  estimated?: boolean;
}

/** One rolled-up value: a metric of a scope over one bucket of `step` seconds. */
export interface RollupRow {
  scope: string;
  metric: string;
  step: number;
  /** Bucket start, ms since the epoch. */
  bucket: number;
  value: number;
  min: number;
  max: number;
  samples: number;
}

const n = (v: number | undefined): SqlValue => (v === undefined ? null : v);
const opt = (v: number | null): number | undefined => (v === null ? undefined : Number(v));

/** Raw samples, the latest value of each pool and data center, and the rollups. */
export class TelemetryRepository {
  constructor(private readonly db: Db) {}

  /** Stores a validated batch in one transaction and moves each `latest` forward (never back). */
  async ingest(pools: readonly PoolSample[], dcs: readonly DataCenterSample[], db: Db = this.db): Promise<void> {
    await db.transaction(async (tx) => {
      const lastPool = new Map<string, PoolSample>();
      for (const s of pools) {
        const k = `${s.dataCenterId}/${s.poolId}`;
        const prev = lastPool.get(k);
        if (!prev || s.at >= prev.at) lastPool.set(k, s);
      }
      await insertRows(tx, 'pool_samples (dc_id, pool_id, at, units_in_use, utilisation)', 5, pools, (s) => [s.dataCenterId, s.poolId, s.at, s.unitsInUse, n(s.utilisation)]);
      const lastDc = new Map<string, DataCenterSample>();
      for (const s of dcs) {
        const prev = lastDc.get(s.dataCenterId);
        if (!prev || s.at >= prev.at) lastDc.set(s.dataCenterId, s);
      }
      await insertRows(tx, 'dc_samples (dc_id, at, power_kw, pue, green_share, racks_in_use, estimated)', 7, dcs, (s) => [s.dataCenterId, s.at, n(s.powerKw), n(s.pue), n(s.greenShare), n(s.racksInUse), s.estimated ? 1 : null]);
      for (const s of lastPool.values()) {
        await tx.run(
          `INSERT INTO pool_latest (dc_id, pool_id, at, units_in_use, utilisation) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (dc_id, pool_id) DO UPDATE SET at = excluded.at, units_in_use = excluded.units_in_use, utilisation = excluded.utilisation
           WHERE excluded.at >= pool_latest.at`,
          [s.dataCenterId, s.poolId, s.at, s.unitsInUse, n(s.utilisation)],
        );
      }
      for (const s of lastDc.values()) {
        await tx.run(
          `INSERT INTO dc_latest (dc_id, at, power_kw, pue, green_share, racks_in_use, estimated) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (dc_id) DO UPDATE SET at = excluded.at, power_kw = excluded.power_kw, pue = excluded.pue,
             green_share = excluded.green_share, racks_in_use = excluded.racks_in_use, estimated = excluded.estimated
           WHERE excluded.at >= dc_latest.at`,
          [s.dataCenterId, s.at, n(s.powerKw), n(s.pue), n(s.greenShare), n(s.racksInUse), s.estimated ? 1 : null],
        );
      }
    });
  }

  async poolLatest(): Promise<PoolSample[]> {
    const rows = await this.db.all<{ dc_id: string; pool_id: string; at: number; units_in_use: number; utilisation: number | null }>(
      'SELECT dc_id, pool_id, at, units_in_use, utilisation FROM pool_latest',
    );
    return rows.map((r) => ({ dataCenterId: r.dc_id, poolId: r.pool_id, at: Number(r.at), unitsInUse: Number(r.units_in_use), ...(r.utilisation !== null && { utilisation: Number(r.utilisation) }) }));
  }

  async dataCenterLatest(): Promise<DataCenterSample[]> {
    const rows = await this.db.all<{ dc_id: string; at: number; power_kw: number | null; pue: number | null; green_share: number | null; racks_in_use: number | null; estimated: number | null }>(
      'SELECT dc_id, at, power_kw, pue, green_share, racks_in_use, estimated FROM dc_latest',
    );
    return rows.map((r) => dropUndefined({ dataCenterId: r.dc_id, at: Number(r.at), powerKw: opt(r.power_kw), pue: opt(r.pue), greenShare: opt(r.green_share), racksInUse: opt(r.racks_in_use), estimated: r.estimated ? true : undefined }));
  }

  /** Raw samples whose time falls in [from, to), for rolling up. */
  async poolSamplesBetween(from: number, to: number): Promise<PoolSample[]> {
    const rows = await this.db.all<{ dc_id: string; pool_id: string; at: number; units_in_use: number; utilisation: number | null }>(
      'SELECT dc_id, pool_id, at, units_in_use, utilisation FROM pool_samples WHERE at >= ? AND at < ?', [from, to],
    );
    return rows.map((r) => ({ dataCenterId: r.dc_id, poolId: r.pool_id, at: Number(r.at), unitsInUse: Number(r.units_in_use), ...(r.utilisation !== null && { utilisation: Number(r.utilisation) }) }));
  }

  async dataCenterSamplesBetween(from: number, to: number): Promise<DataCenterSample[]> {
    const rows = await this.db.all<{ dc_id: string; at: number; power_kw: number | null; pue: number | null; green_share: number | null; racks_in_use: number | null }>(
      'SELECT dc_id, at, power_kw, pue, green_share, racks_in_use FROM dc_samples WHERE at >= ? AND at < ?', [from, to],
    );
    return rows.map((r) => dropUndefined({ dataCenterId: r.dc_id, at: Number(r.at), powerKw: opt(r.power_kw), pue: opt(r.pue), greenShare: opt(r.green_share), racksInUse: opt(r.racks_in_use) }));
  }

  /** The minute buckets that received samples with ids above the watermarks; returns them and the new watermarks. */
  async touchedMinutes(poolAfter: number, dcAfter: number): Promise<{ minutes: number[]; poolMark: number; dcMark: number }> {
    const p = await this.db.all<{ m: number; top: number }>('SELECT (at / 60000) * 60000 AS m, MAX(id) AS top FROM pool_samples WHERE id > ? GROUP BY (at / 60000) * 60000', [poolAfter]);
    const d = await this.db.all<{ m: number; top: number }>('SELECT (at / 60000) * 60000 AS m, MAX(id) AS top FROM dc_samples WHERE id > ? GROUP BY (at / 60000) * 60000', [dcAfter]);
    const minutes = [...new Set([...p, ...d].map((r) => Number(r.m)))].sort((a, b) => a - b);
    return {
      minutes,
      poolMark: p.reduce((m, r) => Math.max(m, Number(r.top)), poolAfter),
      dcMark: d.reduce((m, r) => Math.max(m, Number(r.top)), dcAfter),
    };
  }

  async watermark(name: string): Promise<number> {
    const r = await this.db.one<{ value: number }>('SELECT value FROM watermarks WHERE name = ?', [name]);
    return Number(r?.value ?? 0);
  }

  async setWatermark(name: string, value: number, db: Db = this.db): Promise<void> {
    await db.run('INSERT INTO watermarks (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value', [name, value]);
  }

  /** Writes rollups, replacing any for the same scope, metric, step and bucket. */
  async putRollups(rows: readonly RollupRow[], marks: Record<string, number> = {}, db: Db = this.db): Promise<void> {
    await db.transaction(async (tx) => {
      for (const r of rows) {
        await tx.run(
          `INSERT INTO rollups (scope, metric, step, bucket, value, min, max, samples) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (scope, metric, step, bucket) DO UPDATE SET value = excluded.value, min = excluded.min, max = excluded.max, samples = excluded.samples`,
          [r.scope, r.metric, r.step, r.bucket, r.value, r.min, r.max, r.samples],
        );
      }
      for (const [name, value] of Object.entries(marks)) await this.setWatermark(name, value, tx);
    });
  }

  /** Rollups of one scope and metric at one step, from <= bucket < to, oldest first. */
  async series(scope: string, metric: string, step: number, from: number, to: number): Promise<RollupRow[]> {
    const rows = await this.db.all<{ bucket: number; value: number; min: number; max: number; samples: number }>(
      'SELECT bucket, value, min, max, samples FROM rollups WHERE scope = ? AND metric = ? AND step = ? AND bucket >= ? AND bucket < ? ORDER BY bucket',
      [scope, metric, step, from, to],
    );
    return rows.map((r) => ({ scope, metric, step, bucket: Number(r.bucket), value: Number(r.value), min: Number(r.min), max: Number(r.max), samples: Number(r.samples) }));
  }

  /** Rollups of several scopes for one metric and step in a range (for summing and checks). */
  async rollupsOf(scopes: readonly string[], metric: string, step: number, from: number, to: number): Promise<RollupRow[]> {
    if (scopes.length === 0) return [];
    const rows = await this.db.all<{ scope: string; bucket: number; value: number; min: number; max: number; samples: number }>(
      `SELECT scope, bucket, value, min, max, samples FROM rollups WHERE metric = ? AND step = ? AND bucket >= ? AND bucket < ? AND scope IN (${placeholders(scopes.length)}) ORDER BY bucket`,
      [metric, step, from, to, ...scopes],
    );
    return rows.map((r) => ({ scope: r.scope, metric, step, bucket: Number(r.bucket), value: Number(r.value), min: Number(r.min), max: Number(r.max), samples: Number(r.samples) }));
  }

  /** Every metric's rollups of several scopes at one step, from <= bucket < to. */
  async rollupsIn(scopes: readonly string[], step: number, from: number, to: number): Promise<RollupRow[]> {
    if (scopes.length === 0) return [];
    const rows = await this.db.all<{ scope: string; metric: string; bucket: number; value: number; min: number; max: number; samples: number }>(
      `SELECT scope, metric, bucket, value, min, max, samples FROM rollups WHERE step = ? AND bucket >= ? AND bucket < ? AND scope IN (${placeholders(scopes.length)}) ORDER BY bucket`,
      [step, from, to, ...scopes],
    );
    return rows.map((r) => ({ scope: r.scope, metric: r.metric, step, bucket: Number(r.bucket), value: Number(r.value), min: Number(r.min), max: Number(r.max), samples: Number(r.samples) }));
  }

  /** Averages of the rollups of `step` in [from, to), per scope and metric: the next coarser bucket. */
  async aggregate(step: number, from: number, to: number): Promise<Omit<RollupRow, 'step' | 'bucket'>[]> {
    const rows = await this.db.all<{ scope: string; metric: string; v: number; mn: number; mx: number; n: number }>(
      'SELECT scope, metric, AVG(value) AS v, MIN(min) AS mn, MAX(max) AS mx, SUM(samples) AS n FROM rollups WHERE step = ? AND bucket >= ? AND bucket < ? GROUP BY scope, metric',
      [step, from, to],
    );
    return rows.map((r) => ({ scope: r.scope, metric: r.metric, value: Number(r.v), min: Number(r.mn), max: Number(r.mx), samples: Number(r.n) }));
  }

  /** Drops raw samples older than `before` (rollups stay). */
  async prune(before: number): Promise<number> {
    return (await this.db.run('DELETE FROM pool_samples WHERE at < ?', [before])) + (await this.db.run('DELETE FROM dc_samples WHERE at < ?', [before]));
  }
}

const ROWS_PER_INSERT = 200;

/** Inserts rows with multi-row INSERT statements of up to 200 rows: far fewer statements than one per row. */
async function insertRows<T>(db: Db, into: string, width: number, rows: readonly T[], values: (r: T) => SqlValue[]): Promise<void> {
  const tuple = `(${Array(width).fill('?').join(', ')})`;
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT);
    const params: SqlValue[] = [];
    for (const r of chunk) params.push(...values(r));
    await db.run(`INSERT INTO ${into} VALUES ${Array(chunk.length).fill(tuple).join(', ')}`, params);
  }
}

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
