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

interface Scored {
  c: Candidate;
  cost: CostParts;
  score: number;
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
  }

  /** Places one job. Jobs must come in non-decreasing submitAt order. */
  place(job: JobSpec, explain = false): Decision {
    if (job.submitAt < this.lastStart) {
      throw new RangeError(`job "${job.id}" starts at ${job.submitAt}, before the previous job (${this.lastStart}): online placement needs start order`);
    }
    this.lastStart = job.submitAt;
    this.capacity.advanceTo(job.submitAt);
    const { ctx, policy, state } = this;
    state.classUse = this.capacity.groupUse(COMPUTE_CLASSES.indexOf(job.class));
    const net = ctx.network;
    const poolIndices = ctx.classPoolIndices[job.class];
    const classPools = poolIndices.length;
    const row = net.latencyRow(job.origin);
    const homeHub = net.homeHub(job.origin);
    const { hard, hardAt, soft } = this;
    const removed = this.removed.fill(0);
    const examples: ({ pool: string; reason: string } | undefined)[] = explain ? new Array(policy.checkers.length) : NO_EXAMPLES;
    const keepAll = policy.selection !== 'min-score' || explain;
    const passed: Scored[] = [];
    const softOnly: Scored[] = [];
    let best: Scored | undefined;
    let second: Scored | undefined;
    let bestSoft: Scored | undefined;
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

    /** Keeps the best and second-best scores seen. */
    const offer = (s: Scored): void => {
      if (!best || s.score < best.score) {
        second = best;
        best = s;
      } else if (!second || s.score < second.score) {
        second = s;
      }
    };

    /** Counts a candidate removed by `k`, keeping the first one as the example. */
    const record = (k: Checker, c: Candidate, idx = policy.checkers.indexOf(k)): void => {
      removed[idx]! += 1;
      if (explain && examples[idx] === undefined) examples[idx] = { pool: c.pool.key, reason: k.why(job, c, state) };
    };

    const probe = this.probe;
    const consider = (poolIndex: number): void => {
      const pool = ctx.pools[poolIndex]!;
      const dc = ctx.poolDc[poolIndex]!;
      probe.pool = pool;
      probe.dc = dc;
      probe.poolIndex = poolIndex;
      probe.latencyMs = row[ctx.poolDcIndex[poolIndex] as number] as number;
      probe.crossesHubs = dc.hubId !== homeHub;
      for (let k = 0; k < hard.length; k++) {
        if (!hard[k]!.passes(job, probe, state)) {
          record(hard[k]!, probe, hardAt[k]);
          return;
        }
      }
      const cost = costOf(job, pool, dc, net.scenario, probe.crossesHubs);
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
        record(failedSoft, probe);
        const better = !bestSoft || score < bestSoft.score;
        // Without keepAll only the best (and best soft-failing) candidate is kept, so a loser needs no object.
        if (!keepAll && !better) return;
        const s: Scored = { c: { pool, dc, poolIndex, latencyMs: probe.latencyMs, crossesHubs: probe.crossesHubs }, cost, score };
        if (keepAll) softOnly.push(s);
        if (better) bestSoft = s;
        return;
      }
      if (!keepAll && best && score >= best.score) return;
      const s: Scored = { c: { pool, dc, poolIndex, latencyMs: probe.latencyMs, crossesHubs: probe.crossesHubs }, cost, score };
      if (keepAll) passed.push(s);
      offer(s);
    };

    let reach: ReachList | undefined;
    if (costOnly) {
      const bound = latencyBoundMs(job);
      const reachAll = ctx.reachable(job.origin, job.class, bound);
      reach = job.models ? ctx.withModels(reachAll, job.models) : reachAll;
      const minGreen = job.minGreenShare ?? 0;
      // The lists hold only pools in reach; free units and the green floor are cheap pre-checks
      // that let most pools be skipped without building a candidate. consider() re-checks all.
      const { home, homeGreenMax, all, allGreenMax } = reach;
      const homeAt = ctx.hubIds.indexOf(homeHub);
      for (let k = 0; k < home.length; k++) {
        const i = home[k] as number;
        if ((homeGreenMax[k] as number) < minGreen) break;
        if (best && (ctx.unitHourRate[i] as number) * unitHours > best.score + 2) break;
        if ((state.free[i] as number) >= job.units && (ctx.poolGreen[i] as number) >= minGreen) consider(i);
      }
      for (let k = 0; k < all.length; k++) {
        const i = all[k] as number;
        if ((allGreenMax[k] as number) < minGreen) break;
        if (best && (ctx.unitHourRate[i] as number) * unitHours + transfer > best.score + 2) break;
        if (ctx.poolHub[i] !== homeAt && (state.free[i] as number) >= job.units && (ctx.poolGreen[i] as number) >= minGreen) consider(i);
      }
    }
    // The full scan: for every other policy, for explanations, and when the fast walk found
    // nothing, so that the removal counts, and so the reason for turning the job away, are complete.
    // Without an explanation only that reason is needed: the first checker past which no pool
    // survives, i.e. the deepest first failure of any pool. When the chain opens with the model and
    // latency checks, every pool outside the reach list fails one of those two, so the deepest failure
    // lies in the (much shorter) list.
    let deepest = -1;
    if (!costOnly || (!best && !bestSoft)) {
      if (costOnly && reach && hard[0] === modelChecker && hard[1] === latencyChecker) {
        // An empty list: every pool fails the model check, or passes it and fails on latency.
        deepest = reach.all.length > 0 ? this.deepestFailure(job, reach.all, probe, row, homeHub)
          : job.models && !ctx.anyOfModels(job.class, job.models) ? 0 : 1;
      }
      if (deepest < 0) {
        removed.fill(0);
        for (const i of poolIndices) consider(i);
      }
    }

    // A soft checker never rejects a job: if it alone left nothing, set it aside.
    let relaxed: string[] = [];
    let pool = passed;
    if (!best && bestSoft) {
      relaxed = soft.filter((k) => (removed[policy.checkers.indexOf(k)] as number) > 0).map((k) => k.name);
      pool = softOnly;
      if (keepAll) {
        best = undefined;
        second = undefined;
        for (const s of softOnly) offer(s);
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

  /**
   * The index (among the hard checkers) of the deepest first failure over
   * `list`, or -1 if some pool passes them all.
   */
  private deepestFailure(job: JobSpec, list: Int32Array, probe: Candidate, row: Float64Array, homeHub: string): number {
    const { ctx, hard, state } = this;
    let deepest = 0;
    for (let n = 0; n < list.length; n++) {
      const i = list[n] as number;
      probe.pool = ctx.pools[i]!;
      probe.dc = ctx.poolDc[i]!;
      probe.poolIndex = i;
      probe.latencyMs = row[ctx.poolDcIndex[i] as number] as number;
      probe.crossesHubs = probe.dc.hubId !== homeHub;
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

