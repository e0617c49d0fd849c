import { z } from 'zod';
import { NotFoundError, ValidationError } from '../../core/errors.js';
import type { Clock } from '../../core/clock.js';
import { COMPUTE_CLASSES } from '../../core/network/compute-class.js';
import type { ComputeClass } from '../../core/network/compute-class.js';
import type { DataCenter } from '../../core/network/model.js';
import type { Alert } from '../../store/repositories/alert.repository.js';
import type { RollupRow } from '../../store/repositories/telemetry.repository.js';
import { minuteRollups } from './minute-rollups.js';
import type { FlowsView } from '../contract/schemas.js';
import type { Store } from '../../store/store.js';
import { dataCenterScope } from './actor.js';
import type { Principal } from './actor.js';
import { lastReports, powerNow, unitsInUse } from './live-use.js';
import { sumSeries } from '../../federation/aggregate.js';
import type { SeriesPoint } from '../../federation/aggregate.js';
import type { LiveNetwork, NetworkService } from './network.service.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** Days are China Standard Time days (UTC+8): "today" and daily rollups start at local midnight. */
const CST_OFFSET = 8 * HOUR;
export const dayStart = (t: number): number => Math.floor((t + CST_OFFSET) / DAY) * DAY - CST_OFFSET;

/** Metrics kept per scope. Extensive ones add up over data centers; pue and green_share are weighted by power. */
export { METRICS } from '../../core/metrics.js';
import { METRICS } from '../../core/metrics.js';
import { pageCursor, pageLimit } from '../query.js';
const STEPS: Record<string, number> = { '60': 60, '1m': 60, '300': 300, '5m': 300, '3600': 3600, '1h': 3600, '7200': 7200, '2h': 7200, '86400': 86400, '1d': 86400 };
/** Steps read from finer rollups: 5 minutes from the minutes, 2 hours from the hours. */
const DERIVED: Record<number, number> = { 300: 60, 7200: 3600 };

/**
 * Rollup rows of a finer step put together into buckets of `step` seconds:
 * the mean of the finer values (as an hour is the mean of its minutes), the
 * least minimum, the greatest maximum and every sample.
 */
export function coarsen<R extends { bucket: number; value: number; min: number; max: number; samples: number }>(rows: readonly R[], step: number): { bucket: number; value: number; min: number; max: number; samples: number }[] {
  const out = new Map<number, { bucket: number; sum: number; n: number; min: number; max: number; samples: number }>();
  for (const r of rows) {
    const bucket = Math.floor(r.bucket / (step * 1000)) * step * 1000;
    const b = out.get(bucket) ?? { bucket, sum: 0, n: 0, min: Number.POSITIVE_INFINITY, max: Number.NEGATIVE_INFINITY, samples: 0 };
    b.sum += r.value;
    b.n += 1;
    b.min = Math.min(b.min, r.min);
    b.max = Math.max(b.max, r.max);
    b.samples += r.samples;
    out.set(bucket, b);
  }
  return [...out.values()].sort((a, b) => a.bucket - b.bucket).map((b) => ({ bucket: b.bucket, value: b.sum / b.n, min: b.min, max: b.max, samples: b.samples }));
}

/** PUE targets: below 1.25 in the national hub nodes (2021 plan), the national 2025 target 1.5 elsewhere. */
export function pueTarget(national: boolean): number {
  return national ? 1.25 : 1.5;
}

const time = z.union([z.string().regex(/^[0-9]{1,15}$/).transform(Number), z.iso.datetime({ offset: true }).transform((s) => Date.parse(s))], {
  message: 'must be epoch milliseconds or an ISO 8601 time',
});

