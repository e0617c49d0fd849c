import type { z } from 'zod';
import { scenarioFileSchema } from './scenario.schema.js';
import type { ScenarioFile } from './scenario.schema.js';
import type { Cluster, DataCenter, Hub, Origin, Pool, Scenario } from './model.js';
import { ValidationError, formatPath } from '../errors.js';
import type { Issue } from '../errors.js';
import { yuanToMinor } from '../money.js';

/** The result of building a scenario: the model plus warnings that do not stop it. */
export interface BuiltScenario {
  scenario: Scenario;
  warnings: Issue[];
}

/** Turns zod issues into our issues, with paths like `dataCenters[3].pools[0].units`. */
export function issuesFromZod(error: z.ZodError, prefix: readonly PropertyKey[] = []): Issue[] {
  return error.issues.map((i) => ({ path: formatPath([...prefix, ...i.path]), message: describeZodIssue(i) }));
}

function describeZodIssue(i: z.core.$ZodIssue): string {
  if (i.code === 'unrecognized_keys') return `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`;
  if (i.code === 'invalid_type') {
    if (i.input === undefined) return 'is required';
    if (!i.message.startsWith('Invalid input')) return i.message; // a message of our own
    return `must be ${TYPE_NAMES[i.expected] ?? i.expected}, got ${describeValue(i.input)}`;
  }
  if ((i.code === 'too_small' || i.code === 'too_big') && typeof i.input === 'number') return `${i.message} (got ${i.input})`;
  return i.message;
}

const TYPE_NAMES: Record<string, string> = {
  number: 'a number', string: 'a text', boolean: 'true or false', object: 'a mapping of fields', array: 'a list',
  int: 'a whole number', record: 'a mapping',
};

/** A short description of a bad value for an error message. */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return v.length > 40 ? `text "${v.slice(0, 40)}..."` : `text "${v}"`;
  return `${typeof v} ${String(v)}`;
}

/**
 * Validates a parsed scenario document (from YAML, JSON or a request body) and
 * builds the model. Throws ValidationError listing every problem, each with its
 * field path; `source` names the input in messages.
 */
export function buildScenario(doc: unknown, source = 'scenario'): BuiltScenario {
  const parsed = scenarioFileSchema.safeParse(doc, { reportInput: true });
  if (!parsed.success) throw new ValidationError(source, issuesFromZod(parsed.error));
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const scenario = toModel(parsed.data, errors, warnings);
  if (errors.length > 0) throw new ValidationError(source, errors);
  return { scenario, warnings };
}

