import type { Rng } from '../rng.js';
import { COMPUTE_CLASSES } from '../network/compute-class.js';
import type { JobSpec } from '../workload/job.js';
import { latencyBoundMs } from '../workload/job.js';
import { CapacityTimeline } from './capacity.js';
import { costOf, unplacedCost } from './cost.js';
import type { CostParts } from './cost.js';
import type { PlacementContext } from './context.js';
import type { Policy } from './policy.js';
import type { Candidate, CandidateSummary, Checker, Decision, Explanation, PlacementState } from './types.js';

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
    const { hard, soft } = this;
    const removed = new Array<number>(policy.checkers.length).fill(0);
    const examples: ({ pool: string; reason: string } | undefined)[] = new Array(policy.checkers.length);
    const passed: Scored[] = [];
    const softOnly: Scored[] = [];
    const keepAll = policy.selection !== 'min-score' || explain;
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
    const costOnly = !keepAll && policy.scorers[0]?.scorer.name === 'cost' && policy.scorers[0].weight === 1
      && policy.scorers.slice(1).every((x) => x.scorer.nonNegative === true && x.weight >= 0);
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
    const record = (k: Checker, c: Candidate): void => {
      const idx = policy.checkers.indexOf(k);
      removed[idx]! += 1;
      if (explain && examples[idx] === undefined) examples[idx] = { pool: c.pool.key, reason: k.why(job, c, state) };
    };

    const consider = (poolIndex: number): void => {
      const pool = ctx.pools[poolIndex]!;
      const dc = ctx.poolDc[poolIndex]!;
      const c: Candidate = {
        pool, dc, poolIndex,
        latencyMs: row[ctx.poolDcIndex[poolIndex] as number] as number,
        crossesHubs: dc.hubId !== homeHub,
      };
      let failedHard = -1;
      for (let k = 0; k < hard.length; k++) {
        if (!hard[k]!.passes(job, c, state)) {
          failedHard = k;
          break;
        }
      }
      if (failedHard >= 0) {
        record(hard[failedHard]!, c);
        return;
      }
      const cost = costOf(job, pool, dc, net.scenario, c.crossesHubs);
      let score = 0;
      for (const { scorer, weight } of policy.scorers) score += weight * scorer.score(job, c, cost, state);
      const s: Scored = { c, cost, score };
      const failedSoft = soft.find((k) => !k.passes(job, c, state));
      if (failedSoft) {
        record(failedSoft, c);
        if (keepAll) softOnly.push(s);
        if (!bestSoft || s.score < bestSoft.score) bestSoft = s;
        return;
      }
      if (keepAll) passed.push(s);
      offer(s);
    };

    if (costOnly) {
      const bound = latencyBoundMs(job);
      // Jobs that name models walk the (short) list of those models' pools and check latency on the way.
      const reach = job.models ? undefined : ctx.reachable(job.origin, job.class, bound);
      const home = reach ? reach.home : ctx.ofModels(job.class, job.models!);
      const all = reach ? reach.all : home;
      const minGreen = job.minGreenShare ?? 0;
      // Cheap pre-checks that let most pools be skipped without building a candidate; consider() re-checks all.
      const near = (i: number): boolean =>
        ctx.poolDc[i]!.greenShare >= minGreen && (reach !== undefined || (row[ctx.poolDcIndex[i] as number] as number) <= bound);
      for (const i of home) {
        if (best && (ctx.unitHourRate[i] as number) * unitHours > best.score + 2) break;
        if ((reach || ctx.poolDc[i]!.hubId === homeHub) && (state.free[i] as number) >= job.units && near(i)) consider(i);
      }
      for (const i of all) {
        if (best && (ctx.unitHourRate[i] as number) * unitHours + transfer > best.score + 2) break;
        if (ctx.poolDc[i]!.hubId !== homeHub && (state.free[i] as number) >= job.units && near(i)) consider(i);
      }
    }
    // The full scan: for every other policy, for explanations, and when the fast walk found
    // nothing, so that the removal counts, and so the reason for turning the job away, are complete.
    if (!costOnly || (!best && !bestSoft)) {
      removed.fill(0);
      for (const i of poolIndices) consider(i);
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
    const rejectedBy = chosen ? undefined : classPools === 0 ? 'class' : firstEmptying(policy, removed, classPools);
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
    return {
      job, placed: true, pool: chosen.c.pool, dc: chosen.c.dc, start: job.submitAt, end,
      latencyMs: chosen.c.latencyMs, cost: chosen.cost, ...(explanation && { explanation }),
    };
  }
}

/** The hard checker after which no candidate was left. */
function firstEmptying(policy: Policy, removed: number[], candidates: number): string {
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