export const seriesQuerySchema = z.strictObject({
  scope: z.string().min(1).max(200).default('national').describe('national, hub:ID, cluster:ID or dc:ID.'),
  metric: z.enum(METRICS, { message: `must be one of ${METRICS.join(', ')}` }).describe('The figure over time.'),
  from: time.optional().describe('Start: epoch ms or ISO 8601. Default: an hour (or a span of the step) before `to`.'),
  to: time.optional().describe('End: epoch ms or ISO 8601. Default: now.'),
  step: z.enum(Object.keys(STEPS) as [string, ...string[]], { message: 'must be 60, 300, 3600, 7200 or 86400 seconds (or 1m, 5m, 1h, 2h, 1d)' }).default('60').describe('Seconds per point: the minute, hour or day rollups, or 5 minutes and 2 hours put together from the minutes and the hours.'),
});

export const summaryQuerySchema = z.strictObject({ scope: z.string().min(1).max(200).default('national').describe('national, hub:ID, cluster:ID or dc:ID.') });

const FLOW_WINDOWS = { '1h': HOUR, '1d': DAY } as const;

export const flowsQuerySchema = z.strictObject({
  window: z.enum(['1h', '1d'], { message: 'must be 1h or 1d' }).default('1h').describe('The last hour or the last day.'),
});

export const alertsQuerySchema = z.strictObject({
  open: z.enum(['true', 'false'], { message: 'must be true or false' }).default('true').describe('Open alerts (true) or resolved ones (false).'),
  cursor: pageCursor(),
  limit: pageLimit(100, 'Alerts per page.'),
});

/** Rollups, summaries, series and alerts. */
export class MonitoringService {
  constructor(
    private readonly store: Store,
    private readonly network: NetworkService,
    private readonly clock: Clock,
    private readonly staleAfterMs: number,
    /** Whether placement skips data centers never heard from once some have reported (the alert says so). */
    private readonly requireReport = false,
  ) {}

  /** The data centers a scope covers; throws for an unknown scope. */
  scopeDataCenters(live: LiveNetwork, scope: string): DataCenter[] {
    if (scope === 'national') return live.scenario.dataCenters;
    const [kind, id] = [scope.slice(0, scope.indexOf(':')), scope.slice(scope.indexOf(':') + 1)];
    if (kind === 'hub' && live.net.hubs.has(id)) return live.scenario.dataCenters.filter((d) => d.hubId === id);
    if (kind === 'cluster' && live.scenario.clusters.some((c) => c.id === id)) return live.scenario.dataCenters.filter((d) => d.clusterId === id);
    if (kind === 'dc' && live.dataCenters.has(id)) return [live.dataCenters.get(id)!];
    if (kind === 'hub' || kind === 'cluster' || kind === 'dc') throw new NotFoundError(`scope "${scope}": no ${kind === 'dc' ? 'data center' : kind} "${id}"`);
    throw new ValidationError('query', [{ path: 'scope', message: `"${scope}" is not a scope: use national, hub:ID, cluster:ID or dc:ID` }]);
  }

  /** A dc-operator sees the scopes of its own data centers only; others' are not found. */
  checkScope(live: LiveNetwork, scope: string, who: Principal): DataCenter[] {
    const dcs = this.scopeDataCenters(live, scope);
    const allowed = dataCenterScope(who);
    if (allowed && !(scope.startsWith('dc:') && allowed.includes(dcs[0]!.id))) throw new NotFoundError(`scope "${scope}" not found among your data centers`);
    return dcs;
  }

