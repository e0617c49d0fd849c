import type { Rng } from '../rng.js';
import { COMPUTE_CLASSES } from '../network/compute-class.js';
import type { JobSpec } from '../workload/job.js';
import { latencyBoundMs } from '../workload/job.js';
import { CapacityTimeline } from './capacity.js';
import { greenChecker, latencyChecker, modelChecker } from './checkers.js';
import { copyCost, costInto, unplacedCost } from './cost.js';
import { SizeOutlook } from './fragmentation.js';
import { LimitRegions, isRegion } from './regions.js';
import type { CostParts } from './cost.js';
import type { PlacementContext, ReachList } from './context.js';
import type { Policy } from './policy.js';
import type { Candidate, CandidateSummary, Checker, Decision, Explanation, OffloadRoom, PlacementState } from './types.js';

const NO_EXAMPLES: never[] = [];
const NO_SCORED: never[] = [];

interface Scored {
  c: Candidate;
  cost: CostParts;
  score: number;
}

/** One decision's running state: the job, the candidates kept and the removals' examples. */
interface Walk {
  job: JobSpec;
  row: Float64Array;
  /** The origin's home hub, as its index in PlacementContext.hubIds. */
  homeAt: number;
  explain: boolean;
  /** Keep every feasible candidate (for a random choice or an explanation), not only the best. */
  keepAll: boolean;
  examples: ({ pool: string; reason: string } | undefined)[];
  passed: Scored[];
  softOnly: Scored[];
  best: Scored | undefined;
  second: Scored | undefined;
  bestSoft: Scored | undefined;
}

/**
 * Places jobs one at a time, in start order, on live capacity: the online
 * mode. Each decision runs the policy's checker chain over the pools of the
 * job's class, scores the survivors and selects one; with `explain` it also
 * records what each checker removed and the runner-up.
 */
export class OnlinePlacer {
  readonly capacity: CapacityTimeline;
  private readonly state: PlacementState;
  /** The policy's checkers split once: hard ones remove, soft ones guard. */
  private readonly hard: Checker[];
  private readonly soft: Checker[];
  /** Candidates each checker removed, per decision (reused). */
  private readonly removed: Int32Array;
  /** The pools each job's fixed limits leave it, for the fragmentation forecast's regions. */
  private readonly limits: LimitRegions;
  /** The score is the cost plus non-negative terms, so cost is a lower bound of it (see place()). */
  private readonly costFirst: boolean;
  /** The candidate hard checks run on, reused: most pools fail them, and only survivors get an object of their own. */
  private readonly probe: Candidate;
  /** Each hard and soft checker's position in the policy's chain. */
  private readonly hardAt: number[];
  private readonly softAt: number[];
  /**
   * The checkers that apply to the job being placed (see Checker.appliesTo),
   * as indices into `hard` and `soft`, and how many of them there are.
   * `listSkip` counts the applying hard checkers a reach list passes by construction.
   */
  private readonly activeHard: Int32Array;
  private readonly activeSoft: Int32Array;
  private nHard = 0;
  private nSoft = 0;
  private listSkip = 0;
  private lastStart = Number.NEGATIVE_INFINITY;
  /** The state of the decision being made, reused from job to job. */
  private readonly walk: Walk;
  /** The cost of the candidate being considered; copied only when the candidate is kept. */
  private readonly cost: CostParts = { compute: 0, transfer: 0, carbon: 0, total: 0 };
  /**
   * Where a walk that keeps only the best candidate keeps it, and the best
   * soft-failing one: reused from job to job, so the decision copies out
   * what it returns.
   */
  private readonly bestSlot: Scored;
  private readonly softSlot: Scored;
  /**
   * How many hard checkers a pool taken from a reach list passes by
   * construction: the lists hold only pools of the job's models within its
   * latency bound, so when the chain opens with those two checks, the walk
   * skips them.
   */
  private readonly listPasses: number;

