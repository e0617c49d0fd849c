import { NotFoundError, ValidationError } from '../../../core/errors.js';
import type { DataCenter } from '../../../core/network/model.js';
import { formatYuan } from '../../../core/money.js';
import { sumSummaries } from '../../../federation/aggregate.js';
import type { SummaryFigures } from '../../../federation/aggregate.js';
import { keyFingerprint } from '../../../federation/protocol.js';
import type { InventoryPlatform } from '../../../federation/protocol.js';
import type { Principal } from '../actor.js';
import type { MonitoringService } from '../monitoring.service.js';
import type { NetworkService } from '../network.service.js';
import type { RoutedBilling } from './billing.js';
import type { FederationContext } from './context.js';

const ID = '[A-Za-z0-9][A-Za-z0-9._-]{0,127}';
const RESOURCE_URI = new RegExp(`^suanli://(${ID})/(${ID})(?:/(${ID}))?$`);

/**
 * What the federation shows: the national summary (this platform's own and
 * its children's uploads), the inventory of everything below, resource
 * identifiers resolved against it, and the state of each link.
 */
export class FederationViews {
  constructor(
    private readonly ctx: FederationContext,
    private readonly network: NetworkService,
    private readonly monitoring: MonitoringService,
    private readonly billing: RoutedBilling,
  ) {}

  /**
   * This platform's national summary: its own data centers (if it has a
   * network) plus each child's latest upload, with each child's lag.
   */
  async nationalSummary(who: Principal): Promise<Record<string, unknown>> {
    const live = await this.network.current();
    const own = live ? await this.monitoring.summary({ scope: 'national' }, who) : undefined;
    const children = await this.ctx.store.federation.childStates('summary');
    if (children.length === 0) {
      if (own) return own;
      throw new NotFoundError('no network is loaded and no child platform has uploaded a summary yet');
    }
    const now = this.ctx.clock.now();
    const parts = [...(own ? [own as unknown as SummaryFigures] : []), ...children.map((c) => c.body as SummaryFigures)];
    return {
      scope: 'national', asOf: new Date(now).toISOString(),
      ...sumSummaries(parts),
      federation: {
        own: own !== undefined,
        children: children.map((c) => ({ id: c.childId, seq: c.seq, asOf: new Date(c.createdAt).toISOString(), lagS: Math.round((now - c.createdAt) / 100) / 10, dataCenters: (c.body as SummaryFigures).dataCenters.total })),
      },
    };
  }

  /** The national summary as its readers get it (API, live stream): with whose it is, since a hub's or a region's is not the nation's. */
  async readSummary(who: Principal): Promise<Record<string, unknown>> {
    return { ...(await this.nationalSummary(who)), platform: { id: (await this.ctx.self()).platformId, role: this.ctx.settings.role } };
  }

  /**
   * What this platform and everything below it holds, by platform id: its
   * own data centers and pools, and each child's inventory as it uploaded it
   * (which holds the child's children in turn). This is what a parent
   * resolves resource identifiers against.
   */
  async inventory(): Promise<{ platforms: Record<string, InventoryPlatform> }> {
    const me = await this.ctx.self();
    const live = await this.network.current();
    const platforms: Record<string, InventoryPlatform> = {};
    for (const c of await this.ctx.store.federation.childStates('inventory')) {
      for (const [id, p] of Object.entries((c.body as { platforms?: Record<string, InventoryPlatform> } | null)?.platforms ?? {})) platforms[id] = { ...p, via: c.childId };
    }
    const [parent] = await this.ctx.store.federation.peers('parent');
    platforms[me.platformId] = { role: this.ctx.settings.role, ...(parent && { parent: parent.id }), hubs: live?.scenario.hubs ?? [], dataCenters: live?.scenario.dataCenters ?? [] };
    return { platforms };
  }