  /** Rolls up every minute that received samples since the last round, then their hours and days. */
  async rollup(): Promise<{ minutes: number; rows: number }> {
    const live = await this.network.current();
    if (!live) return { minutes: 0, rows: 0 };
    const poolMark = await this.store.telemetry.watermark('rollup.pool');
    const dcMark = await this.store.telemetry.watermark('rollup.dc');
    const touched = await this.store.telemetry.touchedMinutes(poolMark, dcMark);
    if (touched.minutes.length === 0) return { minutes: 0, rows: 0 };
    const minuteRows: RollupRow[] = [];
    for (const m of touched.minutes) {
      const pools = await this.store.telemetry.poolSamplesBetween(m, m + MINUTE);
      const dcs = await this.store.telemetry.dataCenterSamplesBetween(m, m + MINUTE);
      minuteRows.push(...minuteRollups(live, m, pools, dcs));
    }
    await this.store.telemetry.putRollups(minuteRows);
    const coarser: RollupRow[] = [];
    const hours = [...new Set(touched.minutes.map((m) => Math.floor(m / HOUR) * HOUR))];
    for (const h of hours) {
      for (const r of await this.store.telemetry.aggregate(60, h, h + HOUR)) coarser.push({ ...r, step: 3600, bucket: h });
    }
    await this.store.telemetry.putRollups(coarser);
    const days = [...new Set(touched.minutes.map(dayStart))];
    const dayRows: RollupRow[] = [];
    for (const d of days) {
      for (const r of await this.store.telemetry.aggregate(3600, d, d + DAY)) dayRows.push({ ...r, step: 86400, bucket: d });
    }
    await this.store.telemetry.putRollups(dayRows, { 'rollup.pool': touched.poolMark, 'rollup.dc': touched.dcMark });
    return { minutes: touched.minutes.length, rows: minuteRows.length + coarser.length + dayRows.length };
  }

  async summary(query: z.output<typeof summaryQuerySchema>, who: Principal): Promise<Record<string, unknown>> {
    const parsed = { data: query };
    const live = await this.network.require();
    const scope = parsed.data.scope;
    const dcs = this.checkScope(live, scope, who);
    const ids = new Set(dcs.map((d) => d.id));
    const now = this.clock.now();
    const used = await unitsInUse(this.store, live, now, this.staleAfterMs);
    const capacity = Object.fromEntries(COMPUTE_CLASSES.map((c) => [c, { units: 0, p: 0 }])) as Record<ComputeClass, { units: number; p: number }>;
    const inUse = Object.fromEntries(COMPUTE_CLASSES.map((c) => [c, { units: 0, p: 0 }])) as Record<ComputeClass, { units: number; p: number }>;
    live.ctx.pools.forEach((p, i) => {
      if (!ids.has(p.dataCenterId)) return;
      capacity[p.class].units += p.units;
      capacity[p.class].p += (p.units * p.unitTflops) / 1000;
      inUse[p.class].units += used[i] as number;
      inUse[p.class].p += ((used[i] as number) * p.unitTflops) / 1000;
    });
    const fillRate = Object.fromEntries(COMPUTE_CLASSES.map((c) => [c, capacity[c].units > 0 ? round(inUse[c].units / capacity[c].units, 4) : null]));
    const latest = new Map((await this.store.telemetry.dataCenterLatest()).map((s) => [s.dataCenterId, s]));
    const last = await lastReports(this.store);
    let power = 0, itPower = 0, green = 0, racksBuilt = 0, racksInUse = 0, reporting = 0, stale = 0, estimated = 0;
    for (const d of dcs) {
      const at = last.get(d.id);
      if (at !== undefined && now - at <= this.staleAfterMs) reporting += 1;
      else stale += 1;
      // Without a fresh meter reading, a data center counts with its registered figures at its current IT load, as an estimate.
      const { kw, pue, greenShare, fresh, estimated: guessed } = powerNow(d, used, live, latest.get(d.id), now, this.staleAfterMs);
      if (guessed) estimated += 1;
      power += kw;
      itPower += kw / pue;
      green += kw * greenShare;
      racksBuilt += d.racks.built;
      racksInUse += fresh?.racksInUse ?? d.racks.inUse;
    }
    const scopes = scope === 'national' ? ['national'] : [scope];
    const today = dayStart(now);
    const carbon = await this.store.telemetry.rollupsOf(scopes, 'carbon_kg_per_h', 60, today, now + 1);
    const byState = await this.store.jobs.countByState(scope === 'national' ? undefined : [...ids]);
    const homeSide = (origin: string): string | undefined => live.net.hubs.get(live.net.homeHub(origin))?.side;
    let flowJobs = 0, flowUnits = 0;
    for (const f of await this.store.jobs.flows()) {
      const dc = live.dataCenters.get(f.dataCenterId);
      if (!dc || !live.net.origins.has(f.origin)) continue;
      if (scope !== 'national' && !ids.has(dc.id) && !dcs.some((d) => d.hubId === live.net.homeHub(f.origin))) continue;
      if (homeSide(f.origin) === 'east' && live.net.hubs.get(dc.hubId)?.side === 'west') {
        flowJobs += f.jobs;
        flowUnits += f.units;
      }
    }
    return {
      scope,
      asOf: new Date(now).toISOString(),
      networkVersion: live.version,
      dataCenters: { total: dcs.length, reporting, stale },
      capacityP: mapClasses((c) => round(capacity[c].p, 3)),
      capacityUnits: mapClasses((c) => capacity[c].units),
      inUseP: mapClasses((c) => round(inUse[c].p, 3)),
      inUseUnits: mapClasses((c) => inUse[c].units),
      fillRate,
      racks: { built: racksBuilt, inUse: Math.round(racksInUse), fillRate: racksBuilt > 0 ? round(racksInUse / racksBuilt, 4) : null },
      powerKw: round(power, 1),
      // Data centers whose power and PUE here are estimates, not metered.
      powerEstimatedFor: estimated,
      pue: itPower > 0 ? round(power / itPower, 4) : null,
      greenShare: power > 0 ? round(green / power, 4) : null,
      carbonTodayKg: round(carbon.reduce((s, r) => s + r.value / 60, 0), 1),
      jobs: { byState, running: byState.running ?? 0 },
      eastToWest: { jobs: flowJobs, units: flowUnits },
      // A data center's own scope says when its agent (or operator) last reported: its heartbeat.
      ...(scope.startsWith('dc:') && { lastReportAt: last.has(dcs[0]!.id) ? new Date(last.get(dcs[0]!.id)!).toISOString() : null }),
    };
  }

