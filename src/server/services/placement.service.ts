import type { Clock } from '../../core/clock.js';
import { SeededRng } from '../../core/rng.js';
import { OnlinePlacer } from '../../core/placement/placer.js';
import { offloadRoom, takeOffload } from '../../core/placement/offload.js';
import { computeCost } from '../../core/placement/cost.js';
import type { Explanation } from '../../core/placement/types.js';
import { isEastOrigin, placeAvoiding, platformPolicy, withPolicies } from '../../core/placement/live-rules.js';
import type { PlacementPolicies } from '../../core/placement/live-rules.js';
import { LIVE_ORDER_STATES } from '../../core/market/orders.js';
import { formatYuan } from '../../core/money.js';
import type { JobRecord, StartPlan, Transition } from '../../store/repositories/job.repository.js';
import { chooseStart } from '../../core/placement/start-time.js';
import { startRuleOf } from '../../core/placement/policy.js';
import type { JobSpec } from '../../core/workload/job.js';
import type { Store } from '../../store/store.js';
import { specOf } from './job.service.js';
import { lastReports, unitsInUse } from './live-use.js';
import type { LiveNetwork, NetworkService } from './network.service.js';

/** An explanation without the rule texts, which `describe` restores: they are most of its size. */
function compact(e: Explanation | undefined): unknown {
  if (!e) return undefined;
  return { ...e, checkers: e.checkers.map(({ rule: _rule, ...rest }) => rest) };
}

export type { PlacementPolicies } from '../../core/placement/live-rules.js';
export { withPolicies } from '../../core/placement/live-rules.js';

/** The placement loop's own defaults: pending jobs per round, and the wait of a job that found no room before its next attempt. */
export const PLACEMENT_DEFAULTS = { batch: 2000, retryAfterMs: 5000 } as const;

/** Job ids the placer remembers having tried (PlacementService.seen). */
const SEEN_LIMIT = 200_000;

/** Placements written per transaction. */
const WRITE_CHUNK = 100;

/**
 * Live placement runs each round at the placer's time "now": seconds since the epoch shifted to China
 * Standard Time, so that the hour of a job stream's time (floor(t / 3600) mod 24) is the hour of the
 * day in China, and hourly prices and green shares apply to the hours a job will run. Every pending
 * job is placed as if submitted now; a hold taken outside the engine ends at now + its duration.
 * Capacity is set from the store before each round, so holds never outlive it.
 */
const CST_S = 8 * 3600;
const liveTime = (ms: number): number => Math.floor(ms / 1000) + CST_S;
/** A placer time back in epoch ms. */
const epochMs = (t: number): number => (t - CST_S) * 1000;

/**
 * The start the engine plans for a job that may wait (start-time.ts), at the
 * placer's time `at`: over what is left of its window, from now to its
 * submission plus its wait, so that every start it weighs can still be taken
 * and the one it plans is among them. Returns the start in placer time, the
 * plan as stored (epoch ms) and the job's reason.
 */
function planStart(live: LiveNetwork, spec: JobSpec, submittedAt: number, at: number): { startAt: number; stored: StartPlan; reason: string } {
  const left = Math.max(0, submittedAt + (spec.maxWaitS ?? 0) - at);
  const choice = chooseStart(live.ctx, { ...spec, submitAt: at, maxWaitS: left }, startRuleOf('engine'));
  const startAt = choice.at;
  const stored: StartPlan = {
    rule: choice.rule, reason: choice.reason,
    considered: choice.considered.map((o) => ({ at: epochMs(o.at), cost: Math.round(o.cost), co2Kg: o.co2Kg, ...(o.pool !== undefined && { pool: o.pool }) })),
  };
  // Placer time is China Standard Time already: read as UTC, it gives the local clock.
  const when = new Date(startAt * 1000).toISOString().slice(0, 16).replace('T', ' ');
  return { startAt, stored, reason: startAt > at ? `held until ${when} China Standard Time: ${choice.reason}` : `starts now: ${choice.reason}` };
}

