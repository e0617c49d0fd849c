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