function toModel(f: ScenarioFile, errors: Issue[], warnings: Issue[]): Scenario {
  const hubIds = uniqueIds(f.hubs, 'hubs', errors);
  const clusterIds = uniqueIds(f.clusters, 'clusters', errors);
  const originIds = uniqueIds(f.origins, 'origins', errors);
  const dcIds = uniqueIds(f.dataCenters, 'dataCenters', errors);

  const hubs: Hub[] = f.hubs.map((h) => ({
    id: h.id, name: h.name, ...(h.nameZh !== undefined && { nameZh: h.nameZh }), side: h.side, national: h.national,
    ...(h.lat !== undefined && { lat: h.lat }), ...(h.lon !== undefined && { lon: h.lon }),
  }));

  const clusterHub = new Map<string, string>();
  const clusters: Cluster[] = f.clusters.map((c, i) => {
    if (!hubIds.has(c.hub)) errors.push({ path: `clusters[${i}].hub`, message: unknownRef('hub', c.hub, hubIds) });
    clusterHub.set(c.id, c.hub);
    return {
      id: c.id, hubId: c.hub, name: c.name, ...(c.nameZh !== undefined && { nameZh: c.nameZh }), national: c.national,
      ...(c.lat !== undefined && { lat: c.lat }), ...(c.lon !== undefined && { lon: c.lon }),
    };
  });

  const origins: Origin[] = f.origins.map((o, i) => {
    const dc = dcIds.get(o.id);
    if (dc !== undefined) {
      errors.push({ path: `origins[${i}].id`, message: `"${o.id}" is also the id of dataCenters[${dc}]; origins and data centers share one namespace` });
    }
    return { id: o.id, name: o.name, ...(o.nameZh !== undefined && { nameZh: o.nameZh }), province: o.province, lat: o.lat, lon: o.lon, weight: o.weight };
  });
  if (f.origins.every((o) => o.weight === 0)) {
    errors.push({ path: 'origins', message: 'at least one origin needs a weight above 0' });
  }

  const usedHubs = new Set<string>();
  const dataCenters: DataCenter[] = f.dataCenters.map((d, i) => {
    const at = `dataCenters[${i}]`;
    if (!hubIds.has(d.hub)) errors.push({ path: `${at}.hub`, message: unknownRef('hub', d.hub, hubIds) });
    usedHubs.add(d.hub);
    if (d.cluster !== undefined) {
      const hubOfCluster = clusterHub.get(d.cluster);
      if (!clusterIds.has(d.cluster)) {
        errors.push({ path: `${at}.cluster`, message: unknownRef('cluster', d.cluster, clusterIds) });
      } else if (hubOfCluster !== d.hub) {
        errors.push({ path: `${at}.cluster`, message: `cluster "${d.cluster}" belongs to hub "${hubOfCluster}", not "${d.hub}"` });
      }
    }
    if (d.racks.inUse > d.racks.built) {
      errors.push({ path: `${at}.racks.inUse`, message: `racks in use (${d.racks.inUse}) exceed racks built (${d.racks.built})` });
    }
    if (d.pools.length === 0) warnings.push({ path: `${at}.pools`, message: `data center "${d.id}" has no pools` });
    uniqueIds(d.pools, `${at}.pools`, errors);
    const pools: Pool[] = d.pools.map((p) => ({
      id: p.id,
      key: `${d.id}/${p.id}`,
      dataCenterId: d.id,
      class: p.class,
      model: p.model,
      units: p.units,
      unitTflops: p.unitTflops,
      unitPowerKw: p.unitPowerKw,
      price: yuanToMinor(p.price),
    }));
    return {
      id: d.id, name: d.name, ...(d.nameZh !== undefined && { nameZh: d.nameZh }), hubId: d.hub,
      ...(d.cluster !== undefined && { clusterId: d.cluster }),
      province: d.province,
      ...(d.operator !== undefined && { operator: d.operator }),
      lat: d.lat, lon: d.lon, pue: d.pue,
      electricityPrice: yuanToMinor(d.electricityPrice),
      greenShare: d.greenShare, gridFactor: d.gridFactor,
      ...(d.hourly !== undefined && (d.hourly.priceFactor !== undefined || d.hourly.greenShare !== undefined) && {
        hourly: { priceFactor: d.hourly.priceFactor ?? Array.from({ length: 24 }, () => 1), greenShare: d.hourly.greenShare ?? Array.from({ length: 24 }, () => d.greenShare) },
      }),
      racks: { built: d.racks.built, inUse: d.racks.inUse },
      pools,
    };
  });
  f.hubs.forEach((h, i) => {
    if (!usedHubs.has(h.id)) warnings.push({ path: `hubs[${i}]`, message: `hub "${h.id}" has no data centers` });
  });

  f.network.latencyOverrides.forEach((o, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!originIds.has(o[end]) && !dcIds.has(o[end])) {
        errors.push({ path: `network.latencyOverrides[${i}].${end}`, message: `"${o[end]}" is neither an origin nor a data center` });
      }
    }
  });

  return {
    version: 1,
    name: f.name,
    ...(f.description !== undefined && { description: f.description }),
    carbonPrice: yuanToMinor(f.carbonPrice),
    unplacedPenalty: yuanToMinor(f.unplacedPenalty),
    network: {
      fiberKmPerMs: f.network.fiberKmPerMs,
      routeFactor: f.network.routeFactor,
      overheadMs: f.network.overheadMs,
      transferPricePerGb: yuanToMinor(f.network.transferPricePerGb),
      latencyOverrides: f.network.latencyOverrides.map((o) => ({ from: o.from, to: o.to, ms: o.ms })),
    },
    hubs, clusters, origins, dataCenters,
  };
}

/** Records duplicate ids as errors; returns id -> first index. */
function uniqueIds(items: readonly { id: string }[], path: string, errors: Issue[]): Map<string, number> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      errors.push({ path: `${path}[${i}].id`, message: `duplicate id "${item.id}" (first used at ${path}[${first}])` });
    } else {
      seen.set(item.id, i);
    }
  });
  return seen;
}

function unknownRef(kind: string, id: string, known: Map<string, number>): string {
  const names = [...known.keys()];
  const hint = names.length <= 12 ? ` (known: ${names.join(', ') || 'none'})` : '';
  return `unknown ${kind} "${id}"${hint}`;
}