/** What placement needs of the federation. */
export interface PlacementFederation {
  /** Sends a job this platform cannot place to its parent platform; false when there is none. */
  routeUp(job: JobRecord, reason: string): Promise<boolean>;
  /** Policies from the federation that tighten what jobs accept. */
  policies(): Promise<PlacementPolicies>;
}

export interface PlacementOptions {
  /**
   * A data center silent this long takes no new jobs: the lesser of the
   * staleness and agent timeouts, so that a data center whose jobs failover
   * has moved away never gets them back while it is silent.
   */
  unavailableAfterMs: number;
  /** Where some data center has reported, one never heard from takes nothing (no agent runs there). */
  requireReport: boolean;
  /** Pending jobs placed per round. */
  batch?: number;
  /** The federation above, if any: where a job this platform cannot place goes, and the policies that tighten what jobs accept. */
  federation?: PlacementFederation;
  /** A job waiting this long for capacity is routed up, when there is a parent (default 60 s). */
  routeAfterMs?: number;
  /** How long a job that found no room waits before its next attempt, ms. */
  retryAfterMs?: number;
  /** How often units held by active jobs are summed from the store, ms. */
  heldRefreshMs?: number;
}

export interface PlacementRound {
  placed: number;
  /** Jobs that may wait, held this round until the start the engine planned for them. */
  held: number;
  /** Sent up to the parent platform. */
  routed: number;
  waiting: number;
  failed: number;
  /** Jobs left without a pool this round, by the rule that left none (`capacity` when every pool that passed was full). */
  unplacedBy: Record<string, number>;
}

/**
 * Places pending jobs with the engine policy against live capacity: each
 * pool's units less the larger of what placed and running jobs hold and what
 * its data center last reported in use. Data centers that have gone silent
 * take nothing. Runs on the leader only.
 */
export class PlacementService {
  private readonly routeUp: ((job: JobRecord, reason: string) => Promise<boolean>) | undefined;
  private readonly routeAfterMs: number;
  private readonly policies: (() => Promise<PlacementPolicies>) | undefined;
  private placer: { version: number; placer: OnlinePlacer } | undefined;
  /**
   * Jobs this placer has tried: each counts once in the engine's forecast of
   * sizes, at its first attempt, however often it is tried again while it
   * waits for room. Forgotten past SEEN_LIMIT ids (the forecast tolerates a recount).
   */
  private seen = new Set<string>();
  /** The placer's time of the last round (liveTime). */
  private liveAt = 0;
  private readonly staleAfterMs: number;
  private readonly requireReport: boolean;
  private readonly batch: number;
  private readonly retryAfterMs: number;
  private readonly heldRefreshMs: number;

  constructor(
    private readonly store: Store,
    private readonly network: NetworkService,
    private readonly clock: Clock,
    options: PlacementOptions,
  ) {
    this.staleAfterMs = options.unavailableAfterMs;
    this.requireReport = options.requireReport;
    this.batch = options.batch ?? PLACEMENT_DEFAULTS.batch;
    this.retryAfterMs = options.retryAfterMs ?? PLACEMENT_DEFAULTS.retryAfterMs;
    this.heldRefreshMs = options.heldRefreshMs ?? 1000;
    this.routeAfterMs = options.routeAfterMs ?? 60_000;
    const f = options.federation;
    this.routeUp = f && ((job, reason) => f.routeUp(job, reason));
    this.policies = f && (() => f.policies());
  }

  private placerFor(live: LiveNetwork): OnlinePlacer {
    if (this.placer?.version !== live.version) {
      const policy = platformPolicy(live.net);
      this.placer = { version: live.version, placer: new OnlinePlacer(live.ctx, policy, new SeededRng(1)) };
      this.seen = new Set();
    }
    return this.placer.placer;
  }

