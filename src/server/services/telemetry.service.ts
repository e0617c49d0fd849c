import { z } from 'zod';
import { ValidationError } from '../../core/errors.js';
import type { Issue } from '../../core/errors.js';
import type { Clock } from '../../core/clock.js';
import type { DataCenterSample, PoolSample } from '../../store/repositories/telemetry.repository.js';
import type { Store } from '../../store/store.js';
import { actorName, dataCenterScope } from './actor.js';
import type { Principal } from './actor.js';
import type { NetworkService } from './network.service.js';

const share = z.number().min(0, { message: 'must be between 0 and 1' }).max(1, { message: 'must be between 0 and 1' });
const timestamp = z.union([z.number().int().min(0), z.iso.datetime({ offset: true, message: 'must be an ISO 8601 time with a zone, e.g. 2026-11-22T08:00:00Z' })], {
  message: 'must be epoch milliseconds or an ISO 8601 time',
});

/** One sample: with `pool` it describes a pool, without it the data center. */
const sampleSchema = z.strictObject({
  dataCenter: z.string().min(1).max(128),
  pool: z.string().min(1).max(128).optional(),
  at: timestamp,
  unitsInUse: z.number().min(0, { message: 'must not be negative' }).max(1e12).optional(),
  utilisation: share.optional(),
  powerKw: z.number().min(0, { message: 'must not be negative' }).max(1e9).optional(),
  pue: z.number().min(1, { message: 'PUE must be at least 1' }).max(10, { message: 'PUE must be at most 10' }).optional(),
  greenShare: share.optional(),
  racksInUse: z.number().min(0, { message: 'must not be negative' }).max(1e9).optional(),
  estimated: z.boolean().optional().describe('The data center figures are estimates (no meter): config values or a model.'),
});

export const telemetryBatchSchema = z.strictObject({
  samples: z.array(sampleSchema).min(1, { message: 'must hold at least one sample' }).max(100_000, { message: 'at most 100,000 samples per batch' }),
}).describe('A batch of telemetry samples from one agent.');

const POOL_FIELDS = ['unitsInUse', 'utilisation'] as const;
const DC_FIELDS = ['powerKw', 'pue', 'greenShare', 'racksInUse'] as const;
/** Samples older than this are refused: rollups past it are settled. */
const MAX_AGE_MS = 7 * 24 * 3600_000;

type Sample = Omit<z.output<typeof sampleSchema>, 'at'> & { at: number };

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const SAMPLE_KEYS = new Set(Object.keys(sampleSchema.shape));
const RANGES: Record<string, [number, number, string]> = {
  unitsInUse: [0, 1e12, 'must not be negative'],
  utilisation: [0, 1, 'must be between 0 and 1'],
  powerKw: [0, 1e9, 'must not be negative'],
  pue: [1, 10, 'PUE must be between 1 and 10'],
  greenShare: [0, 1, 'must be between 0 and 1'],
  racksInUse: [0, 1e9, 'must not be negative'],
};

/**
 * The shape checks of `telemetryBatchSchema`, written out by hand: a batch
 * may hold 100,000 samples and this runs several times faster than the
 * generic validator. The schema stays the documented contract; a test keeps
 * the two in agreement.
 */
export function parseBatch(body: unknown): { success: true; samples: Sample[] } | { success: false; issues: Issue[] } {
  const issues: Issue[] = [];
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { success: false, issues: [{ path: '', message: 'must be an object with "samples"' }] };
  const extra = Object.keys(body).filter((k) => k !== 'samples');
  if (extra.length > 0) issues.push({ path: '', message: `unrecognized key${extra.length > 1 ? 's' : ''}: ${extra.map((k) => `"${k}"`).join(', ')}` });
  const list = (body as { samples?: unknown }).samples;
  if (!Array.isArray(list)) return { success: false, issues: [...issues, { path: 'samples', message: 'must be a list of samples' }] };
  if (list.length === 0) issues.push({ path: 'samples', message: 'must hold at least one sample' });
  if (list.length > 100_000) return { success: false, issues: [...issues, { path: 'samples', message: 'at most 100,000 samples per batch' }] };
  const samples: Sample[] = new Array(list.length);
  for (let i = 0; i < list.length && issues.length < 100; i++) {
    const s = list[i] as Record<string, unknown>;
    const path = `samples[${i}]`;
    if (s === null || typeof s !== 'object' || Array.isArray(s)) {
      issues.push({ path, message: 'must be an object' });
      continue;
    }
    for (const k in s) if (!SAMPLE_KEYS.has(k)) issues.push({ path, message: `unrecognized key: "${k}"` });
    for (const k of ['dataCenter', 'pool'] as const) {
      const v = s[k];
      if (v === undefined && k === 'pool') continue;
      if (typeof v !== 'string' || v.length === 0 || v.length > 128) issues.push({ path: `${path}.${k}`, message: 'must be an id (1 to 128 characters)' });
    }
    let at = s.at;
    if (typeof at === 'string' && ISO_TIME.test(at)) at = Date.parse(at);
    if (typeof at !== 'number' || !Number.isInteger(at) || at < 0) issues.push({ path: `${path}.at`, message: 'must be epoch milliseconds or an ISO 8601 time with a zone, e.g. 2026-11-22T08:00:00Z' });
    for (const k in RANGES) {
      const v = s[k];
      if (v === undefined) continue;
      const [min, max, message] = RANGES[k]!;
      if (typeof v !== 'number' || !Number.isFinite(v)) issues.push({ path: `${path}.${k}`, message: 'must be a number' });
      else if (v < min || v > max) issues.push({ path: `${path}.${k}`, message: `${message} (got ${v})` });
    }
    if (s.estimated !== undefined && typeof s.estimated !== 'boolean') issues.push({ path: `${path}.estimated`, message: 'must be true or false' });
    samples[i] = { ...(s as unknown as Sample), at: at as number };
  }
  return issues.length > 0 ? { success: false, issues } : { success: true, samples };
}

