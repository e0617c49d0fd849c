import { VirtualClock } from '../clock.js';
import type { Network } from '../network/network.js';
import type { JobSpec } from '../workload/job.js';
import { NEXT_STATES } from '../workload/lifecycle.js';
import type { JobState } from '../workload/lifecycle.js';
import { PlacementContext } from '../placement/context.js';
import { unplacedCost } from '../placement/cost.js';
import { placeAvoiding, platformPolicy, withPolicies } from '../placement/live-rules.js';
import { OnlinePlacer } from '../placement/placer.js';
import { startRuleOf } from '../placement/policy.js';
import { chooseStart } from '../placement/start-time.js';
import { inStartOrder } from '../placement/schedule.js';
import { EVENT, EventQueue } from './events.js';
import { PLATFORM_STATE, S, askOf } from './types.js';
import type { LostRun, Outage, SimInput, SimJob } from './types.js';
import type { EventKind } from './events.js';
import { RuleBook } from './rules.js';
import { HubSeries } from './series.js';
import { SimTally } from './tally.js';

/**
 * A discrete-event simulation of one platform on virtual time, with the
 * platform's own parts: the placement engine and its policies
 * (platformPolicy, placeAvoiding and withPolicies, as the server's
 * placement loop uses them), the job lifecycle (NEXT_STATES: every move is
 * checked), waiting for capacity, and failover after the platform's
 * timeouts when a data center goes dark. A VirtualClock jumps from event to
 * event. Time is seconds from the start of the stream.
 */
export type { LostRun, Outage, SimInput, SimJob, SimSettings } from './types.js';

export class Simulation {
  readonly clock = new VirtualClock(0);
  readonly jobs: JobSpec[];
  private readonly n: number;
  private readonly state: Uint8Array;
  /** Per job: 1 once it has been tried (the engine's forecast of sizes has seen it). */
  private readonly observed: Uint8Array;
  private readonly pool: Int32Array;
  private readonly start: Float64Array;
  /** Per job: the money of its final placement, by part (compute, transfer, carbon), or its penalty in `compute`'s place when never placed. */
  private readonly compute: Float64Array;
  private readonly transfer: Float64Array;
  private readonly carbon: Float64Array;
  private readonly penalty: Float64Array;
  private readonly attempts: Uint8Array;
  /** Per job: seconds it was placed on data centers it was then lost from (not waiting). */
  private readonly heldS: Float64Array;
  private waitCache: Float64Array | undefined;
  private readonly rule: Uint16Array;
  private readonly rules = new RuleBook();
  private readonly lostFrom = new Map<number, string[]>();
  /** The common rules' ids, made once. */
  private readonly placedRule: number;
  private readonly afterWait: number;
  private readonly atPlannedStart: number;
  /**
   * Per job, the start its policy chose (start-time.ts): its submission, or
   * a cheaper or greener hour of its window for a job that may wait. Jobs
   * arrive at the placement loop at that time, in that order.
   */
  private readonly plannedAt: Float64Array;
  private readonly arrivalOrder: Int32Array;
  private readonly arrivalAt: Float64Array;
  readonly lostRuns: LostRun[] = [];
  private readonly queue = new EventQueue();
  private placer: OnlinePlacer;
  private ctx: PlacementContext;
  private readonly transient: Set<string>;
  /** Per data center index: dark now; closed to new jobs (the platform knows it is silent). */
  private readonly dark: Uint8Array;
  private readonly closedDcs = new Set<string>();
  /** Per data center index: the jobs holding its capacity (running, placed, or cut by an outage). */
  private readonly onDc: Set<number>[];
  private waiting: number[] = [];
  private waitingSorted = true;
  private retryAt = Number.NEGATIVE_INFINITY;
  private retryPending = false;
  private lastRetry = Number.NEGATIVE_INFINITY;
  private events = 0;
  private now = 0;
  readonly series: HubSeries;
  readonly tally: SimTally;
  private readonly outages: readonly Outage[];