  constructor(
    readonly ctx: PlacementContext,
    readonly policy: Policy,
    private readonly rng: Rng,
  ) {
    this.limits = new LimitRegions(ctx);
    this.capacity = new CapacityTimeline(ctx.pools.map((p) => p.units), ctx.pools.map((p) => COMPUTE_CLASSES.indexOf(p.class)));
    this.state = { free: this.capacity.free, total: this.capacity.total, classUse: 0 };
    if (policy.scorers.some((x) => x.scorer.name === 'fragmentation')) {
      const outlook = new SizeOutlook(this.capacity.free, ctx.pools.map((p) => COMPUTE_CLASSES.indexOf(p.class)), COMPUTE_CLASSES.length);
      this.capacity.track(outlook);
      this.state.outlook = outlook;
    }
    this.hard = policy.checkers.filter((k) => !k.soft);
    this.soft = policy.checkers.filter((k) => k.soft);
    this.hardAt = this.hard.map((k) => policy.checkers.indexOf(k));
    this.softAt = this.soft.map((k) => policy.checkers.indexOf(k));
    this.activeHard = new Int32Array(this.hard.length);
    this.activeSoft = new Int32Array(this.soft.length);
    this.removed = new Int32Array(policy.checkers.length);
    this.costFirst = policy.scorers[0]?.scorer.name === 'cost' && policy.scorers[0].weight === 1
      && policy.scorers.slice(1).every((x) => x.scorer.nonNegative === true && x.weight >= 0);
    this.probe = { pool: ctx.pools[0]!, dc: ctx.poolDc[0]!, poolIndex: 0, latencyMs: 0, crossesHubs: false };
    const slot = (): Scored => ({ c: { ...this.probe }, cost: { ...this.cost }, score: 0 });
    this.bestSlot = slot();
    this.softSlot = slot();
    this.listPasses = this.hard[0] === modelChecker && this.hard[1] === latencyChecker ? 2 : 0;
    this.walk = {
      job: undefined as unknown as JobSpec, row: new Float64Array(0), homeAt: -1, explain: false, keepAll: false,
      examples: NO_EXAMPLES, passed: NO_SCORED, softOnly: NO_SCORED, best: undefined, second: undefined, bestSoft: undefined,
    };
  }

  /** Puts an east-to-west offload cap in force for the decisions that follow, or lifts it. */
  setOffload(o: OffloadRoom | undefined): void {
    if (o === undefined) delete this.state.offload;
    else this.state.offload = o;
  }

