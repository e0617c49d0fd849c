import type { DataCenterSample, PoolSample, RollupRow } from '../../store/repositories/telemetry.repository.js';
import type { LiveNetwork } from './network.service.js';

/**
 * The first step of monitoring: one minute's raw samples become rollup rows
 * for each data center that reported in it, its cluster, its hub and the nation. Pools'
 * units in use add up; power, PUE and green share are averaged per data
 * center, then PUE is weighted by IT power and green share by power.
 */

interface Acc { sum: number; n: number; min: number; max: number }
const acc = (): Acc => ({ sum: 0, n: 0, min: Infinity, max: -Infinity });
function add(a: Acc, v: number): void {
  a.sum += v;
  a.n += 1;
  if (v < a.min) a.min = v;
  if (v > a.max) a.max = v;
}

/** One minute's rollups for every data center that reported in it, its hub and the nation. */
export function minuteRollups(live: LiveNetwork, minute: number, pools: readonly PoolSample[], dcs: readonly DataCenterSample[]): RollupRow[] {
  const perPool = new Map<string, Acc>();
  const perPoolUtil = new Map<string, Acc>();
  for (const s of pools) {
    const k = `${s.dataCenterId}/${s.poolId}`;
    const a = perPool.get(k) ?? acc();
    add(a, s.unitsInUse);
    perPool.set(k, a);
    if (s.utilisation !== undefined) {
      const u = perPoolUtil.get(k) ?? acc();
      add(u, s.utilisation);
      perPoolUtil.set(k, u);
    }
  }
  // Utilisation of a set of pools: their reported utilisations weighted by their units.
  const utilWeighted = new Map<string, { w: number; units: number; n: number }>();
  // Per data center: metric -> accumulated value.
  const perDc = new Map<string, Map<string, Acc>>();
  const metricOf = (dc: string, metric: string): Acc => {
    let m = perDc.get(dc);
    if (!m) perDc.set(dc, (m = new Map()));
    let a = m.get(metric);
    if (!a) m.set(metric, (a = acc()));
    return a;
  };
  for (const [key, a] of perPool) {
    const i = live.ctx.poolIndex.get(key);
    if (i === undefined) continue;
    const pool = live.ctx.pools[i]!;
    const mean = a.sum / a.n;
    const u = metricOf(pool.dataCenterId, `units_in_use.${pool.class}`);
    u.sum += mean;
    u.n = Math.max(u.n, a.n);
    const p = metricOf(pool.dataCenterId, `used_p.${pool.class}`);
    p.sum += (mean * pool.unitTflops) / 1000;
    p.n = Math.max(p.n, a.n);
    const util = perPoolUtil.get(key);
    if (util) {
      const w = utilWeighted.get(pool.dataCenterId) ?? { w: 0, units: 0, n: 0 };
      w.w += (util.sum / util.n) * pool.units;
      w.units += pool.units;
      w.n = Math.max(w.n, util.n);
      utilWeighted.set(pool.dataCenterId, w);
    }
  }
  const fields = [['power_kw', 'powerKw'], ['pue', 'pue'], ['green_share', 'greenShare'], ['racks_in_use', 'racksInUse']] as const;
  for (const s of dcs) {
    for (const [metric, f] of fields) if (s[f] !== undefined) add(metricOf(s.dataCenterId, metric), s[f]);
  }
  const rows: RollupRow[] = [];
  const hubTotals = new Map<string, Map<string, number>>();
  const total = (scope: string, metric: string, v: number): void => {
    let m = hubTotals.get(scope);
    if (!m) hubTotals.set(scope, (m = new Map()));
    m.set(metric, (m.get(metric) ?? 0) + v);
  };
  for (const [dcId, metrics] of perDc) {
    const dc = live.dataCenters.get(dcId);
    if (!dc) continue;
    const value = (metric: string): number | undefined => {
      const a = metrics.get(metric);
      if (!a || a.n === 0) return undefined;
      return metric.startsWith('units_in_use.') || metric.startsWith('used_p.') || metric === 'carbon_kg_per_h' ? a.sum : a.sum / a.n;
    };
    const power = value('power_kw');
    const green = value('green_share') ?? dc.greenShare;
    if (power !== undefined) {
      const c = metricOf(dcId, 'carbon_kg_per_h');
      c.sum = power * (1 - green) * dc.gridFactor;
      c.n = metrics.get('power_kw')!.n;
    }
    for (const [metric, a] of metrics) {
      const v = value(metric);
      if (v === undefined) continue;
      const raw = metric === 'power_kw' || metric === 'pue' || metric === 'green_share' || metric === 'racks_in_use';
      rows.push({ scope: `dc:${dcId}`, metric, step: 60, bucket: minute, value: v, min: raw ? a.min : v, max: raw ? a.max : v, samples: a.n });
      for (const scope of scopesOf(dc)) {
        if (metric === 'pue') {
          if (power !== undefined) total(scope, 'pue.it', power / v);
        } else if (metric === 'green_share') {
          if (power !== undefined) total(scope, 'green.kw', power * v);
        } else {
          total(scope, metric, v);
        }
      }
      if (metric === 'power_kw') for (const scope of scopesOf(dc)) total(scope, 'n', a.n);
    }
  }
  for (const [dcId, u] of utilWeighted) {
    const dc = live.dataCenters.get(dcId);
    if (!dc || u.units === 0) continue;
    const v = u.w / u.units;
    rows.push({ scope: `dc:${dcId}`, metric: 'utilisation', step: 60, bucket: minute, value: v, min: v, max: v, samples: u.n });
    for (const scope of scopesOf(dc)) {
      total(scope, 'util.w', u.w);
      total(scope, 'util.units', u.units);
    }
  }
  for (const [scope, m] of hubTotals) {
    const power = m.get('power_kw');
    const utilUnits = m.get('util.units');
    if (utilUnits !== undefined && utilUnits > 0) {
      const v = m.get('util.w')! / utilUnits;
      rows.push({ scope, metric: 'utilisation', step: 60, bucket: minute, value: v, min: v, max: v, samples: 1 });
    }
    for (const [metric, v] of m) {
      if (metric === 'pue.it' || metric === 'green.kw' || metric === 'n' || metric.startsWith('util.')) continue;
      rows.push({ scope, metric, step: 60, bucket: minute, value: v, min: v, max: v, samples: 1 });
    }
    if (power !== undefined && power > 0) {
      const it = m.get('pue.it');
      if (it !== undefined && it > 0) rows.push({ scope, metric: 'pue', step: 60, bucket: minute, value: power / it, min: power / it, max: power / it, samples: 1 });
      const g = m.get('green.kw');
      if (g !== undefined) rows.push({ scope, metric: 'green_share', step: 60, bucket: minute, value: g / power, min: g / power, max: g / power, samples: 1 });
    }
  }
  return rows;
}

/** The scopes a data center's figures add into: its cluster (if it is in one), its hub and the nation. */
function scopesOf(dc: { hubId: string; clusterId?: string | undefined }): string[] {
  return dc.clusterId ? [`cluster:${dc.clusterId}`, `hub:${dc.hubId}`, 'national'] : [`hub:${dc.hubId}`, 'national'];
}