  /**
   * Where work ran over the last hour or day: unit-hours from each origin
   * to each hub (and how much of it was batch work), with the east-to-west
   * totals. An operator sees the flows into its own data centers.
   */
  async flows(q: z.output<typeof flowsQuerySchema>, who: Principal): Promise<FlowsView> {
    const live = await this.network.require();
    const now = this.clock.now();
    const from = now - FLOW_WINDOWS[q.window];
    const mine = dataCenterScope(who);
    const side = (hub: string | undefined) => (hub === undefined ? undefined : live.net.hubs.get(hub)?.side);
    const byPair = new Map<string, { origin: string; hub: string; jobs: number; unitMs: number; batchUnitMs: number }>();
    for (const r of await this.store.jobs.ranBetween(from, now)) {
      const dc = live.dataCenters.get(r.dataCenterId);
      if (!dc || !live.net.origins.has(r.origin) || (mine && !mine.includes(dc.id))) continue;
      const key = `${r.origin}|${dc.hubId}`;
      const f = byPair.get(key) ?? { origin: r.origin, hub: dc.hubId, jobs: 0, unitMs: 0, batchUnitMs: 0 };
      f.jobs += r.jobs;
      f.unitMs += r.unitMs;
      f.batchUnitMs += r.batchUnitMs;
      byPair.set(key, f);
    }
    const hours = (ms: number) => round(ms / HOUR, 3);
    const flows = [...byPair.values()].map((f) => {
      const home = live.net.homeHub(f.origin);
      return { origin: f.origin, homeHub: home, hub: f.hub, eastToWest: side(home) === 'east' && side(f.hub) === 'west', jobs: f.jobs, unitHours: hours(f.unitMs), batchUnitHours: hours(f.batchUnitMs) };
    }).sort((a, b) => b.unitHours - a.unitHours || a.origin.localeCompare(b.origin) || a.hub.localeCompare(b.hub));
    const sum = (pick: (f: (typeof flows)[number]) => number) => round(flows.reduce((t, f) => t + pick(f), 0), 3);
    const batch = sum((f) => f.batchUnitHours);
    const batchWest = sum((f) => (side(f.hub) === 'west' ? f.batchUnitHours : 0));
    return {
      window: q.window, from: new Date(from).toISOString(), to: new Date(now).toISOString(), flows,
      totals: {
        unitHours: sum((f) => f.unitHours), eastToWestUnitHours: sum((f) => (f.eastToWest ? f.unitHours : 0)),
        batchUnitHours: batch, batchWestUnitHours: batchWest, batchWestShare: batch > 0 ? round(batchWest / batch, 4) : null,
      },
    };
  }