  /**
   * Units held by placed and running jobs, per pool: summed over the jobs
   * table at most every `heldRefreshMs` (it grows with the number of active
   * jobs), with this placer's own placements added in between. Units of jobs
   * that finish come back at the next refresh.
   */
  private held: { at: number; version: number; units: Map<string, number> } | undefined;

  private async heldUnits(live: LiveNetwork, now: number): Promise<{ dataCenterId: string; poolId: string; units: number }[]> {
    if (!this.held || this.held.version !== live.version || now - this.held.at >= this.heldRefreshMs) {
      const rows = await this.store.jobs.unitsHeld();
      this.held = { at: now, version: live.version, units: new Map(rows.map((r) => [`${r.dataCenterId}/${r.poolId}`, r.units])) };
    }
    return [...this.held.units].map(([key, units]) => {
      const slash = key.indexOf('/');
      return { dataCenterId: key.slice(0, slash), poolId: key.slice(slash + 1), units };
    });
  }

  /**
   * An explanation as stored, with each checker's rule in words put back
   * (the rules are the policy's, so they are not stored with every job).
   */
  async describe(stored: unknown): Promise<unknown> {
    const e = stored as Explanation | undefined;
    if (!e || !Array.isArray(e.checkers)) return stored ?? null;
    const live = await this.network.current();
    const rules = new Map(live ? this.placerFor(live).policy.checkers.map((k) => [k.name, k.rule]) : []);
    return { ...e, checkers: e.checkers.map((k) => ({ name: k.name, rule: rules.get(k.name) ?? k.rule, removed: k.removed, ...(k.example && { example: k.example }) })) };
  }

  /** Free units per pool index now; silent data centers, and with `requireReport` those never heard from, offer none. */
  async freeUnits(live: LiveNetwork): Promise<Float64Array> {
    const now = this.clock.now();
    const used = await unitsInUse(this.store, live, now, this.staleAfterMs, await this.heldUnits(live, now));
    // Capacity sold through the market and not yet used by its orders' jobs is not free for other work.
    for (const r of await this.store.market.unusedOrderUnits()) {
      const i = live.ctx.poolIndex.get(`${r.dataCenterId}/${r.poolId}`);
      if (i !== undefined) used[i] = (used[i] as number) + r.units;
    }
    const last = await lastReports(this.store);
    // On a platform with agents, a data center never heard from has no agent to run what it is given.
    const never = this.requireReport && last.size > 0;
    const silent = (dc: string): boolean => {
      const at = last.get(dc);
      return at === undefined ? never : now - at > this.staleAfterMs;
    };
    return Float64Array.from(live.ctx.pools, (p, i) => (silent(p.dataCenterId) ? 0 : Math.max(0, p.units - (used[i] as number))));
  }

  /**
   * A job under a market order runs in the order's pool, on the capacity the
   * order bought, while the order's units last; it does not compete for the
   * rest of the network.
   */
  private async placeUnderOrder(job: JobRecord, use: Map<string, number>): Promise<{ move: Transition } | { wait: string }> {
    const o = await this.store.market.order(job.orderId!);
    if (!o || !LIVE_ORDER_STATES.includes(o.state) || o.dataCenterId === undefined || o.poolId === undefined) {
      return { move: { id: job.id, from: ['pending'], to: 'failed', reason: `cannot be placed: order ${job.orderId} is ${o?.state ?? 'unknown'}` } };
    }
    if (o.preemptAt !== undefined) return { wait: `waiting: order ${o.id} has a preemption notice` };
    if (!use.has(o.id)) use.set(o.id, await this.store.market.jobUnitsHeld(o.id));
    const inUse = use.get(o.id)!;
    if (inUse + job.units > o.units) return { wait: `waiting: ${inUse} of the ${o.units} units of order ${o.id} are in use` };
    use.set(o.id, inUse + job.units);
    const durationS = Number(job.spec.durationS ?? 0);
    const cost = computeCost(o.price ?? 0, job.units, durationS);
    return {
      move: {
        id: job.id, from: ['pending'], to: 'placed', reason: `placed under order ${o.id} in ${o.dataCenterId} (${o.poolId})`,
        placement: { dataCenterId: o.dataCenterId, poolId: o.poolId, cost, explanation: { policy: 'order', order: o.id, offer: o.offerId, dataCenter: o.dataCenterId, pool: o.poolId, pricePerUnitHour: formatYuan(o.price ?? 0) } },
      },
    };
  }