  /**
   * Resolves `suanli://<platform>/<data center>[/<pool>]` to the resource and
   * the platform that owns it, from this platform's own network and the
   * inventories its children uploaded (so a national platform resolves
   * every identifier in its federation).
   */
  async resolve(uri: string): Promise<Record<string, unknown>> {
    const m = RESOURCE_URI.exec(uri);
    if (!m) throw new ValidationError('path', [{ path: 'id', message: `"${uri.slice(0, 300)}" is not a resource identifier: suanli://<platform-id>/<datacenter-id>[/<pool-id>]` }]);
    const [, platformId, dcId, poolId] = m as unknown as [string, string, string, string | undefined];
    const me = await this.ctx.self();
    const { platforms } = await this.inventory();
    const platform = platforms[platformId];
    if (!platform) throw new NotFoundError(`platform "${platformId}" is not ${me.platformId} or below it in the federation`);
    const dc = (Array.isArray(platform.dataCenters) ? platform.dataCenters : []).find((d) => d?.id === dcId);
    if (!dc) throw new NotFoundError(`platform ${platformId} has no data center "${dcId}"`);
    const owner = { platform: platformId, role: platform.role, self: platformId === me.platformId, ...(platform.via !== undefined && { reachedThrough: platform.via }) };
    // An inventory is another platform's upload: shown as given, never trusted to be complete.
    const poolView = (p: DataCenter['pools'][number]) => ({
      id: p.id, class: p.class, model: p.model, units: p.units, unitTflops: p.unitTflops,
      ...(Number.isSafeInteger(p.price) && { price: formatYuan(p.price), priceMinor: p.price }),
    });
    const dcView = { id: dc.id, name: dc.name, hub: dc.hubId, province: dc.province, lat: dc.lat, lon: dc.lon, pue: dc.pue, greenShare: dc.greenShare };
    const dcPools = Array.isArray(dc.pools) ? dc.pools : [];
    if (poolId === undefined) return { id: uri, kind: 'data-center', owner, resource: { ...dcView, pools: dcPools.map(poolView) } };
    const pool = dcPools.find((p) => p.id === poolId);
    if (!pool) throw new NotFoundError(`data center ${platformId}/${dcId} has no pool "${poolId}"`);
    return { id: uri, kind: 'pool', owner, dataCenter: dcView, resource: poolView(pool) };
  }

  /** This platform's identity, its link to its parent with the outbox, and each child's uploads. */
  async status(): Promise<Record<string, unknown>> {
    const { store, clock, settings } = this.ctx;
    const me = await this.ctx.self();
    const now = clock.now();
    const peers = await store.federation.peers();
    const outbox = await store.federation.outboxSize();
    const parent = peers.find((p) => p.relation === 'parent');
    const inventories = new Map((await store.federation.childStates('inventory')).map((c) => [c.childId, c]));
    const summaries = new Map((await store.federation.childStates('summary')).map((c) => [c.childId, c]));
    return {
      self: { id: me.platformId, role: settings.role, publicKey: me.publicKey, keyFingerprint: keyFingerprint(me.publicKey) },
      parent: parent ? {
        id: parent.id, url: parent.url, acked: parent.lastSeq, lastDelivery: parent.lastSeen ? new Date(parent.lastSeen).toISOString() : null,
        // Healthy once a delivery has gone through and none has failed since: a child that has only asked to join is not yet.
        healthy: parent.lastError === undefined && parent.lastSeen !== undefined, ...(parent.lastError !== undefined && { lastError: parent.lastError }),
        outbox: { messages: outbox.messages, oldestAgeS: outbox.oldest !== undefined ? Math.round((now - outbox.oldest) / 1000) : 0 },
      } : null,
      unpaidBills: await this.billing.unpaidBills(),
      joinRequests: peers.filter((p) => p.relation === 'child' && p.status === 'pending').map((p) => p.id),
      below: [...inventories.values()].flatMap((c) => Object.entries((c.body as { platforms?: Record<string, InventoryPlatform> } | null)?.platforms ?? {})
        .filter(([id]) => id !== c.childId)
        .map(([id, p]) => ({ id, role: typeof p.role === 'string' ? p.role : 'unknown', parent: typeof p.parent === 'string' ? p.parent : null, via: c.childId, dataCenters: Array.isArray(p.dataCenters) ? p.dataCenters.length : 0 })))
        .sort((a, b) => a.id.localeCompare(b.id)),
      children: await Promise.all(peers.filter((p) => p.relation === 'child' && p.status === 'approved').map(async (c) => ({
        id: c.id, role: c.role, lastSeq: c.lastSeq, applied: await store.federation.appliedCount(c.id), gaps: c.gaps,
        lastSeen: c.lastSeen ? new Date(c.lastSeen).toISOString() : null,
        lagS: summaries.get(c.id) ? Math.round((now - summaries.get(c.id)!.createdAt) / 1000) : null,
        dataCenters: Object.values((inventories.get(c.id)?.body as { platforms?: Record<string, InventoryPlatform> } | undefined)?.platforms ?? {}).reduce((n, p) => n + p.dataCenters.length, 0),
      }))),
    };
  }
}