  async series(q: z.output<typeof seriesQuerySchema>, who: Principal): Promise<Record<string, unknown>> {
    // The federation's scopes need no network here: a national platform may own no data centers itself.
    const federated = q.scope === 'federation' || q.scope.startsWith('platform:');
    if (federated && dataCenterScope(who)) throw new NotFoundError(`scope "${q.scope}" not found among your data centers`);
    if (q.scope.startsWith('platform:') && !(await this.store.federation.peer(q.scope.slice('platform:'.length)))) {
      throw new NotFoundError(`scope "${q.scope}": no platform "${q.scope.slice('platform:'.length)}" below this one`);
    }
    if (!federated) this.checkScope(await this.network.require(), q.scope, who);
    const step = STEPS[q.step]!;
    const now = this.clock.now();
    const to = q.to ?? now;
    const from = q.from ?? to - 3600_000;
    if (from >= to) throw new ValidationError('query', [{ path: 'from', message: 'must be before to' }]);
    if ((to - from) / (step * 1000) > 10_000) throw new ValidationError('query', [{ path: 'step', message: `gives more than 10,000 points from ${new Date(from).toISOString()} to ${new Date(to).toISOString()}; use a coarser step` }]);
    const read = DERIVED[step] ?? step;
    // A derived step starts its first bucket on a whole boundary, so that every bucket has all its finer rows.
    const readFrom = DERIVED[step] ? Math.floor(from / (step * 1000)) * step * 1000 : from;
    const fine = q.scope === 'federation'
      ? (await this.federationSeries(read, readFrom, to)).filter((r) => r.metric === q.metric)
      : await this.store.telemetry.series(q.scope, q.metric, read, readFrom, to);
    const rows = DERIVED[step] ? coarsen(fine, step) : fine;
    return {
      scope: q.scope, metric: q.metric, step, from: new Date(from).toISOString(), to: new Date(to).toISOString(),
      points: rows.map((r) => ({ t: new Date(r.bucket).toISOString(), value: r.value, min: r.min, max: r.max, samples: r.samples })),
    };
  }

  /**
   * The rollups of this platform and everything below it, bucket by bucket:
   * its own national series plus each child's, as the child uploaded it
   * (scope `platform:<id>`, which holds the child's own children in turn).
   */
  async federationSeries(step: number, from: number, to: number): Promise<SeriesPoint[]> {
    const children = (await this.store.federation.peers('child')).filter((p) => p.status === 'approved').map((p) => `platform:${p.id}`);
    const rows = await this.store.telemetry.rollupsIn(['national', ...children], step, from, to);
    const byScope = new Map<string, RollupRow[]>();
    for (const r of rows) {
      const list = byScope.get(r.scope);
      if (list) list.push(r);
      else byScope.set(r.scope, [r]);
    }
    return sumSeries([...byScope.values()]);
  }

