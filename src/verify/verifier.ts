import type { Scenario } from '../core/network/model.js';
import type { JobSpec } from '../core/workload/job.js';
import type { PlacementRecord } from '../formats/placements.js';

/**
 * An independent check of a schedule, from the files alone. It deliberately
 * shares no code with the placement engine: latency, home hubs, capacity over
 * time and every cost are recomputed here from the definitions in
 * docs/placement.md. Each cost part may differ from the file by at most one
 * minor unit (0.0001 yuan), the rounding allowance of two implementations.
 */
export interface Violation {
  job: string;
  rule: string;
  detail: string;
}

export interface VerifyReport {
  jobs: number;
  placed: number;
  unplaced: number;
  violations: Violation[];
  /** Recomputed total cost, in 1/10,000 yuan, including unplaced penalties. */
  totalCost: number;
  /** The file's own total, in 1/10,000 yuan. */
  fileTotal: number;
}

const EARTH_KM = 6371.0088;
const BOUNDS: Record<string, number> = { realtime: 5, interactive: 20, batch: Infinity };

function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const r = Math.PI / 180;
  const s1 = Math.sin(((bLat - aLat) * r) / 2);
  const s2 = Math.sin(((bLon - aLon) * r) / 2);
  const h = s1 * s1 + Math.cos(aLat * r) * Math.cos(bLat * r) * s2 * s2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Over [start, start + seconds): the hours weighted by each hour's price
 * factor, and the hours weighted by each hour's share not green, walking
 * the run hour by hour (hour of time t: floor(t / 3600) mod 24).
 */
function hourByHour(dc: Scenario['dataCenters'][number], start: number, seconds: number): { factorHours: number; nonGreenHours: number } {
  let factorHours = 0;
  let nonGreenHours = 0;
  if (!dc.hourly) return { factorHours: seconds / 3600, nonGreenHours: (seconds / 3600) * (1 - dc.greenShare) };
  let t = start;
  const end = start + seconds;
  while (t < end) {
    const hourStart = Math.floor(t / 3600) * 3600;
    const next = Math.min(end, hourStart + 3600);
    const h = ((Math.floor(t / 3600) % 24) + 24) % 24;
    const part = (next - t) / 3600;
    factorHours += part * (dc.hourly.priceFactor[h] as number);
    nonGreenHours += part * (1 - (dc.hourly.greenShare[h] as number));
    t = next;
  }
  return { factorHours, nonGreenHours };
}