/** The body of POST /v1/telemetry, parsed by the fast parser; a failure names every field. */
export function parseTelemetry(body: unknown): { samples: Sample[] } {
  const parsed = parseBatch(body);
  if (!parsed.success) throw new ValidationError('request body', parsed.issues.slice(0, 100));
  return { samples: parsed.samples };
}

/** Checks telemetry against the network and the caller's scope, then stores it; a batch is taken whole or not at all. */
export class TelemetryService {
  constructor(private readonly store: Store, private readonly network: NetworkService, private readonly clock: Clock, private readonly futureSkewMs: number) {}

  async ingest(batch: { samples: Sample[] }, who: Principal): Promise<{ accepted: number }> {
    const parsed = batch;
    const live = await this.network.require();
    const scope = dataCenterScope(who);
    const now = this.clock.now();
    const issues: Issue[] = [];
    const pools: PoolSample[] = [];
    const dcs: DataCenterSample[] = [];
    parsed.samples.forEach((s, i) => {
      const path = `samples[${i}]`;
      const dc = live.dataCenters.get(s.dataCenter);
      if (!dc) return void issues.push({ path: `${path}.dataCenter`, message: `unknown data center "${s.dataCenter}"` });
      if (scope && !scope.includes(s.dataCenter)) return void issues.push({ path: `${path}.dataCenter`, message: `this token may report for ${scope.join(', ') || 'no data center'} only` });
      const at = s.at;
      if (at > now + this.futureSkewMs) issues.push({ path: `${path}.at`, message: `is ${Math.round((at - now) / 1000)} s in the future (at most ${this.futureSkewMs / 1000} s allowed)` });
      else if (at < now - MAX_AGE_MS) issues.push({ path: `${path}.at`, message: 'is more than 7 days old' });
      if (s.pool !== undefined) {
        const pool = dc.pools.find((p) => p.id === s.pool);
        if (!pool) return void issues.push({ path: `${path}.pool`, message: `data center "${dc.id}" has no pool "${s.pool}"` });
        for (const f of [...DC_FIELDS, 'estimated'] as const) if (s[f] !== undefined) issues.push({ path: `${path}.${f}`, message: 'is a data center figure: send it in a sample without "pool"' });
        if (s.unitsInUse === undefined) return void issues.push({ path: `${path}.unitsInUse`, message: 'is required in a pool sample' });
        if (s.unitsInUse > pool.units) issues.push({ path: `${path}.unitsInUse`, message: `${s.unitsInUse} is more than the pool's ${pool.units} units` });
        pools.push({ dataCenterId: dc.id, poolId: pool.id, at, unitsInUse: s.unitsInUse, ...(s.utilisation !== undefined && { utilisation: s.utilisation }) });
      } else {
        for (const f of POOL_FIELDS) if (s[f] !== undefined) issues.push({ path: `${path}.${f}`, message: 'is a pool figure: name the pool' });
        if (DC_FIELDS.every((f) => s[f] === undefined)) issues.push({ path, message: 'a data center sample needs at least one of powerKw, pue, greenShare, racksInUse' });
        if (s.racksInUse !== undefined && s.racksInUse > dc.racks.built) issues.push({ path: `${path}.racksInUse`, message: `${s.racksInUse} is more than the ${dc.racks.built} racks built` });
        dcs.push({
          dataCenterId: dc.id, at,
          ...(s.powerKw !== undefined && { powerKw: s.powerKw }),
          ...(s.pue !== undefined && { pue: s.pue }),
          ...(s.greenShare !== undefined && { greenShare: s.greenShare }),
          ...(s.racksInUse !== undefined && { racksInUse: s.racksInUse }),
          ...(s.estimated === true && { estimated: true }),
        });
      }
    });
    if (issues.length > 0) throw new ValidationError('request body', issues.slice(0, 100));
    const dcIds = [...new Set(parsed.samples.map((x) => x.dataCenter))];
    await this.store.db.transaction(async (tx) => {
      await this.store.telemetry.ingest(pools, dcs, tx);
      await this.store.audit.append([{ at: now, actor: actorName(who), action: 'telemetry.ingest', target: dcIds.slice(0, 10).join(','), source: who.source, detail: { samples: pools.length + dcs.length, dataCenters: dcIds.length } }], tx);
    });
    return { accepted: pools.length + dcs.length };
  }
}