  /**
   * Places one job. Jobs must come in non-decreasing submitAt order. With
   * `observe` (the default) the job joins the forecast of sizes that
   * fragmentation pricing reads; a caller trying a job again (it waited for
   * room) passes false, so that each job counts once.
   */
  place(job: JobSpec, explain = false, observe = true): Decision {
    if (job.submitAt < this.lastStart) {
      throw new RangeError(`job "${job.id}" starts at ${job.submitAt}, before the previous job (${this.lastStart}): online placement needs start order`);
    }
    this.lastStart = job.submitAt;
    this.capacity.advanceTo(job.submitAt);
    const { ctx, policy, state, hard, soft } = this;
    const group = COMPUTE_CLASSES.indexOf(job.class);
    state.classUse = this.capacity.groupUse(group);
    const outlook = state.outlook;
    outlook?.begin(group, job.submitAt, job.durationS);
    const net = ctx.network;
    const poolIndices = ctx.classPoolIndices[job.class];
    const classPools = poolIndices.length;
    const origin = ctx.origin(job.origin);
    const removed = this.removed.fill(0);
    const keepAll = policy.selection !== 'min-score' || explain;
    // The decision's running state, reset for this job (no per-job closures: this is the hot path).
    const w = this.startWalk(job, origin.row, origin.homeAt, explain, keepAll);
    this.selectCheckers(job);
    // A cost minimiser without an explanation walks only the pools within
    // the job's latency bound, cheapest unit-hour first (see walkReach()): the
    // list of the job's class, or, for a job that names models, the list of
    // each model in turn. It finds the same lowest cost as a full scan, and
    // the same pool: among equal scores the pool earlier in class order wins.
    // Any further scorers must be non-negative, so that cost stays a lower bound of the score.
    const costOnly = !keepAll && this.costFirst;
    let reach: ReachList | undefined;
    if (costOnly) {
      reach = ctx.reachableFrom(origin, job.class, latencyBoundMs(job));
      const unitHours = job.units * (job.durationS / 3600);
      const transfer = Math.round(net.scenario.network.transferPricePerGb * job.dataGb);
      const models = job.models;
      if (models === undefined) this.walkReach(reach, unitHours, transfer);
      else for (let m = 0; m < models.length; m++) this.walkReach(ctx.modelList(reach, models[m] as string), unitHours, transfer);
    }
    // The full scan: for every other policy, for explanations, and when the fast walk found
    // nothing, so that the removal counts, and so the reason for turning the job away, are complete.
    // Without an explanation only that reason is needed: the first checker past which no pool
    // survives, i.e. the deepest first failure of any pool. When the chain opens with the model and
    // latency checks, every pool outside the reach list fails one of those two, so the deepest failure
    // lies in the (much shorter) list.
    let deepest = -1;
    if (!costOnly || (!w.best && !w.bestSoft)) {
      if (costOnly && reach && this.listPasses === 2) deepest = this.deepestInReach(reach);
      if (deepest < 0) {
        removed.fill(0);
        for (const i of poolIndices) this.consider(i, 0);
      }
    }

    // A soft checker never rejects a job: if it alone left nothing, set it aside.
    let best = w.best;
    let second = w.second;
    const bestSoft = w.bestSoft;
    const { passed, softOnly, examples } = w;
    let relaxed: string[] = [];
    let pool = passed;
    if (!best && bestSoft) {
      relaxed = soft.filter((k) => (removed[policy.checkers.indexOf(k)] as number) > 0).map((k) => k.name);
      pool = softOnly;
      if (keepAll) {
        const ranked = this.rank(softOnly);
        best = ranked.best;
        second = ranked.second;
      } else {
        best = bestSoft;
      }
    }

    let chosen: Scored | undefined = best;
    if (pool.length > 0 && policy.selection === 'uniform') {
      chosen = pool[Math.floor(this.rng.next() * pool.length)];
    } else if (pool.length > 0 && policy.selection === 'capacity-weighted') {
      const weights = pool.map((s) => s.c.pool.units * s.c.pool.unitTflops);
      let total = 0;
      for (const w of weights) total += w;
      let target = this.rng.next() * total;
      chosen = pool[pool.length - 1];
      for (let i = 0; i < pool.length; i++) {
        target -= weights[i] as number;
        if (target < 0) {
          chosen = pool[i];
          break;
        }
      }
    }
    if (chosen !== best) {
      second = best;
    }

    const end = job.submitAt + job.durationS;
    const rejectedBy = chosen ? undefined : classPools === 0 ? 'class' : deepest >= 0 ? hard[deepest]!.name : firstEmptying(policy, removed, classPools);
    let explanation: Explanation | undefined;
    if (explain) {
      const all = ctx.pools.length;
      const checkers = [
        { name: 'class', rule: "the pool's class is the job's class", removed: all - classPools },
        ...policy.checkers.map((k, i) => ({ name: k.name, rule: k.rule, removed: removed[i] as number, ...(examples[i] && { example: examples[i] }) })),
      ];
      explanation = {
        policy: policy.name,
        candidates: all,
        checkers,
        feasible: passed.length + (relaxed.length > 0 ? softOnly.length : 0),
        relaxed,
        ...(chosen && { winner: summarize(chosen) }),
        ...(second && second !== chosen && { runnerUp: summarize(second) }),
        ...(rejectedBy !== undefined && { rejectedBy }),
      };
    }

    // The job joins the forecast once decided: it is not one of the jobs to come.
    // A job that its latency bound, or its models, residency, green floor or price cap, keep to some of its
    // class's pools joins the forecast of those regions too.
    let inReach = -1;
    let inLimits = -1;
    if (outlook && observe) {
      reach ??= ctx.reachableFrom(origin, job.class, latencyBoundMs(job));
      const reachable = reach.all;
      if (isRegion(reachable, classPools)) inReach = outlook.region(reachable);
      const allowed = this.limits.of(job);
      if (allowed !== undefined && isRegion(allowed, classPools)) inLimits = outlook.region(allowed);
    }
    if (observe) outlook?.observe(group, job, inReach, inLimits);
    if (!chosen) {
      const reason = classPools === 0 ? `no pool of class ${job.class}` : `no pool left after the ${rejectedBy} check`;
      return { job, placed: false, start: job.submitAt, end, penalty: unplacedCost(job, net.scenario), reason, rejectedBy: rejectedBy ?? 'class', ...(explanation && { explanation }) };
    }
    this.capacity.hold(chosen.c.poolIndex, job.units, end);
    const placed: Decision = {
      job, placed: true, pool: chosen.c.pool, dc: chosen.c.dc, start: job.submitAt, end,
      latencyMs: chosen.c.latencyMs, cost: copyCost(chosen.cost),
    };
    if (explanation) placed.explanation = explanation;
    return placed;
  }