  constructor(private readonly input: SimInput) {
    const first = input.versions[0];
    if (!first || first.at !== 0) throw new RangeError('a simulation needs the network from time 0');
    this.jobs = inStartOrder(input.jobs);
    this.n = this.jobs.length;
    this.state = new Uint8Array(this.n);
    this.observed = new Uint8Array(this.n);
    this.pool = new Int32Array(this.n).fill(-1);
    this.start = new Float64Array(this.n).fill(Number.NaN);
    this.compute = new Float64Array(this.n);
    this.transfer = new Float64Array(this.n);
    this.carbon = new Float64Array(this.n);
    this.penalty = new Float64Array(this.n);
    this.attempts = new Uint8Array(this.n);
    this.heldS = new Float64Array(this.n);
    this.rule = new Uint16Array(this.n);
    this.ctx = new PlacementContext(first.network);
    this.placer = this.newPlacer(first.network, this.ctx);
    this.transient = new Set(this.placer.policy.checkers.filter((c) => c.transient).map((c) => c.name));
    const dcs = first.network.scenario.dataCenters.length;
    this.dark = new Uint8Array(dcs);
    this.onDc = Array.from({ length: dcs }, () => new Set<number>());
    const lastSubmit = this.n > 0 ? (this.jobs[this.n - 1] as JobSpec).submitAt : 0;
    this.series = new HubSeries(first.network.scenario.hubs.map((h) => h.id), input.stepS ?? 300, lastSubmit + 86_400);
    this.tally = new SimTally(first.network, this.series);
    this.outages = input.outages ?? [];
    this.placedRule = this.rules.idOf(`placed by ${this.placer.policy.name}`);
    this.afterWait = this.rules.idOf('placed after waiting for capacity');
    this.atPlannedStart = this.rules.idOf('placed at its planned start, a cheaper or greener hour of its window');
    const rule = startRuleOf(input.policy);
    this.plannedAt = Float64Array.from(this.jobs, (j) => ((j.maxWaitS ?? 0) > 0 && rule !== 'now' ? chooseStart(this.ctx, j, rule).at : j.submitAt));
    const order = Array.from({ length: this.n }, (_, i) => i);
    if (this.jobs.some((j, i) => this.plannedAt[i] !== j.submitAt)) order.sort((a, b) => (this.plannedAt[a] as number) - (this.plannedAt[b] as number) || a - b);
    this.arrivalOrder = Int32Array.from(order);
    this.arrivalAt = Float64Array.from(order, (i) => this.plannedAt[i] as number);
  }

  private newPlacer(net: Network, ctx: PlacementContext): OnlinePlacer {
    return new OnlinePlacer(ctx, platformPolicy(net, this.input.policy, this.input.policyOptions), this.input.rng);
  }

  /** Runs to the end (or to `until`). */
  run(): this {
    const { queue } = this;
    const settings = this.input.settings;
    const until = this.input.until ?? Number.POSITIVE_INFINITY;
    this.input.versions.forEach((v, i) => {
      if (i > 0) queue.push(v.at, EVENT.version, i);
    });
    this.outages.forEach((o, i) => {
      queue.push(o.from, EVENT.outageStart, i);
      queue.push(Math.min(o.to, o.from + Math.min(settings.staleAfterS, settings.agentTimeoutS)), EVENT.close, i);
      queue.push(Math.min(o.to, o.from + settings.agentTimeoutS), EVENT.lose, i);
      queue.push(o.to, EVENT.outageEnd, i);
    });
    const ev = { time: 0, kind: EVENT.end as EventKind, a: 0, b: 0 };
    let next = 0;
    const every = Math.max(1000, Math.floor(this.n / 200));
    for (;;) {
      const arrival = next < this.n ? (this.arrivalAt[next] as number) : Number.POSITIVE_INFINITY;
      const t = Math.min(arrival, queue.peekTime());
      if (t === Number.POSITIVE_INFINITY || t > until) break;
      this.jump(t);
      if (queue.peekTime() <= arrival) {
        queue.pop(ev);
        this.handle(ev.kind, ev.a, ev.b);
      } else {
        this.tryPlace(this.arrivalOrder[next++] as number);
      }
      if (++this.events % every === 0) this.input.onProgress?.(this.now, this.events);
    }
    this.finish(Math.min(until, this.now));
    this.input.onProgress?.(this.now, this.events);
    return this;
  }

  private jump(t: number): void {
    this.now = t;
    this.clock.jumpTo(t * 1000);
  }

