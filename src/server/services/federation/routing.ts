import { statesBefore } from '../../../core/workload/lifecycle.js';
import { formatYuan } from '../../../core/money.js';
import { chooseRoute } from '../../../federation/routing.js';
import type { PlatformHoldings, RouteRequest } from '../../../federation/routing.js';
import { ROUTE_HOP_LIMIT, ROUTE_TERMINAL, routeMay } from '../../../federation/protocol.js';
import type { InventoryPlatform, RouteStatus } from '../../../federation/protocol.js';
import type { JobRecord } from '../../../store/repositories/job.repository.js';
import type { Route } from '../../../store/repositories/federation.repository.js';
import { randomId } from '../ids.js';
import { meteredUntil, specOf } from '../job.service.js';
import type { LiveNetwork, NetworkService } from '../network.service.js';
import type { RoutedBilling } from './billing.js';
import type { PolicyBook } from './policies.js';
import { withPolicies } from '../placement.service.js';
import { FEDERATION_TENANT } from './context.js';
import type { FederationContext } from './context.js';

/** A routed job on its way down: the request and the pool the parent chose. */
interface JobDown { req: RouteRequest; target: { platform: string; dataCenter: string; pool: string } }

/**
 * Routing jobs between platforms. A job its platform cannot place goes up
 * (`routeUp`); a parent places it with the placement engine over what the
 * platforms below hold and sends it down towards the data center it chose,
 * or further up; the executing platform runs it and reports each change of
 * state back along the route. Loops and long paths are refused by the
 * request's `visited` list and the hop limit.
 */
export class Routing {
  constructor(
    private readonly ctx: FederationContext,
    private readonly network: NetworkService,
    private readonly billing: RoutedBilling,
    private readonly policies: PolicyBook,
  ) {}

  /** Free units per pool of this platform's own network, as placement counts them; set by the platform. */
  private freeUnits?: (live: LiveNetwork) => Promise<Float64Array>;

  private get store() {
    return this.ctx.store;
  }

  /** Routed jobs may run on this platform's own data centers, on the units its placement counts free (silent data centers offer none). */
  useOwnCapacity(freeUnits: (live: LiveNetwork) => Promise<Float64Array>): void {
    this.freeUnits = freeUnits;
  }

  /**
   * Origin side: a job this platform cannot place goes up to its parent with
   * the reason, under a global id, and waits there as `routed`. Returns false
   * when there is no parent (the job fails here as before).
   */
  async routeUp(job: JobRecord, reason: string): Promise<boolean> {
    const [parent] = await this.store.federation.peers('parent');
    const live = await this.network.current();
    if (!parent || !live || job.orderId !== undefined || job.spec.route !== undefined) return false;
    // The job goes up bound by the policies it was placed under here: a batch job refused here for green power is not run on less elsewhere.
    const spec = withPolicies(specOf(job), (await this.policies.effective()).policies);
    const origin = live.net.origins.get(spec.origin);
    if (!origin) return false;
    const me = await this.ctx.self();
    const now = this.ctx.clock.now();
    const req: RouteRequest = {
      globalId: `${me.platformId}:${job.id}`, job: spec, origin, network: live.scenario.network, carbonPrice: live.scenario.carbonPrice,
      unplacedPenalty: live.scenario.unplacedPenalty, visited: [me.platformId], reason,
      run: Object.fromEntries(['command', 'workdir', 'env', 'timeLimitS'].filter((k) => job.spec[k] !== undefined).map((k) => [k, job.spec[k]])),
    };
    return this.store.db.transaction(async (tx) => {
      const moved = await this.store.jobs.transition([{ id: job.id, from: ['pending'], to: 'routed', reason: `routed to the parent platform ${parent.id} as ${req.globalId}: ${reason}` }], now, tx);
      if (moved.length === 0) return false;
      await this.store.federation.saveRoute({ globalId: req.globalId, role: 'origin', localJobId: job.id, toPeer: parent.id, body: req as unknown as Record<string, unknown>, state: 'sent', updatedAt: now }, tx);
      await this.store.federation.enqueue('route', { data: req, createdAt: now }, now, tx);
      return true;
    });
  }