  /** Works out which alerts should be open now and makes it so. */
  async checkAlerts(): Promise<{ raised: string[]; cleared: string[] }> {
    const live = await this.network.current();
    if (!live) return { raised: [], cleared: [] };
    const now = this.clock.now();
    const last = await lastReports(this.store);
    const latest = new Map((await this.store.telemetry.dataCenterLatest()).map((s) => [s.dataCenterId, s]));
    const wanted: Omit<Alert, 'id' | 'raisedAt' | 'clearedAt'>[] = [];
    const loadedAt = (await this.store.network.latest())?.createdAt ?? now;
    for (const d of live.scenario.dataCenters) {
      const scope = `dc:${d.id}`;
      const at = last.get(d.id);
      if (at === undefined ? now - loadedAt > this.staleAfterMs : now - at > this.staleAfterMs) {
        wanted.push({
          key: `stale:${scope}`, kind: 'stale', scope,
          // The alert says what it means for placement: where agents report, a data center never heard from gets nothing.
          message: at === undefined
            ? `${d.name} has not reported since it was registered${this.requireReport && last.size > 0 ? '; it gets no placements until its agent reports (requireReport)' : ''}`
            : `${d.name} has been silent since ${new Date(at).toISOString()} (more than ${this.staleAfterMs / 1000} s); it gets no new placements until it reports again`,
        });
      }
      const s = latest.get(d.id);
      const target = pueTarget(live.net.hubs.get(d.hubId)?.national ?? false);
      if (s?.pue !== undefined && now - s.at <= this.staleAfterMs && s.pue > target) {
        wanted.push({ key: `pue:${scope}`, kind: 'pue-above-target', scope, message: `${d.name} reports PUE ${s.pue}, above the target of ${target}` });
      }
    }
    // Utilisation anomalies: the latest minute of intelligent capacity in use far outside the data center's last hour.
    const minuteNow = Math.floor(now / MINUTE) * MINUTE;
    for (const cls of COMPUTE_CLASSES) {
      const metric = `units_in_use.${cls}`;
      const rows = await this.store.telemetry.rollupsOf(live.scenario.dataCenters.map((d) => `dc:${d.id}`), metric, 60, minuteNow - HOUR, minuteNow + MINUTE);
      const byScope = new Map<string, number[]>();
      for (const r of rows) byScope.set(r.scope, [...(byScope.get(r.scope) ?? []), r.value]);
      for (const [scope, values] of byScope) {
        const anomaly = utilisationAnomaly(values);
        if (anomaly) wanted.push({ key: `anomaly:${scope}:${cls}`, kind: 'utilisation-anomaly', scope, message: `${cls} units in use ${anomaly}` });
      }
    }
    return this.store.alerts.reconcile(wanted, now, ['stale', 'pue-above-target', 'utilisation-anomaly']);
  }

  async alerts(query: z.output<typeof alertsQuerySchema>, who: Principal): Promise<{ alerts: unknown[]; nextCursor: string | null }> {
    const q = { data: query };
    const dcs = dataCenterScope(who);
    const rows = await this.store.alerts.list({
      open: q.data.open === 'true', limit: q.data.limit + 1,
      ...(dcs && { scopes: dcs.map((d) => `dc:${d}`) }),
      ...(q.data.cursor && { before: Number(q.data.cursor) }),
    });
    const page = rows.slice(0, q.data.limit);
    return {
      alerts: page.map((a) => ({ ...a, raisedAt: new Date(a.raisedAt).toISOString(), ...(a.clearedAt !== undefined && { clearedAt: new Date(a.clearedAt).toISOString() }) })),
      nextCursor: rows.length > q.data.limit ? String(page.at(-1)!.id) : null,
    };
  }
}

/**
 * A spike or drop: the last value more than 4 standard deviations from the
 * mean of the values before it (at least 10 of them, not all equal).
 */
export function utilisationAnomaly(values: readonly number[]): string | undefined {
  if (values.length < 11) return undefined;
  const history = values.slice(0, -1);
  const lastValue = values.at(-1)!;
  const mean = history.reduce((s, v) => s + v, 0) / history.length;
  const sd = Math.sqrt(history.reduce((s, v) => s + (v - mean) ** 2, 0) / history.length);
  if (sd === 0) return undefined;
  const z = (lastValue - mean) / sd;
  return Math.abs(z) > 4 ? `is ${round(lastValue, 1)}, ${round(Math.abs(z), 1)} standard deviations ${z > 0 ? 'above' : 'below'} the last hour's mean of ${round(mean, 1)}` : undefined;
}

function mapClasses<T>(f: (c: ComputeClass) => T): Record<ComputeClass, T> {
  return Object.fromEntries(COMPUTE_CLASSES.map((c) => [c, f(c)])) as Record<ComputeClass, T>;
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