  /**
   * A job routed here from another platform runs where the federation
   * chose: that data center's pool, when it has the units free; otherwise it
   * waits for them.
   */
  private placeRouted(job: JobRecord, placer: OnlinePlacer, live: LiveNetwork, at: number): { move: Transition } | { wait: string } {
    const t = job.spec.route as { dataCenter: string; pool: string; platform: string };
    const idx = live.ctx.poolIndex.get(`${t.dataCenter}/${t.pool}`);
    if (idx === undefined) return { move: { id: job.id, from: ['pending'], to: 'failed', reason: `cannot be placed: the federation chose ${t.dataCenter}/${t.pool}, which this platform does not have` } };
    if ((placer.capacity.free[idx] as number) < job.units) return { wait: `waiting for ${job.units} units of ${t.dataCenter}/${t.pool}, where the federation placed it` };
    const durationS = Number(job.spec.durationS ?? 0);
    placer.capacity.hold(idx, job.units, at + durationS);
    const pool = live.ctx.pools[idx]!;
    return {
      move: {
        id: job.id, from: ['pending'], to: 'placed', reason: `placed where the federation chose: ${t.dataCenter} (${t.pool})`,
        placement: { dataCenterId: t.dataCenter, poolId: t.pool, cost: computeCost(pool.price, job.units, durationS), explanation: { policy: 'federation', routedAs: job.spec.name, dataCenter: t.dataCenter, pool: t.pool } },
      },
    };
  }

