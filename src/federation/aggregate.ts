/**
 * Monitoring summaries of several platforms added into one: counts,
 * capacities, units, power and carbon add up; PUE is recomputed weighted by
 * IT power (power / PUE of each), green share weighted by power, fill rates
 * from the summed units. A parent's national figure is its own summary plus
 * its children's, each as the child last uploaded it.
 */
type PerClass = Record<string, number>;

export interface SummaryFigures {
  dataCenters: { total: number; reporting: number; stale: number };
  capacityP: PerClass;
  capacityUnits: PerClass;
  inUseP: PerClass;
  inUseUnits: PerClass;
  racks: { built: number; inUse: number };
  powerKw: number;
  powerEstimatedFor: number;
  pue: number | null;
  greenShare: number | null;
  carbonTodayKg: number;
  jobs: { byState: Record<string, number>; running: number };
  eastToWest: { jobs: number; units: number };
}

const round = (x: number, d: number): number => Math.round(x * 10 ** d) / 10 ** d;

function addClasses(into: PerClass, from: PerClass | undefined): void {
  for (const [k, v] of Object.entries(from ?? {})) into[k] = (into[k] ?? 0) + Number(v);
}

export function sumSummaries(parts: readonly SummaryFigures[]): SummaryFigures & { fillRate: Record<string, number | null>; racks: { built: number; inUse: number; fillRate: number | null } } {
  const out = {
    dataCenters: { total: 0, reporting: 0, stale: 0 },
    capacityP: {} as PerClass, capacityUnits: {} as PerClass, inUseP: {} as PerClass, inUseUnits: {} as PerClass,
    racks: { built: 0, inUse: 0 }, powerKw: 0, powerEstimatedFor: 0, carbonTodayKg: 0,
    jobs: { byState: {} as Record<string, number>, running: 0 }, eastToWest: { jobs: 0, units: 0 },
  };
  let itPower = 0;
  let green = 0;
  for (const s of parts) {
    out.dataCenters.total += s.dataCenters.total;
    out.dataCenters.reporting += s.dataCenters.reporting;
    out.dataCenters.stale += s.dataCenters.stale;
    addClasses(out.capacityP, s.capacityP);
    addClasses(out.capacityUnits, s.capacityUnits);
    addClasses(out.inUseP, s.inUseP);
    addClasses(out.inUseUnits, s.inUseUnits);
    out.racks.built += s.racks.built;
    out.racks.inUse += s.racks.inUse;
    out.powerKw += s.powerKw;
    out.powerEstimatedFor += s.powerEstimatedFor;
    out.carbonTodayKg += s.carbonTodayKg;
    addClasses(out.jobs.byState, s.jobs.byState);
    out.jobs.running += s.jobs.running;
    out.eastToWest.jobs += s.eastToWest.jobs;
    out.eastToWest.units += s.eastToWest.units;
    if (s.pue !== null && s.pue > 0) itPower += s.powerKw / s.pue;
    if (s.greenShare !== null) green += s.powerKw * s.greenShare;
  }
  for (const k of ['capacityP', 'inUseP'] as const) for (const c of Object.keys(out[k])) out[k][c] = round(out[k][c]!, 3);
  const fillRate = Object.fromEntries(Object.keys(out.capacityUnits).map((c) => [c, out.capacityUnits[c]! > 0 ? round((out.inUseUnits[c] ?? 0) / out.capacityUnits[c]!, 4) : null]));
  return {
    ...out,
    fillRate,
    racks: { ...out.racks, fillRate: out.racks.built > 0 ? round(out.racks.inUse / out.racks.built, 4) : null },
    powerKw: round(out.powerKw, 1),
    carbonTodayKg: round(out.carbonTodayKg, 1),
    pue: itPower > 0 ? round(out.powerKw / itPower, 4) : null,
    greenShare: out.powerKw > 0 ? round(green / out.powerKw, 4) : null,
  };
}

/** One bucket of one metric of a rollup series, without its scope. */
export interface SeriesPoint {
  metric: string;
  step: number;
  bucket: number;
  value: number;
  min: number;
  max: number;
  samples: number;
}

/** Metrics that do not add up over platforms: PUE and green share are weighted by power, utilisation by samples. */
const INTENSIVE = new Set(['pue', 'green_share', 'utilisation']);

/**
 * Rollup series of several platforms (or scopes) added into one, bucket by
 * bucket, the way sumSummaries adds summaries: power, units, racks and carbon
 * add up (their min and max too, as bounds); PUE is weighted by IT power and
 * green share by power in the same bucket; utilisation is averaged over
 * samples. A platform missing from a bucket adds nothing to it.
 */
export function sumSeries(parts: readonly (readonly SeriesPoint[])[]): SeriesPoint[] {
  const groups = new Map<string, SeriesPoint[][]>();
  parts.forEach((rows, i) => {
    for (const r of rows) {
      const key = `${r.step}|${r.bucket}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = parts.map(() => [])));
      g[i]!.push(r);
    }
  });
  const out: SeriesPoint[] = [];
  for (const g of groups.values()) {
    const { step, bucket } = g.find((rows) => rows.length > 0)![0]!;
    const byMetric = g.map((rows) => new Map(rows.map((r) => [r.metric, r])));
    const metrics = new Set(g.flat().map((r) => r.metric));
    for (const metric of metrics) {
      const have = byMetric.map((m) => ({ r: m.get(metric), power: m.get('power_kw')?.value ?? 0 })).filter((x): x is { r: SeriesPoint; power: number } => x.r !== undefined);
      const samples = have.reduce((n, x) => n + x.r.samples, 0);
      if (!INTENSIVE.has(metric)) {
        out.push({ metric, step, bucket, samples, value: have.reduce((s, x) => s + x.r.value, 0), min: have.reduce((s, x) => s + x.r.min, 0), max: have.reduce((s, x) => s + x.r.max, 0) });
        continue;
      }
      let value: number;
      const powered = have.filter((x) => x.power > 0 && x.r.value > 0);
      if (metric === 'pue' && powered.length > 0) {
        value = powered.reduce((s, x) => s + x.power, 0) / powered.reduce((s, x) => s + x.power / x.r.value, 0);
      } else if (metric === 'green_share' && powered.length > 0) {
        value = powered.reduce((s, x) => s + x.power * x.r.value, 0) / powered.reduce((s, x) => s + x.power, 0);
      } else {
        value = have.reduce((s, x) => s + x.r.value * Math.max(1, x.r.samples), 0) / have.reduce((s, x) => s + Math.max(1, x.r.samples), 0);
      }
      out.push({ metric, step, bucket, samples, value, min: Math.min(...have.map((x) => x.r.min)), max: Math.max(...have.map((x) => x.r.max)) });
    }
  }
  return out.sort((a, b) => a.step - b.step || a.bucket - b.bucket || a.metric.localeCompare(b.metric));
}