  /**
   * Walks one reach list for the job of the current walk: first the pools in
   * the origin's home hub (no transfer), then the rest (transfer added), each
   * part stopping once no later pool can beat the best found (2 units of
   * rounding slack) or meet the job's green floor. Free units and the green
   * floor are cheap pre-checks that let most pools be skipped without a
   * candidate; consider() checks the rest.
   */
  private walkReach(reach: ReachList, unitHours: number, transfer: number): void {
    const { ctx, state } = this;
    const w = this.walk;
    const units = w.job.units;
    const minGreen = w.job.minGreenShare ?? 0;
    const { home, homeGreenMax, all, allGreenMax, homeAt } = reach;
    const { unitHourRate, poolGreen, poolHub } = ctx;
    const free = state.free;
    const from = this.listSkip;
    for (let k = 0; k < home.length; k++) {
      const i = home[k] as number;
      if ((homeGreenMax[k] as number) < minGreen) break;
      if (w.best && (unitHourRate[i] as number) * unitHours > w.best.score + 2) break;
      if ((free[i] as number) >= units && (poolGreen[i] as number) >= minGreen) this.consider(i, from);
    }
    for (let k = 0; k < all.length; k++) {
      const i = all[k] as number;
      if ((allGreenMax[k] as number) < minGreen) break;
      if (w.best && (unitHourRate[i] as number) * unitHours + transfer > w.best.score + 2) break;
      if (poolHub[i] !== homeAt && (free[i] as number) >= units && (poolGreen[i] as number) >= minGreen) this.consider(i, from);
    }
  }

  /**
   * Why the fast walk found nothing, for the job of the current walk: the
   * index of the hard checker past which no pool survives. Every pool outside
   * `reach` (or outside the lists of the job's models) fails the model or the
   * latency check, so the deepest failure lies in those lists; when they are
   * all empty, it is the model check if no pool of the class has one of the
   * job's models, else the latency check.
   */
  private deepestInReach(reach: ReachList): number {
    const { ctx } = this;
    const models = this.walk.job.models;
    if (models === undefined) return reach.all.length > 0 ? this.deepestFailure(reach.all, this.ceiling(reach)) : 1;
    let deepest = -1;
    let any = false;
    for (let m = 0; m < models.length; m++) {
      const list = ctx.modelList(reach, models[m] as string);
      if (list.all.length === 0) continue;
      any = true;
      const d = this.deepestFailure(list.all, this.ceiling(list));
      if (d < 0) return -1;
      if (d > deepest) deepest = d;
    }
    if (any) return deepest;
    return ctx.anyOfModels(this.walk.job.class, models) ? 1 : 0;
  }

  /** Picks the checkers that apply to `job`, for consider(). */
  private selectCheckers(job: JobSpec): void {
    this.nHard = applying(this.hard, job, this.activeHard);
    this.nSoft = applying(this.soft, job, this.activeSoft);
    let skip = 0;
    while (skip < this.nHard && (this.activeHard[skip] as number) < this.listPasses) skip++;
    this.listSkip = skip;
  }

