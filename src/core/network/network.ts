import type { ComputeClass } from './compute-class.js';
import { greatCircleKm } from './geo.js';
import { latencyForKm } from './latency.js';
import type { Cluster, DataCenter, Hub, Origin, Pool, Scenario } from './model.js';
import { NotFoundError } from '../errors.js';

/** A point of the network that latency can be measured from or to. */
export type Endpoint = { kind: 'origin'; origin: Origin } | { kind: 'dataCenter'; dataCenter: DataCenter };

/**
 * Read-only indexes over a scenario: look-ups by id, the latency model with its
 * overrides, and each origin's home hub. Latency rows are computed on first use
 * per origin and cached, so a network of 10,000 data centers costs nothing
 * until asked.
 */
export class Network {
  readonly hubs = new Map<string, Hub>();
  readonly clusters = new Map<string, Cluster>();
  readonly origins = new Map<string, Origin>();
  readonly dataCenters = new Map<string, DataCenter>();
  /** All pools, data center by data center, in scenario order. */
  readonly pools: Pool[] = [];
  /** Index of each data center in scenario.dataCenters. */
  readonly dcIndex = new Map<string, number>();
  private readonly overrides = new Map<string, number>();
  private readonly originRows = new Map<string, Float64Array>();
  private readonly homeHubs = new Map<string, string>();
  private readonly modelsByClass = new Map<ComputeClass, Set<string>>();

  constructor(readonly scenario: Scenario) {
    for (const h of scenario.hubs) this.hubs.set(h.id, h);
    for (const c of scenario.clusters) this.clusters.set(c.id, c);
    for (const o of scenario.origins) this.origins.set(o.id, o);
    scenario.dataCenters.forEach((d, i) => {
      this.dataCenters.set(d.id, d);
      this.dcIndex.set(d.id, i);
      for (const p of d.pools) {
        this.pools.push(p);
        let models = this.modelsByClass.get(p.class);
        if (!models) this.modelsByClass.set(p.class, (models = new Set()));
        models.add(p.model);
      }
    });
    for (const o of scenario.network.latencyOverrides) {
      this.overrides.set(pairKey(o.from, o.to), o.ms);
      this.overrides.set(pairKey(o.to, o.from), o.ms);
    }
  }

  hub(id: string): Hub {
    return getOr(this.hubs, id, 'hub');
  }

  dataCenter(id: string): DataCenter {
    return getOr(this.dataCenters, id, 'data center');
  }

  origin(id: string): Origin {
    return getOr(this.origins, id, 'origin');
  }

  /** An origin or a data center by id. */
  endpoint(id: string): Endpoint {
    const origin = this.origins.get(id);
    if (origin) return { kind: 'origin', origin };
    const dataCenter = this.dataCenters.get(id);
    if (dataCenter) return { kind: 'dataCenter', dataCenter };
    throw new NotFoundError(`"${id}" is neither an origin nor a data center of scenario "${this.scenario.name}"`, {
      context: { id },
    });
  }

  /** Models offered by some pool of `cls`. */
  modelsOf(cls: ComputeClass): ReadonlySet<string> {
    return this.modelsByClass.get(cls) ?? new Set();
  }

  /** Provinces that some data center is in. */
  provinces(): Set<string> {
    return new Set(this.scenario.dataCenters.map((d) => d.province));
  }

  /** One-way latency in ms between two endpoints (origin or data center ids), honouring overrides. */
  latencyMs(fromId: string, toId: string): number {
    if (fromId === toId) return 0;
    const override = this.overrides.get(pairKey(fromId, toId));
    if (override !== undefined) return override;
    const a = pointOf(this.endpoint(fromId));
    const b = pointOf(this.endpoint(toId));
    return latencyForKm(greatCircleKm(a.lat, a.lon, b.lat, b.lon), this.scenario.network);
  }

  /**
   * Latency in ms from an origin to every data center, indexed like
   * scenario.dataCenters. Cached per origin.
   */
  latencyRow(originId: string): Float64Array {
    let row = this.originRows.get(originId);
    if (row) return row;
    const o = this.origin(originId);
    const dcs = this.scenario.dataCenters;
    row = new Float64Array(dcs.length);
    for (let i = 0; i < dcs.length; i++) {
      const d = dcs[i] as DataCenter;
      const override = this.overrides.size === 0 ? undefined : this.overrides.get(pairKey(o.id, d.id));
      row[i] = override ?? latencyForKm(greatCircleKm(o.lat, o.lon, d.lat, d.lon), this.scenario.network);
    }
    this.originRows.set(originId, row);
    return row;
  }

  /** The origin's home hub: the hub of the data center nearest to it by great-circle distance. */
  homeHub(originId: string): string {
    const cached = this.homeHubs.get(originId);
    if (cached) return cached;
    const o = this.origin(originId);
    let best: DataCenter | undefined;
    let bestKm = Number.POSITIVE_INFINITY;
    for (const d of this.scenario.dataCenters) {
      const km = greatCircleKm(o.lat, o.lon, d.lat, d.lon);
      if (km < bestKm) {
        bestKm = km;
        best = d;
      }
    }
    if (!best) throw new NotFoundError(`scenario "${this.scenario.name}" has no data centers`);
    this.homeHubs.set(originId, best.hubId);
    return best.hubId;
  }
}

function pairKey(a: string, b: string): string {
  return `${a}\u0000${b}`;
}

function pointOf(e: Endpoint): { lat: number; lon: number } {
  return e.kind === 'origin' ? e.origin : e.dataCenter;
}

function getOr<T>(map: Map<string, T>, id: string, kind: string): T {
  const v = map.get(id);
  if (v === undefined) throw new NotFoundError(`unknown ${kind} "${id}"`, { context: { id } });
  return v;
}