  /** Parent side: a route request from a child, kept pending for the next round unless it would loop. */
  async onRequest(data: unknown, from: string): Promise<void> {
    const req = data as RouteRequest;
    if (typeof req?.globalId !== 'string' || !Array.isArray(req.visited)) return;
    // A route that comes back to a platform it already passed would loop: it is refused back.
    const me = await this.ctx.self();
    if (req.visited.includes(me.platformId) || req.visited.length > ROUTE_HOP_LIMIT) {
      await this.ctx.sendTo(from, 'route-status', { globalId: req.globalId, state: 'failed', reason: `routing stopped at ${me.platformId}: ${req.visited.length > ROUTE_HOP_LIMIT ? 'hop limit reached' : 'the job has been here before'}` } satisfies RouteStatus);
      return;
    }
    await this.store.federation.saveRoute({ globalId: req.globalId, role: 'relay', fromPeer: from, body: req as unknown as Record<string, unknown>, state: 'pending', updatedAt: this.ctx.clock.now() });
  }

  /** A routed job's news from the platform it was sent to: passed on towards its origin, or, at the origin, applied to the job. */
  async onStatus(data: unknown, _from: string): Promise<void> {
    const st = data as RouteStatus;
    if (typeof st?.globalId !== 'string' || typeof st.state !== 'string') return;
    const route = await this.store.federation.route(st.globalId);
    // A report that would move the route backwards (a late one) is stale: the route keeps what it knows.
    if (!route || !routeMay(route.state, st.state)) return;
    const now = this.ctx.clock.now();
    if (route.role === 'relay') {
      await this.store.federation.updateRoute(st.globalId, { state: st.state, ...(st.reason !== undefined && { detail: st.reason }) }, now);
      if (route.fromPeer) await this.ctx.sendTo(route.fromPeer, 'route-status', await this.billing.relay(route, st));
      return;
    }
    if (route.role === 'origin' && route.localJobId) await this.applyAtOrigin(route, st, now);
  }

  /** Origin side: the job follows what the executing platform reports, and a final state brings its bill. */
  private async applyAtOrigin(route: Route, st: RouteStatus, now: number): Promise<void> {
    const jobId = route.localJobId!;
    const where = st.platform && st.dataCenter ? `suanli://${st.platform}/${st.dataCenter}${st.pool ? `/${st.pool}` : ''}` : undefined;
    const explanation = { policy: 'routed', globalId: st.globalId, ...(where && { runsAt: where }), ...(st.costMinor !== undefined && { cost: formatYuan(st.costMinor), costMinor: st.costMinor }) };
    if (!ROUTE_TERMINAL.includes(st.state)) {
      await this.store.federation.updateRoute(st.globalId, { state: st.state, ...(st.reason !== undefined && { detail: st.reason }) }, now);
      if (st.state === 'running') await this.store.jobs.transition([{ id: jobId, from: ['routed'], to: 'running', reason: `running at ${where ?? 'another platform'}`, explanation }], now);
      else if (where) await this.store.jobs.noteRouted(jobId, { reason: `routed: ${st.state} at ${where}`, explanation }, now, true);
      return;
    }
    const billed = await this.billing.billOrigin(route, st);
    if (billed !== undefined) Object.assign(explanation, billed);
    // An unpaid bill is kept and chased: each round tries it again until the tenant's balance covers it.
    await this.store.federation.updateRoute(st.globalId, billed?.unpaidMinor !== undefined
      ? { state: 'unpaid', detail: JSON.stringify({ chargeMinor: st.chargeMinor, state: st.state }) }
      : { state: st.state, ...(st.reason !== undefined && { detail: st.reason }) }, now);
    await this.store.jobs.transition([{
      id: jobId, from: ['routed', 'running'], to: st.state as 'succeeded' | 'failed' | 'cancelled', explanation,
      reason: `${st.state} at ${where ?? 'another platform'}${st.reason ? `: ${st.reason}` : ''}`, ...(st.unitSeconds !== undefined && { unitSeconds: st.unitSeconds }),
    }], now);
  }