  private handle(kind: EventKind, a: number, b: number): void {
    switch (kind) {
      case EVENT.end: return this.end(a, b);
      case EVENT.version: return this.changeVersion(a);
      case EVENT.outageStart: return this.goDark(a);
      case EVENT.close: return this.close(a);
      case EVENT.lose: return this.lose(a);
      case EVENT.outageEnd: return this.comeBack(a);
      case EVENT.retry: return this.retryRound();
    }
  }

  private move(j: number, to: (typeof S)[keyof typeof S]): void {
    const from = PLATFORM_STATE[this.state[j] as number] as JobState;
    const next = PLATFORM_STATE[to] as JobState;
    if (from !== next && !NEXT_STATES[from].includes(next)) {
      throw new Error(`job ${(this.jobs[j] as JobSpec).id}: no move from ${from} to ${next}`);
    }
    this.state[j] = to;
  }

  /** One placement attempt for job `j` now; false when it stays waiting. */
  private tryPlace(j: number): boolean {
    const job = this.jobs[j] as JobSpec;
    const spec = withPolicies(job.submitAt === this.now ? job : { ...job, submitAt: this.now }, this.input.policies ?? {});
    const lost = this.lostFrom.get(j);
    const closed = lost === undefined ? (this.closedDcs.size > 0 ? this.closedDcs : undefined) : new Set([...this.closedDcs, ...lost]);
    // Each job counts once in the engine's forecast of sizes, at its first attempt, as on the platform.
    const d = placeAvoiding(this.placer, this.ctx, spec, closed, false, this.observed[j] === 0);
    this.observed[j] = 1;
    if (d.placed && d.pool && d.dc && d.cost) {
      const p = this.ctx.poolIndex.get(d.pool.key) as number;
      this.pool[j] = p;
      this.start[j] = this.now;
      this.compute[j] = d.cost.compute;
      this.transfer[j] = d.cost.transfer;
      this.carbon[j] = d.cost.carbon;
      this.attempts[j] = (this.attempts[j] as number) + 1;
      this.tally.placed(job, d);
      const dcAt = this.ctx.poolDcIndex[p] as number;
      (this.onDc[dcAt] as Set<number>).add(j);
      this.rule[j] = lost !== undefined ? this.rules.idOf(`placed again after losing ${lost.join(', ')}`)
        : this.now > (this.plannedAt[j] as number) ? this.afterWait : this.now > job.submitAt ? this.atPlannedStart : this.placedRule;
      this.move(j, S.placed);
      // On a dark data center the platform does not know yet: the job is placed, but no agent takes it up.
      if (!this.dark[dcAt]) {
        this.move(j, S.running);
        this.queue.push(this.now + job.durationS, EVENT.end, j, this.attempts[j] as number);
      }
      return true;
    }
    const rule = d.rejectedBy ?? 'capacity';
    if (!this.transient.has(rule)) {
      this.setRule(j, `rejected by the ${rule} rule`);
      this.move(j, S.failed);
      return true;
    }
    this.rule[j] = this.rules.waiting(rule);
    if (this.state[j] !== S.waiting) {
      this.move(j, S.waiting);
      this.waiting.push(j);
      if (this.waiting.length > 1 && (this.waiting[this.waiting.length - 2] as number) > j) this.waitingSorted = false;
    }
    return false;
  }

  private end(j: number, attempt: number): void {
    if (this.state[j] !== S.running || this.attempts[j] !== attempt) return;
    const p = this.pool[j] as number;
    this.tally.ran(this.jobs[j] as JobSpec, this.ctx, p, this.start[j] as number, this.now);
    (this.onDc[this.ctx.poolDcIndex[p] as number] as Set<number>).delete(j);
    this.move(j, S.succeeded);
    this.released();
  }

  private goDark(o: number): void {
    const outage = this.outages[o] as Outage;
    const dcAt = this.ctx.network.dcIndex.get(outage.dataCenter) as number;
    this.dark[dcAt] = 1;
    // Its running jobs die with it; to the platform they run on until it declares them lost.
    for (const j of this.onDc[dcAt] as Set<number>) {
      if (this.state[j] !== S.running) continue;
      this.tally.ran(this.jobs[j] as JobSpec, this.ctx, this.pool[j] as number, this.start[j] as number, this.now, true);
      this.lostRuns.push({ job: (this.jobs[j] as JobSpec).id, dataCenter: outage.dataCenter, start: this.start[j] as number, end: this.now });
      this.state[j] = S.cut;
    }
  }

