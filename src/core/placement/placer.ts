import type { Rng } from '../rng.js';
import { COMPUTE_CLASSES } from '../network/compute-class.js';
import type { JobSpec } from '../workload/job.js';
import { latencyBoundMs } from '../workload/job.js';
import { CapacityTimeline } from './capacity.js';
import { latencyChecker, modelChecker } from './checkers.js';
import { costOf, unplacedCost } from './cost.js';
import type { CostParts } from './cost.js';
import type { PlacementContext, ReachList } from './context.js';
import type { Policy } from './policy.js';
import type { Candidate, CandidateSummary, Checker, Decision, Explanation, PlacementState } from './types.js';

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
  homeHub: string;
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
  /** The score is the cost plus non-negative terms, so cost is a lower bound of it (see place()). */
  private readonly costFirst: boolean;
  /** The candidate hard checks run on, reused: most pools fail them, and only survivors get an object of their own. */
  private readonly probe: Candidate;
  /** Each hard checker's position in the policy's chain. */
  private readonly hardAt: number[];
  private lastStart = Number.NEGATIVE_INFINITY;
  /** The state of the decision being made, reused from job to job. */
  private readonly walk: Walk;

  constructor(
    readonly ctx: PlacementContext,
    readonly policy: Policy,
    private readonly rng: Rng,
  ) {
    this.capacity = new CapacityTimeline(ctx.pools.map((p) => p.units), ctx.pools.map((p) => COMPUTE_CLASSES.indexOf(p.class)));
    this.state = { free: this.capacity.free, total: this.capacity.total, classUse: 0 };
    this.hard = policy.checkers.filter((k) => !k.soft);
    this.soft = policy.checkers.filter((k) => k.soft);
    this.hardAt = this.hard.map((k) => policy.checkers.indexOf(k));
    this.removed = new Int32Array(policy.checkers.length);
    this.costFirst = policy.scorers[0]?.scorer.name === 'cost' && policy.scorers[0].weight === 1
      && policy.scorers.slice(1).every((x) => x.scorer.nonNegative === true && x.weight >= 0);
    this.probe = { pool: ctx.pools[0]!, dc: ctx.poolDc[0]!, poolIndex: 0, latencyMs: 0, crossesHubs: false };
    this.walk = {
      job: undefined as unknown as JobSpec, row: new Float64Array(0), homeHub: '', explain: false, keepAll: false,
      examples: NO_EXAMPLES, passed: NO_SCORED, softOnly: NO_SCORED, best: undefined, second: undefined, bestSoft: undefined,
    };
  }

  /** Places one job. Jobs must come in non-decreasing submitAt order. */
  place(job: JobSpec, explain = false): Decision {
    if (job.submitAt < this.lastStart) {
      throw new RangeError(`job "${job.id}" starts at ${job.submitAt}, before the previous job (${this.lastStart}): online placement needs start order`);
    }
    this.lastStart = job.submitAt;
    this.capacity.advanceTo(job.submitAt);
    const { ctx, policy, state, hard, soft } = this;
    state.classUse = this.capacity.groupUse(COMPUTE_CLASSES.indexOf(job.class));
    const net = ctx.network;
    const poolIndices = ctx.classPoolIndices[job.class];
    const classPools = poolIndices.length;
    const row = net.latencyRow(job.origin);
    const homeHub = net.homeHub(job.origin);
    const removed = this.removed.fill(0);
    const keepAll = policy.selection !== 'min-score' || explain;
    // The decision's running state, reset for this job (no per-job closures: this is the hot path).
    const w = this.startWalk(job, row, homeHub, explain, keepAll);
    // A cost minimiser without an explanation walks only the pools within
    // the job's latency bound, cheapest unit-hour first: first those in the
    // origin's home hub (no transfer), then the rest (transfer added), each
    // stopping once no later pool can beat the best found (2 units of rounding
    // slack). It finds the same lowest cost as a full scan; among pools of
    // equal cost, the first one walked wins.
    // Any further scorers must be non-negative, so that cost stays a lower bound of the score.
    const costOnly = !keepAll && this.costFirst;
    const unitHours = job.units * (job.durationS / 3600);
    const transfer = Math.round(net.scenario.network.transferPricePerGb * job.dataGb);

    let reach: ReachList | undefined;
    if (costOnly) {
      const bound = latencyBoundMs(job);
      const reachAll = ctx.reachable(job.origin, job.class, bound);
      reach = job.models ? ctx.withModels(reachAll, job.models) : reachAll;
      const minGreen = job.minGreenShare ?? 0;
      // The lists hold only pools in reach; free units and the green floor are cheap pre-checks
      // that let most pools be skipped without building a candidate. consider() re-checks all.
      const { home, homeGreenMax, all, allGreenMax } = reach;
      for (let k = 0; k < home.length; k++) {
        const i = home[k] as number;
        if ((homeGreenMax[k] as number) < minGreen) break;
        if (w.best && (ctx.unitHourRate[i] as number) * unitHours > w.best.score + 2) break;
        if ((state.free[i] as number) >= job.units && (ctx.poolGreen[i] as number) >= minGreen) this.consider(i);
      }
      for (let k = 0; k < all.length; k++) {
        const i = all[k] as number;
        if ((allGreenMax[k] as number) < minGreen) break;
        if (w.best && (ctx.unitHourRate[i] as number) * unitHours + transfer > w.best.score + 2) break;
        if (ctx.poolHub[i] !== reach.homeAt && (state.free[i] as number) >= job.units && (ctx.poolGreen[i] as number) >= minGreen) this.consider(i);
      }
    }
    // The full scan: for every other policy, for explanations, and when the fast walk found
    // nothing, so that the removal counts, and so the reason for turning the job away, are complete.
    // Without an explanation only that reason is needed: the first checker past which no pool
    // survives, i.e. the deepest first failure of any pool. When the chain opens with the model and
    // latency checks, every pool outside the reach list fails one of those two, so the deepest failure
    // lies in the (much shorter) list.
    let deepest = -1;
    if (!costOnly || (!w.best && !w.bestSoft)) {
      if (costOnly && reach && hard[0] === modelChecker && hard[1] === latencyChecker) {
        // An empty list: every pool fails the model check, or passes it and fails on latency.
        deepest = reach.all.length > 0 ? this.deepestFailure(reach.all)
          : job.models && !ctx.anyOfModels(job.class, job.models) ? 0 : 1;
      }
      if (deepest < 0) {
        removed.fill(0);
        for (const i of poolIndices) this.consider(i);
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

    if (!chosen) {
      const reason = classPools === 0 ? `no pool of class ${job.class}` : `no pool left after the ${rejectedBy} check`;
      return { job, placed: false, start: job.submitAt, end, penalty: unplacedCost(job, net.scenario), reason, ...(explanation && { explanation }) };
    }
    this.capacity.hold(chosen.c.poolIndex, job.units, end);
    const placed: Decision = {
      job, placed: true, pool: chosen.c.pool, dc: chosen.c.dc, start: job.submitAt, end,
      latencyMs: chosen.c.latencyMs, cost: chosen.cost,
    };
    if (explanation) placed.explanation = explanation;
    return placed;
  }

  private startWalk(job: JobSpec, row: Float64Array, homeHub: string, explain: boolean, keepAll: boolean): Walk {
    const w = this.walk;
    w.job = job;
    w.row = row;
    w.homeHub = homeHub;
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
    if (!w.best || s.score < w.best.score) {
      w.second = w.best;
      w.best = s;
    } else if (!w.second || s.score < w.second.score) {
      w.second = s;
    }
  }

  /** Counts a candidate removed by `k`, keeping the first one as the example. */
  private record(k: Checker, c: Candidate, idx: number): void {
    this.removed[idx]! += 1;
    const w = this.walk;
    if (w.explain && w.examples[idx] === undefined) w.examples[idx] = { pool: c.pool.key, reason: k.why(w.job, c, this.state) };
  }

  /** Runs one pool through the checkers and scorers, for the job of the current walk. */
  private consider(poolIndex: number): void {
    const { ctx, hard, hardAt, soft, probe, state, policy } = this;
    const w = this.walk;
    const job = w.job;
    this.aim(poolIndex);
    const { pool, dc } = probe;
    for (let k = 0; k < hard.length; k++) {
      if (!hard[k]!.passes(job, probe, state)) {
        this.record(hard[k]!, probe, hardAt[k] as number);
        return;
      }
    }
    const cost = costOf(job, pool, dc, ctx.network.scenario, probe.crossesHubs);
    let score = 0;
    for (const { scorer, weight } of policy.scorers) score += weight * scorer.score(job, probe, cost, state);
    let failedSoft: Checker | undefined;
    for (let k = 0; k < soft.length; k++) {
      if (!soft[k]!.passes(job, probe, state)) {
        failedSoft = soft[k];
        break;
      }
    }
    if (failedSoft) {
      this.record(failedSoft, probe, policy.checkers.indexOf(failedSoft));
      const better = !w.bestSoft || score < w.bestSoft.score;
      // Without keepAll only the best (and best soft-failing) candidate is kept, so a loser needs no object.
      if (!w.keepAll && !better) return;
      const s: Scored = { c: { pool, dc, poolIndex, latencyMs: probe.latencyMs, crossesHubs: probe.crossesHubs }, cost, score };
      if (w.keepAll) w.softOnly.push(s);
      if (better) w.bestSoft = s;
      return;
    }
    if (!w.keepAll && w.best && score >= w.best.score) return;
    const s: Scored = { c: { pool, dc, poolIndex, latencyMs: probe.latencyMs, crossesHubs: probe.crossesHubs }, cost, score };
    if (w.keepAll) w.passed.push(s);
    this.offer(s);
  }

  /** Points the probe candidate at a pool, for the job of the current walk. */
  private aim(poolIndex: number): void {
    const { ctx, probe } = this;
    const w = this.walk;
    probe.pool = ctx.pools[poolIndex]!;
    probe.dc = ctx.poolDc[poolIndex]!;
    probe.poolIndex = poolIndex;
    probe.latencyMs = w.row[ctx.poolDcIndex[poolIndex] as number] as number;
    probe.crossesHubs = probe.dc.hubId !== w.homeHub;
  }

  /**
   * The index (among the hard checkers) of the deepest first failure over
   * `list`, for the job of the current walk, or -1 if some pool passes them all.
   */
  private deepestFailure(list: Int32Array): number {
    const { hard, state, probe } = this;
    const job = this.walk.job;
    let deepest = 0;
    for (let n = 0; n < list.length; n++) {
      this.aim(list[n] as number);
      let k = 0;
      while (k < hard.length && hard[k]!.passes(job, probe, state)) k++;
      if (k === hard.length) return -1;
      if (k > deepest) deepest = k;
    }
    return deepest;
  }
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