export function verifySchedule(s: Scenario, jobs: readonly JobSpec[], records: readonly PlacementRecord[]): VerifyReport {
  const violations: Violation[] = [];
  const fail = (job: string, rule: string, detail: string): void => {
    violations.push({ job, rule, detail });
  };
  const jobById = new Map(jobs.map((j) => [j.id, j]));
  const origins = new Map(s.origins.map((o) => [o.id, o]));
  const dcs = new Map(s.dataCenters.map((d) => [d.id, d]));
  const overrides = new Map<string, number>();
  for (const o of s.network.latencyOverrides) {
    overrides.set(`${o.from}>${o.to}`, o.ms);
    overrides.set(`${o.to}>${o.from}`, o.ms);
  }
  const homeHub = new Map<string, string>();
  for (const o of s.origins) {
    let bestKm = Infinity;
    let hub = '';
    for (const d of s.dataCenters) {
      const k = km(o.lat, o.lon, d.lat, d.lon);
      if (k < bestKm) {
        bestKm = k;
        hub = d.hubId;
      }
    }
    homeHub.set(o.id, hub);
  }

  const seen = new Set<string>();
  // Capacity events per pool: +units at start, -units at end.
  const events = new Map<string, { t: number; du: number }[]>();
  let placed = 0;
  let unplaced = 0;
  let totalCost = 0;
  let fileTotal = 0;

  for (const r of records) {
    const job = jobById.get(r.job);
    if (!job) {
      fail(r.job, 'known-job', 'the placements name a job that is not in the job stream');
      continue;
    }
    if (seen.has(r.job)) {
      fail(r.job, 'once', 'the job is placed more than once');
      continue;
    }
    seen.add(r.job);
    const hours = job.durationS / 3600;
    if (r.unplaced) {
      unplaced++;
      const penalty = Math.round((s.unplacedPenalty * job.units * job.durationS) / 3600);
      totalCost += penalty;
      fileTotal += r.penalty ?? 0;
      if (Math.abs((r.penalty ?? 0) - penalty) > 1) fail(r.job, 'penalty', `penalty ${r.penalty} != ${penalty} (1/10,000 yuan)`);
      continue;
    }
    placed++;
    const dc = dcs.get(r.dataCenter ?? '');
    const pool = dc?.pools.find((p) => p.id === r.pool);
    if (!dc || !pool) {
      fail(r.job, 'known-pool', `no pool ${r.dataCenter}/${r.pool} in the scenario`);
      continue;
    }
    const origin = origins.get(job.origin);
    if (!origin) {
      fail(r.job, 'known-origin', `unknown origin ${job.origin}`);
      continue;
    }
    if (pool.class !== job.class) fail(r.job, 'class', `pool class ${pool.class}, job class ${job.class}`);
    if (job.models && !job.models.includes(pool.model)) fail(r.job, 'model', `model ${pool.model} not in ${job.models.join('|')}`);
    const ms = overrides.get(`${origin.id}>${dc.id}`)
      ?? (km(origin.lat, origin.lon, dc.lat, dc.lon) * s.network.routeFactor) / s.network.fiberKmPerMs + s.network.overheadMs;
    const bound = job.maxLatencyMs ?? BOUNDS[job.latency] ?? Infinity;
    if (ms > bound + 1e-9) fail(r.job, 'latency', `${ms.toFixed(3)} ms exceeds the bound of ${bound} ms`);
    if (Math.abs((r.latencyMs ?? -1) - ms) > 1e-3) fail(r.job, 'latency-reported', `file says ${r.latencyMs} ms, recomputed ${ms.toFixed(6)} ms`);
    if (job.residency && !job.residency.includes(dc.hubId) && !job.residency.includes(dc.province)) {
      fail(r.job, 'residency', `${dc.id} (${dc.hubId}, ${dc.province}) outside ${job.residency.join('|')}`);
    }
    if (job.minGreenShare !== undefined && dc.greenShare < job.minGreenShare) fail(r.job, 'green', `green share ${dc.greenShare} < ${job.minGreenShare}`);
    if (job.maxPrice !== undefined && pool.price > job.maxPrice) fail(r.job, 'price', `price ${pool.price} > ${job.maxPrice} (1/10,000 yuan)`);
    // The job starts inside its window [submitAt, submitAt + maxWaitS] and runs for its duration.
    const start = r.start ?? NaN;
    const latest = job.submitAt + (job.maxWaitS ?? 0);
    if (!(start >= job.submitAt && start <= latest)) {
      fail(r.job, 'start', job.maxWaitS ? `starts at ${r.start}, outside its window ${job.submitAt} to ${latest}` : `starts at ${r.start}, submitted at ${job.submitAt}`);
    }
    if (r.startAt !== undefined && r.startAt !== r.start) fail(r.job, 'startAt', `startAt ${r.startAt} is not start ${r.start}`);
    if (r.end !== start + job.durationS) fail(r.job, 'end', `ends at ${r.end}, should be ${start + job.durationS}`);
    const key = `${dc.id}/${pool.id}`;
    let list = events.get(key);
    if (!list) events.set(key, (list = []));
    list.push({ t: start, du: job.units }, { t: start + job.durationS, du: -job.units });

    // Hourly prices and green shares, hour by hour over the run (the definition, not the engine's prefix sums).
    const { factorHours, nonGreenHours } = hourByHour(dc, start, job.durationS);
    const compute = dc.hourly ? Math.round((pool.price * job.units * factorHours)) : Math.round((pool.price * job.units * job.durationS) / 3600);
    const transfer = dc.hubId !== homeHub.get(origin.id) ? Math.round(s.network.transferPricePerGb * job.dataGb) : 0;
    const co2 = dc.hourly
      ? job.units * pool.unitPowerKw * dc.pue * nonGreenHours * dc.gridFactor
      : job.units * pool.unitPowerKw * dc.pue * hours * (1 - dc.greenShare) * dc.gridFactor;
    const carbon = Math.round(s.carbonPrice * co2);
    const c = r.cost ?? { compute: NaN, transfer: NaN, carbon: NaN, total: NaN };
    for (const [part, mine, theirs] of [['compute', compute, c.compute], ['transfer', transfer, c.transfer], ['carbon', carbon, c.carbon]] as const) {
      if (!(Math.abs(mine - theirs) <= 1)) fail(r.job, `cost.${part}`, `file ${theirs}, recomputed ${mine} (1/10,000 yuan)`);
    }
    if (c.total !== c.compute + c.transfer + c.carbon) fail(r.job, 'cost.total', `total ${c.total} is not the sum of its parts`);
    totalCost += compute + transfer + carbon;
    fileTotal += c.total;
  }

  for (const j of jobs) if (!seen.has(j.id)) fail(j.id, 'every-job', 'the job has no placement line');

  for (const [key, list] of events) {
    const [dcId, poolId] = key.split('/') as [string, string];
    const units = dcs.get(dcId)!.pools.find((p) => p.id === poolId)!.units;
    // Ends before starts at the same instant: a job may start as another ends.
    list.sort((a, b) => a.t - b.t || a.du - b.du);
    let used = 0;
    for (const e of list) {
      used += e.du;
      if (used > units) {
        fail(key, 'capacity', `${used} units in use at t=${e.t}, the pool has ${units}`);
        break;
      }
    }
  }
  return { jobs: jobs.length, placed, unplaced, violations, totalCost, fileTotal };
}