  private close(o: number): void {
    const outage = this.outages[o] as Outage;
    if (this.dark[this.ctx.network.dcIndex.get(outage.dataCenter) as number]) this.closedDcs.add(outage.dataCenter);
  }

  /** Failover: the silent data center's jobs are lost, then placed again elsewhere, or fail after maxAttempts. */
  private lose(o: number): void {
    const outage = this.outages[o] as Outage;
    const dcAt = this.ctx.network.dcIndex.get(outage.dataCenter) as number;
    if (!this.dark[dcAt]) return;
    const held = this.onDc[dcAt] as Set<number>;
    const jobs = [...held].sort((x, y) => x - y);
    held.clear();
    for (const j of jobs) {
      const job = this.jobs[j] as JobSpec;
      const p = this.pool[j] as number;
      if (this.state[j] === S.placed) this.lostRuns.push({ job: job.id, dataCenter: outage.dataCenter, start: this.start[j] as number, end: this.start[j] as number });
      this.placer.capacity.release(p, job.units, (this.start[j] as number) + job.durationS);
      this.heldS[j] = (this.heldS[j] as number) + this.now - (this.start[j] as number);
      this.tally.lost(!this.lostFrom.has(j));
      this.move(j, S.lost);
      const from = [...new Set([...(this.lostFrom.get(j) ?? []), outage.dataCenter])];
      this.lostFrom.set(j, from);
      this.pool[j] = -1;
      this.compute[j] = 0;
      this.transfer[j] = 0;
      this.carbon[j] = 0;
      if ((this.attempts[j] as number) < this.input.settings.maxAttempts) {
        this.move(j, S.waiting);
        this.waiting.push(j);
        this.waitingSorted = false;
      } else {
        this.setRule(j, `lost ${this.attempts[j] === 1 ? 'once' : `${this.attempts[j]} times`}; the last time at ${outage.dataCenter}`);
        this.move(j, S.failed);
      }
    }
    // The lost jobs go back to pending and the next round places them.
    this.scheduleRetry(true);
  }

  private comeBack(o: number): void {
    const outage = this.outages[o] as Outage;
    const dcAt = this.ctx.network.dcIndex.get(outage.dataCenter) as number;
    if (this.outages.some((x, i) => i !== o && x.dataCenter === outage.dataCenter && x.from <= this.now && x.to > this.now)) return;
    this.dark[dcAt] = 0;
    this.closedDcs.delete(outage.dataCenter);
    this.released();
  }

  /** New prices from now: a placer over the new version, holding what the old one held. */
  private changeVersion(v: number): void {
    const net = (this.input.versions[v] as { network: Network }).network;
    const ctx = new PlacementContext(net);
    if (ctx.pools.length !== this.ctx.pools.length) throw new RangeError('a version of the network changes prices only: it keeps every pool');
    const placer = this.newPlacer(net, ctx);
    placer.capacity.advanceTo(this.now);
    for (const held of this.onDc) {
      for (const j of held) placer.capacity.hold(this.pool[j] as number, (this.jobs[j] as JobSpec).units, (this.start[j] as number) + (this.jobs[j] as JobSpec).durationS);
    }
    this.placer = placer;
    this.ctx = ctx;
    this.released();
  }

  /** Units came free: waiting jobs get a round. */
  private released(): void {
    if (this.waiting.length > 0) this.scheduleRetry(false);
  }

  private scheduleRetry(now: boolean): void {
    const at = now ? this.now : Math.max(this.now, this.lastRetry + this.input.settings.retryAfterS);
    if (this.retryPending && this.retryAt <= at) return;
    this.retryPending = true;
    this.retryAt = at;
    this.queue.push(at, EVENT.retry);
  }