  /**
   * Origin side: a routed job cancelled by its owner. The cancel follows the
   * job's path to the platform that runs it, which stops it; its use up to
   * then comes back with its bill.
   */
  async routedJobCancelled(job: JobRecord): Promise<void> {
    const me = await this.ctx.self();
    const route = await this.store.federation.route(`${me.platformId}:${job.id}`);
    if (route?.role !== 'origin' || !route.toPeer) return;
    await this.ctx.sendTo(route.toPeer, 'route-cancel', { globalId: route.globalId });
  }

  /** A cancel on its way to the platform running a routed job: passed on along the route, or carried out here. */
  async onCancel(data: unknown, from: string): Promise<void> {
    const globalId = (data as { globalId?: unknown } | null)?.globalId;
    if (typeof globalId !== 'string') return;
    const route = await this.store.federation.route(globalId);
    // Only the side the job came from may cancel it.
    if (!route || route.fromPeer !== from) return;
    const now = this.ctx.clock.now();
    if (route.role === 'relay') {
      if (route.toPeer && route.state !== 'pending') await this.ctx.sendTo(route.toPeer, 'route-cancel', { globalId });
      else {
        await this.store.federation.updateRoute(globalId, { state: 'cancelled', detail: 'cancelled before it was sent on' }, now);
        await this.ctx.sendTo(from, 'route-status', { globalId, state: 'cancelled', reason: 'cancelled by its owner before it was placed' } satisfies RouteStatus);
      }
      return;
    }
    if (route.role !== 'executor' || !route.localJobId) return;
    const job = await this.store.jobs.get(route.localJobId);
    if (!job) return;
    // Its agent stops it (it leaves the assignments); reportExecutors sends the state and the bill back.
    await this.store.jobs.transition([{ id: job.id, from: statesBefore('cancelled'), to: 'cancelled', reason: 'cancelled by its owner at the platform it came from', ...meteredUntil(job, now) }], now);
  }

  /** A routed job sent down: run it here if this platform is the target, or pass it on to the child that leads there. */
  async onJob(data: unknown, parentId: string): Promise<void> {
    const m = data as JobDown;
    const me = await this.ctx.self();
    const now = this.ctx.clock.now();
    const { req, target } = m;
    const fail = (reason: string) => this.ctx.sendTo(parentId, 'route-status', { globalId: req.globalId, state: 'failed', reason } satisfies RouteStatus);
    if (target.platform !== me.platformId) {
      const via = (await this.holdings()).find((h) => h.platformId === target.platform)?.via;
      if (!via) return fail(`${me.platformId} has no way down to ${target.platform}`);
      if (await this.store.federation.saveRoute({ globalId: req.globalId, role: 'relay', fromPeer: parentId, toPeer: via, body: req as unknown as Record<string, unknown>, state: 'sent', updatedAt: now })) {
        await this.store.federation.enqueueDown(via, 'job', { ...m, req: { ...req, visited: [...req.visited, me.platformId] } }, now);
      }
      return;
    }
    await this.runHere(req, target, parentId, false);
  }