  private startWalk(job: JobSpec, row: Float64Array, homeAt: number, explain: boolean, keepAll: boolean): Walk {
    const w = this.walk;
    w.job = job;
    w.row = row;
    w.homeAt = homeAt;
    w.explain = explain;
    w.keepAll = keepAll;
    w.examples = explain ? new Array(this.policy.checkers.length) : NO_EXAMPLES;
    w.passed = keepAll ? [] : NO_SCORED;
    w.softOnly = keepAll ? [] : NO_SCORED;
    w.best = undefined;
    w.second = undefined;
    w.bestSoft = undefined;
    return w;
  }

  /** The best and second-best of some candidates, as offer() would keep them. */
  private rank(candidates: Scored[]): { best: Scored | undefined; second: Scored | undefined } {
    const w = this.walk;
    w.best = undefined;
    w.second = undefined;
    for (const s of candidates) this.offer(s);
    return { best: w.best, second: w.second };
  }

  /** Keeps the best and second-best scores seen. */
  private offer(s: Scored): void {
    const w = this.walk;
    if (this.beats(s.score, s.c.poolIndex, w.best)) {
      w.second = w.best;
      w.best = s;
    } else if (this.beats(s.score, s.c.poolIndex, w.second)) {
      w.second = s;
    }
  }

  /**
   * Whether a candidate ranks before `than`: a lower score, or an equal one
   * on a pool earlier in class order (cheaper unit-hour, then scenario
   * order), so that the choice does not depend on the order pools are walked in.
   */
  private beats(score: number, poolIndex: number, than: Scored | undefined): boolean {
    if (than === undefined || score < than.score) return true;
    const rank = this.ctx.classRank;
    return score === than.score && (rank[poolIndex] as number) < (rank[than.c.poolIndex] as number);
  }

  /** Counts a candidate removed by `k`, keeping the first one as the example. */
  private record(k: Checker, c: Candidate, idx: number): void {
    this.removed[idx]! += 1;
    const w = this.walk;
    if (w.explain && w.examples[idx] === undefined) w.examples[idx] = { pool: c.pool.key, reason: k.why(w.job, c, this.state) };
  }

  /**
   * Runs one pool through the checkers that apply and the scorers, for the
   * job of the current walk. The first `from` applying hard checkers are
   * known to pass.
   */
  private consider(poolIndex: number, from: number): void {
    const { ctx, hard, hardAt, soft, softAt, activeHard, activeSoft, probe, state, policy } = this;
    const w = this.walk;
    const job = w.job;
    this.aim(poolIndex);
    const { pool, dc } = probe;
    for (let n = from; n < this.nHard; n++) {
      const k = activeHard[n] as number;
      if (!hard[k]!.passes(job, probe, state)) {
        this.record(hard[k]!, probe, hardAt[k] as number);
        return;
      }
    }
    const cost = costInto(this.cost, job, pool, dc, ctx.network.scenario, probe.crossesHubs);
    let score = 0;
    for (const { scorer, weight } of policy.scorers) score += weight * scorer.score(job, probe, cost, state);
    let failedSoft = -1;
    for (let n = 0; n < this.nSoft; n++) {
      const k = activeSoft[n] as number;
      if (!soft[k]!.passes(job, probe, state)) {
        failedSoft = k;
        break;
      }
    }
    if (failedSoft >= 0) {
      this.record(soft[failedSoft]!, probe, softAt[failedSoft] as number);
      const better = this.beats(score, poolIndex, w.bestSoft);
      if (!w.keepAll) {
        // Only the best soft-failing candidate is kept, in a slot of its own: a loser needs no object.
        if (better) w.bestSoft = this.keep(score, this.softSlot);
        return;
      }
      const s = this.keep(score);
      w.softOnly.push(s);
      if (better) w.bestSoft = s;
      return;
    }
    if (!w.keepAll) {
      if (this.beats(score, poolIndex, w.best)) w.best = this.keep(score, this.bestSlot);
      return;
    }
    const s = this.keep(score);
    w.passed.push(s);
    this.offer(s);
  }