  /** A round of the placement loop over waiting jobs, oldest first, at most `batch` of them. */
  private retryRound(): void {
    if (!this.retryPending || this.now < this.retryAt) return;
    this.retryPending = false;
    this.lastRetry = this.now;
    if (!this.waitingSorted) {
      this.waiting.sort((x, y) => x - y);
      this.waitingSorted = true;
    }
    const batch = this.input.settings.batch;
    const kept: number[] = [];
    // What cannot fit is not tried: a job larger than any free pool of its class, or one that asks
    // what an earlier job of this round asked and did not get (capacity only shrinks within a round).
    const largest = this.largestFree();
    const failed = new Set<string>();
    let tried = 0;
    let deferred = false;
    for (const j of this.waiting) {
      if (this.state[j] !== S.waiting) continue;
      const job = this.jobs[j] as JobSpec;
      if (tried >= batch) deferred = true;
      if (tried >= batch || job.units > (largest.get(job.class) ?? 0)) {
        kept.push(j);
        continue;
      }
      const lost = this.lostFrom.get(j);
      const ask = lost === undefined ? askOf(job) : `${askOf(job)}|${lost.join(',')}`;
      if (failed.has(ask)) {
        kept.push(j);
        continue;
      }
      tried++;
      if (!this.tryPlace(j)) {
        kept.push(j);
        failed.add(ask);
      }
    }
    this.waiting = kept;
    // Jobs past this round's limit get the next round, as the platform's next pass takes them.
    if (deferred) this.scheduleRetry(false);
  }

  /** The most free units of any open pool, per class. */
  private largestFree(): Map<string, number> {
    const free = this.placer.capacity.free;
    const out = new Map<string, number>();
    this.placer.capacity.advanceTo(this.now);
    this.ctx.pools.forEach((p, i) => {
      if (this.closedDcs.has(p.dataCenterId)) return;
      if ((free[i] as number) > (out.get(p.class) ?? 0)) out.set(p.class, free[i] as number);
    });
    return out;
  }

  private setRule(j: number, rule: string): void {
    this.rule[j] = this.rules.idOf(rule);
  }

  /** At the end: runs still going are counted to `at`; jobs never placed pay the unplaced penalty. */
  private finish(at: number): void {
    for (let j = 0; j < this.n; j++) {
      const s = this.state[j] as number;
      const job = this.jobs[j] as JobSpec;
      if (s === S.running) this.tally.ran(job, this.ctx, this.pool[j] as number, this.start[j] as number, Math.max(at, this.start[j] as number));
      if (s === S.succeeded || s === S.running || s === S.placed || s === S.cut) this.tally.charged(job, this.compute[j] as number, this.transfer[j] as number, this.carbon[j] as number);
      else if (s === S.failed || (s === S.waiting && this.input.until === undefined)) {
        this.penalty[j] = unplacedCost(job, this.ctx.network.scenario);
        this.tally.unplaced(job, this.penalty[j] as number);
        if (s === S.waiting) this.setRule(j, `still waiting at the end: ${this.rules.text(this.rule[j] as number).replace(/^waiting: /, '')}`);
      }
    }
    this.series.finish();
  }

  /** Virtual seconds at the last event, and events handled. */
  get progress(): { virtualS: number; events: number } {
    return { virtualS: this.now, events: this.events };
  }

  /** Job `j`'s outcome (in start order). */
  outcome(j: number): SimJob {
    const job = this.jobs[j] as JobSpec;
    const s = this.state[j] as number;
    const p = this.pool[j] as number;
    const ran = p >= 0;
    const pool = ran ? this.ctx.pools[p] : undefined;
    const state = PLATFORM_STATE[s] as JobState;
    return {
      job, state,
      ...(pool && { dataCenter: pool.dataCenterId, pool: pool.id, startAt: this.start[j] as number, waitS: this.waitOf(j) }),
      cost: (this.compute[j] as number) + (this.transfer[j] as number) + (this.carbon[j] as number) + (this.penalty[j] as number), attempts: this.attempts[j] as number, lostFrom: this.lostFrom.get(j) ?? [],
      decidedBy: this.rules.text(this.rule[j] as number),
    };
  }

  get size(): number {
    return this.n;
  }

  /** The waits of the jobs that were placed, in job order (outcome's waitS), worked out once. */
  waits(): Float64Array {
    if (!this.waitCache) {
      const out: number[] = [];
      for (let j = 0; j < this.n; j++) {
        if ((this.pool[j] as number) >= 0) out.push(this.waitOf(j));
      }
      this.waitCache = Float64Array.from(out);
    }
    return this.waitCache;
  }

  /** From submission to the final start, less the time spent placed where the job was then lost. */
  private waitOf(j: number): number {
    return (this.start[j] as number) - (this.jobs[j] as JobSpec).submitAt - (this.heldS[j] as number);
  }

  /** The name of the policy placing the jobs. */
  get policyName(): string {
    return this.placer.policy.name;
  }
}