  /**
   * Runs a routed job on this platform, in the data center and pool chosen
   * for it, under the tenant "federation"; its news and its bill go to
   * `fromPeer`, the platform it came from. `relayed`: this platform chose
   * one of its own data centers for a route it was relaying, so the route it
   * holds becomes the executor's.
   */
  private async runHere(req: RouteRequest, target: JobDown['target'], fromPeer: string, relayed: boolean): Promise<void> {
    const me = await this.ctx.self();
    const now = this.ctx.clock.now();
    const fail = async (reason: string) => {
      if (relayed) await this.store.federation.updateRoute(req.globalId, { state: 'failed', detail: reason }, now);
      await this.ctx.sendTo(fromPeer, 'route-status', { globalId: req.globalId, state: 'failed', reason } satisfies RouteStatus);
    };
    // A command from another platform runs on this platform's machines only where its operator allows it.
    if (req.run?.command !== undefined && this.ctx.settings.acceptRoutedCommands !== true) {
      return fail(`${me.platformId} does not run commands routed from other platforms (acceptRoutedCommands is off)`);
    }
    if (!(await this.store.identity.getTenant(FEDERATION_TENANT))) {
      await this.store.identity.createTenant({ id: FEDERATION_TENANT, name: 'Jobs routed here from other platforms' }, now).catch(() => undefined);
    }
    const id = `job_${randomId()}`;
    const j = req.job;
    const { id: _id, submitAt: _at, models, ...fields } = j;
    const spec = { ...fields, ...(models && { model: models }), ...(req.run ?? {}), name: req.globalId, route: target, tenant: FEDERATION_TENANT };
    await this.store.db.transaction(async (tx) => {
      if (relayed) await this.store.federation.updateRoute(req.globalId, { role: 'executor', localJobId: id, state: 'pending', detail: `runs here at suanli://${me.platformId}/${target.dataCenter}/${target.pool}` }, now, tx);
      else if (!(await this.store.federation.saveRoute({ globalId: req.globalId, role: 'executor', localJobId: id, fromPeer, body: req as unknown as Record<string, unknown>, state: 'pending', updatedAt: now }, tx))) return;
      await this.store.jobs.submit({ id, tenantId: FEDERATION_TENANT, spec: JSON.parse(JSON.stringify(spec)) as Record<string, unknown>, class: j.class, origin: j.origin, units: j.units, bodyHash: req.globalId }, now, tx);
    });
  }

  /** One round: route requests from below placed, and routed jobs running here reported. */
  async round(): Promise<void> {
    await this.relayRoutes();
    await this.reportExecutors();
  }

  /**
   * Parent side: for each route request from below, choose a data center
   * with the placement engine over the summarised capacity of the platforms
   * below (not those the job has visited) and send the job down towards it;
   * with no choice, send it further up, or fail it back to where it came from.
   */
  private async relayRoutes(): Promise<void> {
    const pending = await this.store.federation.routes('relay', ['pending'], 50);
    if (pending.length === 0) return;
    const me = await this.ctx.self();
    const holdings = await this.holdings();
    const [parent] = await this.store.federation.peers('parent');
    const now = this.ctx.clock.now();
    const { policies } = await this.policies.effective();
    const own = await this.ownHoldings(me.platformId);
    for (const r of pending) {
      const req = r.body as unknown as RouteRequest;
      const visited = [...req.visited, me.platformId];
      let c: ReturnType<typeof chooseRoute>;
      try {
        // This platform's own data centers are candidates too; its policies bind what it places, routed work included.
        c = chooseRoute({ ...req, job: withPolicies(req.job, policies) }, [...holdings, ...own]);
      } catch (e) {
        // A malformed request or inventory from below fails this route, not the loop.
        c = { reason: `the federation could not place it: ${(e as Error).message}` };
      }
      if (c.choice?.platformId === me.platformId && r.fromPeer) {
        await this.runHere({ ...req, visited }, { platform: me.platformId, dataCenter: c.choice.dataCenterId, pool: c.choice.poolId }, r.fromPeer, true);
      } else if (c.choice) {
        const target = { platform: c.choice.platformId, dataCenter: c.choice.dataCenterId, pool: c.choice.poolId };
        await this.store.federation.enqueueDown(c.choice.via, 'job', { req: { ...req, visited }, target, explanation: c.choice.explanation }, now);
        await this.store.federation.updateRoute(r.globalId, { state: 'sent', toPeer: c.choice.via, detail: `to suanli://${target.platform}/${target.dataCenter}/${target.pool} (cost ${formatYuan(c.choice.cost.total)} yuan)` }, now);
      } else if (parent && !visited.includes(parent.id) && visited.length <= ROUTE_HOP_LIMIT) {
        await this.store.federation.enqueue('route', { data: { ...req, visited, reason: `${me.platformId}: ${c.reason}` }, createdAt: now }, now);
        await this.store.federation.updateRoute(r.globalId, { state: 'forwarded', toPeer: parent.id, detail: c.reason ?? '' }, now);
      } else {
        await this.store.federation.updateRoute(r.globalId, { state: 'failed', detail: c.reason ?? '' }, now);
        if (r.fromPeer) await this.ctx.sendTo(r.fromPeer, 'route-status', { globalId: r.globalId, state: 'failed', reason: `no platform can run it: ${c.reason}` } satisfies RouteStatus);
      }
    }
  }