  /** The candidate under the probe, with its cost and score: written into `slot`, or as an object of its own. */
  private keep(score: number, slot?: Scored): Scored {
    const { probe, cost } = this;
    if (!slot) {
      return {
        c: { pool: probe.pool, dc: probe.dc, poolIndex: probe.poolIndex, latencyMs: probe.latencyMs, crossesHubs: probe.crossesHubs },
        cost: copyCost(cost),
        score,
      };
    }
    const { c } = slot;
    c.pool = probe.pool;
    c.dc = probe.dc;
    c.poolIndex = probe.poolIndex;
    c.latencyMs = probe.latencyMs;
    c.crossesHubs = probe.crossesHubs;
    slot.cost.compute = cost.compute;
    slot.cost.transfer = cost.transfer;
    slot.cost.carbon = cost.carbon;
    slot.cost.total = cost.total;
    slot.score = score;
    return slot;
  }

  /** Points the probe candidate at a pool, for the job of the current walk. */
  private aim(poolIndex: number): void {
    const { ctx, probe } = this;
    const w = this.walk;
    probe.pool = ctx.pools[poolIndex]!;
    probe.dc = ctx.poolDc[poolIndex]!;
    probe.poolIndex = poolIndex;
    probe.latencyMs = w.row[ctx.poolDcIndex[poolIndex] as number] as number;
    probe.crossesHubs = ctx.poolHub[poolIndex] !== w.homeAt;
  }

  /**
   * The index (among the hard checkers) of the deepest first failure over
   * `list`, for the job of the current walk, or -1 if some pool passes them
   * all. Only the checkers that apply to the job run (one that does not
   * apply never fails); the scan stops at the first pool that fails at
   * `ceiling`, as no pool can fail later.
   */
  private deepestFailure(list: Int32Array, ceiling: number): number {
    const { hard, activeHard, state, probe, nHard } = this;
    const job = this.walk.job;
    // Positions among the applying checkers; those the list passes by construction are skipped.
    let deepest = -1;
    for (let n = 0; n < list.length; n++) {
      this.aim(list[n] as number);
      let a = this.listSkip;
      while (a < nHard && hard[activeHard[a] as number]!.passes(job, probe, state)) a++;
      if (a === nHard) return -1;
      if (a > deepest) {
        deepest = a;
        if (a >= ceiling) break;
      }
    }
    return activeHard[deepest] as number;
  }

  /**
   * The deepest position (among the applying hard checkers) at which a pool
   * of `reach` can fail, for the job of the current walk: the last one, or
   * the green check when no pool in reach meets the job's green floor (the
   * list knows its highest green share), so that deepestFailure() can stop
   * at the first pool that gets that far instead of walking the whole list.
   */
  private ceiling(reach: ReachList): number {
    const minGreen = this.walk.job.minGreenShare;
    if (minGreen !== undefined && (reach.allGreenMax[0] as number) < minGreen) {
      for (let a = this.listSkip; a < this.nHard; a++) if (this.hard[this.activeHard[a] as number] === greenChecker) return a;
    }
    return this.nHard - 1;
  }
}

/** Writes into `into` the indices of the checkers that apply to `job`, in order; returns how many. */
function applying(checkers: readonly Checker[], job: JobSpec, into: Int32Array): number {
  let n = 0;
  for (let k = 0; k < checkers.length; k++) {
    const checker = checkers[k] as Checker;
    if (checker.appliesTo === undefined || checker.appliesTo(job)) into[n++] = k;
  }
  return n;
}

/** The hard checker after which no candidate was left. */
function firstEmptying(policy: Policy, removed: ArrayLike<number>, candidates: number): string {
  let remaining = candidates;
  for (let i = 0; i < policy.checkers.length; i++) {
    const k = policy.checkers[i]!;
    if (k.soft) continue;
    remaining -= removed[i] as number;
    if (remaining <= 0) return k.name;
  }
  return 'last';
}

function summarize(s: Scored): CandidateSummary {
  return { pool: s.c.pool.key, dataCenter: s.c.dc.id, latencyMs: s.c.latencyMs, cost: s.cost, score: s.score };
}

