import { z } from 'zod';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors.js';
import type { Issue } from '../../core/errors.js';
import type { Clock } from '../../core/clock.js';
import type { DataCenter, Scenario } from '../../core/network/model.js';
import { Network } from '../../core/network/network.js';
import { buildScenario, issuesFromZod } from '../../core/network/scenario.js';
import { dataCenterFileSchema, yuanSchema } from '../../core/network/scenario.schema.js';
import { PlacementContext } from '../../core/placement/context.js';
import type { Store } from '../../store/store.js';
import { actorName } from './actor.js';
import type { Principal } from './actor.js';

/** The network as of one stored version, with what placement and monitoring precompute from it. */
export interface LiveNetwork {
  version: number;
  document: ScenarioDocument;
  scenario: Scenario;
  net: Network;
  ctx: PlacementContext;
  dataCenters: Map<string, DataCenter>;
  provinces: Set<string>;
}

type ScenarioDocument = Record<string, unknown> & { dataCenters: Record<string, unknown>[] };

/** What an operator may change on a data center after registering it. */
export const dataCenterPatchSchema = z.strictObject({
  name: z.string().min(1).max(200).optional(),
  operator: z.string().min(1).max(200).optional(),
  pue: z.number().min(1, { message: 'PUE must be at least 1' }).max(10).optional(),
  greenShare: z.number().min(0, { message: 'must be between 0 and 1' }).max(1, { message: 'must be between 0 and 1' }).optional(),
  electricityPrice: yuanSchema('Electricity price per kWh.').optional(),
  racks: z.strictObject({ built: z.number().int().min(0), inUse: z.number().int().min(0) }).optional(),
  pools: z.array(z.strictObject({
    id: z.string().min(1).max(128).describe('Id of an existing pool.'),
    units: z.number().int({ message: 'must be a whole number of units' }).min(0, { message: 'must not be negative' }).max(Number.MAX_SAFE_INTEGER).optional(),
    price: yuanSchema('Posted price per unit-hour.').optional(),
    model: z.string().min(1).max(128).optional().describe('Hardware model, e.g. A100.'),
  })).max(1000).optional(),
}).describe('Capacity, prices and facility figures of a data center; only the fields given change.');
export type DataCenterPatch = z.output<typeof dataCenterPatchSchema>;

/**
 * The platform's network: loaded whole from a scenario or changed one data
 * center at a time, every change validated by the scenario rules and stored
 * as a new version. Reads are served from a copy refreshed at most every
 * `maxAgeMs`, so several processes on one database converge within that.
 */