  /** Executor side: each change of state of a routed job here is reported up, towards the platform it came from, with its charge at the end. */
  private async reportExecutors(): Promise<void> {
    const me = await this.ctx.self();
    for (const r of await this.store.federation.routes('executor', ['pending', 'placed', 'running'], 200)) {
      const job = r.localJobId ? await this.store.jobs.get(r.localJobId) : undefined;
      if (!job || job.state === r.state || !r.fromPeer) continue;
      const st: RouteStatus = {
        globalId: r.globalId, state: job.state, platform: me.platformId, ...(job.dataCenterId !== undefined && { dataCenter: job.dataCenterId }),
        ...(job.poolId !== undefined && { pool: job.poolId }), ...(job.cost !== undefined && { costMinor: job.cost }),
        ...(job.unitSeconds !== undefined && { unitSeconds: job.unitSeconds }), ...(job.reason !== undefined && { reason: job.reason }),
      };
      await this.store.db.transaction(async (tx) => {
        if (ROUTE_TERMINAL.includes(job.state)) st.chargeMinor = await this.billing.chargeExecuted(r, job, tx);
        await this.ctx.sendTo(r.fromPeer!, 'route-status', st, tx);
        await this.store.federation.updateRoute(r.globalId, { state: job.state }, this.ctx.clock.now(), tx);
      });
    }
  }

  /** This platform's own data centers as a routing candidate, each pool with its free units (none before the platform says how to count them). */
  private async ownHoldings(platformId: string): Promise<PlatformHoldings[]> {
    const live = await this.network.current();
    if (!live || live.scenario.dataCenters.length === 0) return [];
    if (!this.freeUnits) return [];
    const free = await this.freeUnits(live);
    const dataCenters = live.scenario.dataCenters.map((d) => ({ ...d, pools: d.pools.map((p) => ({ ...p, units: free[live.ctx.poolIndex.get(p.key) ?? -1] ?? 0 })) }));
    return [{ platformId, via: platformId, hubs: live.scenario.hubs, dataCenters, fill: {} }];
  }

  /** What the platforms below hold, with the share in use per class of the child each is reached through. */
  async holdings(): Promise<PlatformHoldings[]> {
    const fill = new Map((await this.store.federation.childStates('summary')).map((c) => [c.childId, ((c.body as { fillRate?: Record<string, number | null> } | null)?.fillRate ?? {})]));
    const out: PlatformHoldings[] = [];
    for (const c of await this.store.federation.childStates('inventory')) {
      for (const [id, p] of Object.entries((c.body as { platforms?: Record<string, InventoryPlatform> } | null)?.platforms ?? {})) {
        const f = Object.fromEntries(Object.entries(fill.get(c.childId) ?? {}).map(([k, v]) => [k, v ?? 0]));
        out.push({ platformId: id, via: c.childId, hubs: p.hubs ?? [], dataCenters: p.dataCenters ?? [], fill: f });
      }
    }
    return out;
  }
}