  /** One round: places up to `batch` pending jobs in submission order. */
  async placePending(): Promise<PlacementRound> {
    const round: PlacementRound = { placed: 0, held: 0, routed: 0, waiting: 0, failed: 0, unplacedBy: {} };
    const live = await this.network.current();
    if (!live) return round;
    const pending = await this.store.jobs.pending(this.batch, this.clock.now());
    if (pending.length === 0) return round;
    const placer = this.placerFor(live);
    placer.capacity.reset(await this.freeUnits(live));
    // A job that only a transient rule (capacity, a cap) leaves nowhere waits; any other rule fails it.
    const transient = new Set(placer.policy.checkers.filter((c) => c.transient).map((c) => c.name));
    const now = this.clock.now();
    // The placer takes jobs in time order: a clock set back (NTP) must not move its time back.
    const at = (this.liveAt = Math.max(this.liveAt, liveTime(now)));
    const moves: Transition[] = [];
    const waits: { id: string; reason: string }[] = [];
    const orderUse = new Map<string, number>();
    const toRoute: { job: JobRecord; reason: string; fail?: Transition }[] = [];
    const plans: { id: string; startAt: number; plan: StartPlan; reason: string }[] = [];
    const policies = (await this.policies?.()) ?? {};
    // The offload cap, a federation policy, reaches the offload checker through the placer's state.
    const offload = policies.maxOffloadShare === undefined ? undefined
      : offloadRoom(live.scenario, policies.maxOffloadShare, await this.store.jobs.heldByOrigin(), (o) => isEastOrigin(live.net, o));
    placer.setOffload(offload);
    for (const job of pending) {
      if (job.orderId !== undefined) {
        const r = await this.placeUnderOrder(job, orderUse);
        if ('move' in r) moves.push(r.move);
        else waits.push({ id: job.id, reason: r.wait });
        continue;
      }
      if (job.spec.route !== undefined) {
        const r = this.placeRouted(job, placer, live, at);
        if ('move' in r) moves.push(r.move);
        else waits.push({ id: job.id, reason: r.wait });
        continue;
      }
      const spec = withPolicies({ ...specOf(job), submitAt: at }, policies);
      // A job that may wait gets its start planned once, by the first round that sees it; until then it is held.
      if ((spec.maxWaitS ?? 0) > 0 && job.startAt === undefined) {
        const plan = planStart(live, spec, liveTime(job.createdAt), at);
        // Kept for a job that starts now too, so that its page says why it did not wait.
        plans.push({ id: job.id, startAt: epochMs(plan.startAt), plan: plan.stored, reason: plan.reason });
        if (plan.startAt > at) {
          round.held += 1;
          continue;
        }
      }
      const first = !this.seen.has(job.id);
      if (first) {
        if (this.seen.size >= SEEN_LIMIT) this.seen.clear();
        this.seen.add(job.id);
      }
      const d = placeAvoiding(placer, live.ctx, spec, job.lostFrom, true, first);
      if (d.placed && d.pool && d.dc && d.cost) {
        if (offload) takeOffload(offload, d.dc.hubId, spec.class, spec.units, isEastOrigin(live.net, spec.origin));
        moves.push({
          id: job.id, from: ['pending'], to: 'placed',
          reason: `placed by the engine in ${d.dc.id} (${d.pool.id})`,
          placement: { dataCenterId: d.dc.id, poolId: d.pool.id, cost: d.cost.total, explanation: compact(d.explanation) },
        });
      } else {
        const rule = d.explanation?.rejectedBy ?? 'capacity';
        round.unplacedBy[rule] = (round.unplacedBy[rule] ?? 0) + 1;
        if (d.explanation?.rejectedBy !== undefined && !transient.has(d.explanation.rejectedBy)) {
          const fail: Transition = { id: job.id, from: ['pending'], to: 'failed', reason: `cannot be placed: ${d.reason ?? d.explanation.rejectedBy}`, explanation: compact(d.explanation) };
          if (this.routeUp) toRoute.push({ job, reason: `cannot be placed here: ${d.reason ?? d.explanation.rejectedBy}`, fail });
          else moves.push(fail);
        } else if (this.routeUp && now - job.createdAt >= this.routeAfterMs) {
          toRoute.push({ job, reason: `no capacity here for ${Math.round((now - job.createdAt) / 1000)} s: ${d.reason ?? 'no pool is free'}` });
        } else {
          waits.push({ id: job.id, reason: `waiting for capacity: ${d.reason ?? 'no pool is free'}` });
        }
      }
    }
    // A platform with a parent sends what it cannot place up the federation; without one, the job fails or waits here.
    for (const r of toRoute) {
      if (await this.routeUp!(r.job, r.reason)) round.routed += 1;
      else if (r.fail) moves.push(r.fail);
      else waits.push({ id: r.job.id, reason: `waiting for capacity: ${r.reason}` });
    }
    // Short transactions: another connection writing submissions waits at most one chunk. The
    // placement itself is recorded in each job's history (job_events); the audit log is for calls.
    await this.store.jobs.planStarts(plans, now);
    const applied: Transition[] = [];
    for (let i = 0; i < moves.length; i += WRITE_CHUNK) {
      applied.push(...await this.store.jobs.transition(moves.slice(i, i + WRITE_CHUNK), now));
    }
    // A job that found no room waits a while before its next attempt, so a full network does not spin the placer.
    const why = new Map(waits.map((w) => [w.id, w.reason]));
    await this.store.jobs.noteWaiting(waits.map((w) => w.id), (id) => why.get(id)!, now, now + this.retryAfterMs);
    const unitsOf = new Map(pending.map((j) => [j.id, j.units]));
    for (const m of applied) {
      if (m.to === 'placed' && m.placement && this.held) {
        const key = `${m.placement.dataCenterId}/${m.placement.poolId}`;
        this.held.units.set(key, (this.held.units.get(key) ?? 0) + (unitsOf.get(m.id) ?? 0));
      }
      if (m.to === 'placed') round.placed += 1;
      else round.failed += 1;
    }
    round.waiting = waits.length;
    return round;
  }
}