export class NetworkService {
  private cached: LiveNetwork | undefined;
  private checkedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly store: Store, private readonly clock: Clock, private readonly maxAgeMs = 1000) {}

  async current(): Promise<LiveNetwork | undefined> {
    const now = this.clock.now();
    if (now - this.checkedAt < this.maxAgeMs) return this.cached;
    const version = await this.store.network.latestVersion();
    this.checkedAt = now;
    if (version === 0) return (this.cached = undefined);
    if (this.cached?.version === version) return this.cached;
    const stored = await this.store.network.latest();
    if (!stored) return (this.cached = undefined);
    this.cached = live(stored.version, stored.document as ScenarioDocument);
    return this.cached;
  }

  /** The current network, or a 404-style error saying how to load one. */
  async require(): Promise<LiveNetwork> {
    const n = await this.current();
    if (!n) throw new NotFoundError('no network is loaded yet: an admin loads one with POST /v1/scenario or `suanli serve --scenario FILE`');
    return n;
  }

  /** Replaces the network with a scenario document. */
  async loadScenario(doc: unknown, who: Principal, source = 'request body'): Promise<{ version: number; warnings: Issue[]; dataCenters: number }> {
    const { warnings } = buildScenario(doc, source);
    const version = await this.save(doc as ScenarioDocument, who, 'scenario.load', 'network', { name: (doc as { name?: unknown }).name });
    return { version, warnings, dataCenters: (doc as ScenarioDocument).dataCenters.length };
  }

  /** Adds one data center (scenario file format) to the network. */
  async registerDataCenter(body: Record<string, unknown>, who: Principal): Promise<{ version: number; dataCenter: DataCenter }> {
    // The data center is stored as written, in the scenario file's form; its fields are checked by the file's schema.
    const shape = dataCenterFileSchema.safeParse(body, { reportInput: true });
    if (!shape.success) throw new ValidationError('request body', issuesFromZod(shape.error));
    const id = shape.data.id;
    const current = await this.require();
    if (current.dataCenters.has(id)) throw new ConflictError(`data center "${id}" already exists; change it with PATCH /v1/datacenters/${id}`);
    const doc: ScenarioDocument = { ...current.document, dataCenters: [...current.document.dataCenters, body as Record<string, unknown>] };
    this.validateChange(doc, current.document.dataCenters.length);
    const version = await this.save(doc, who, 'datacenter.register', id, {}, current.version);
    return { version, dataCenter: (await this.require()).dataCenters.get(id)! };
  }

  /** Changes capacity, prices or facility figures of one data center. */
  async patchDataCenter(id: string, patch: DataCenterPatch, who: Principal): Promise<{ version: number; dataCenter: DataCenter }> {
    const current = await this.require();
    const index = current.document.dataCenters.findIndex((d) => d.id === id);
    if (index < 0) throw new NotFoundError(`data center "${id}" not found`);
    const before = current.document.dataCenters[index]!;
    const { pools: poolPatches, ...fields } = patch;
    const after: Record<string, unknown> = { ...before, ...fields };
    if (poolPatches) {
      const pools = [...((before.pools as Record<string, unknown>[] | undefined) ?? [])];
      const issues: Issue[] = [];
      poolPatches.forEach((pp, i) => {
        const at = pools.findIndex((p) => p.id === pp.id);
        if (at < 0) {
          issues.push({ path: `pools[${i}].id`, message: `no pool "${pp.id}" in data center "${id}" (pools: ${pools.map((p) => String(p.id)).join(', ') || 'none'})` });
          return;
        }
        const { id: _id, ...change } = pp;
        pools[at] = { ...pools[at], ...change };
      });
      if (issues.length > 0) throw new ValidationError('request body', issues);
      after.pools = pools;
    }
    const dataCenters = [...current.document.dataCenters];
    dataCenters[index] = after;
    const doc: ScenarioDocument = { ...current.document, dataCenters };
    this.validateChange(doc, index);
    const version = await this.save(doc, who, 'datacenter.patch', id, patch, current.version);
    return { version, dataCenter: (await this.require()).dataCenters.get(id)! };
  }

  /** Validates the whole changed network and reports problems of data center `index` relative to the request body. */
  private validateChange(doc: ScenarioDocument, index: number): void {
    try {
      buildScenario(doc, 'request body');
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      const prefix = `dataCenters[${index}]`;
      throw new ValidationError('request body', e.issues.map((i) => ({
        path: i.path.startsWith(`${prefix}.`) ? i.path.slice(prefix.length + 1) : i.path === prefix ? '' : i.path,
        message: i.message,
      })));
    }
  }

  private async save(doc: ScenarioDocument, who: Principal, action: string, target: string, detail: unknown, basedOn?: number): Promise<number> {
    const now = this.clock.now();
    const version = await this.store.db.transaction(async (tx) => {
      const base = basedOn ?? (await this.store.network.latestVersion(tx));
      const v = await this.store.network.save(doc, base, actorName(who), now, tx);
      await this.store.audit.append([{ at: now, actor: actorName(who), action, target, source: who.source, detail: { ...(detail as object), version: v } }], tx);
      return v;
    });
    this.checkedAt = Number.NEGATIVE_INFINITY;
    return version;
  }
}

function live(version: number, document: ScenarioDocument): LiveNetwork {
  const { scenario } = buildScenario(document, `network version ${version}`);
  const net = new Network(scenario);
  return {
    version, document, scenario, net,
    ctx: new PlacementContext(net),
    dataCenters: new Map(scenario.dataCenters.map((d) => [d.id, d])),
    provinces: new Set(scenario.dataCenters.map((d) => d.province)),
  };
}
