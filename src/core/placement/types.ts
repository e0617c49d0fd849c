import type { DataCenter, Pool } from '../network/model.js';
import type { JobSpec } from '../workload/job.js';
import type { CostParts } from './cost.js';
import type { StartChoice } from './start-time.js';
import type { SizeOutlook } from './fragmentation.js';

/** One pool considered for one job, with what the checkers and scorers need. */
export interface Candidate {
  pool: Pool;
  dc: DataCenter;
  /** Dense pool index (PlacementContext.poolIndex). */
  poolIndex: number;
  /** One-way latency from the job's origin to the data center, ms. */
  latencyMs: number;
  /** The data center is outside the origin's home hub: input data moves. */
  crossesHubs: boolean;
}

/** What checkers and scorers may read about the moment of placement. */
export interface PlacementState {
  /** Free units per pool now, indexed by pool index. */
  free: Float64Array;
  /** Total units per pool. */
  total: readonly number[];
  /** Share of the current job's class in use across the network, 0..1. */
  classUse: number;
  /** The east-to-west offload cap in force, if one is (a federation policy); absent: no cap. */
  offload?: OffloadRoom;
  /** The sizes seen so far and the pools that can host each, when a scorer prices fragmentation. */
  outlook?: SizeOutlook;
}

/**
 * What an east-to-west offload cap leaves: per western hub and class
 * (`hub|class`), the units that work from eastern origins may still take.
 * A hub and class it does not name has no cap.
 */
export interface OffloadRoom {
  /** The cap, as a share of each western hub's units of a class. */
  share: number;
  room: Map<string, number>;
}

/** A named feasibility rule. */
export interface Checker {
  name: string;
  /** The rule in words, for explanations and docs. */
  rule: string;
  /** A soft checker is dropped when it alone would leave nothing (it guards, it never rejects a job). */
  soft?: boolean;
  /**
   * A job this rule leaves nowhere may fit later (units free up, a cap
   * moves): the platform keeps it waiting rather than failing it. Rules of
   * what the job is (model, latency, residency) are not transient.
   */
  transient?: boolean;
  passes(job: JobSpec, c: Candidate, s: PlacementState): boolean;
  /**
   * False when the job sets nothing this rule tests, so that it passes every
   * candidate (a job without a residency set, say): the placer then leaves
   * it out of that job's walk. Absent means it always applies.
   */
  appliesTo?(job: JobSpec): boolean;
  /** Why `c` fails, in words. */
  why(job: JobSpec, c: Candidate, s: PlacementState): string;
}

/** A named ranking term; lower is better. */
export interface Scorer {
  name: string;
  description: string;
  /** Never below zero: added to cost, it keeps cost a lower bound of the score, which the fast scan relies on. */
  nonNegative?: boolean;
  score(job: JobSpec, c: Candidate, cost: CostParts, s: PlacementState): number;
}

export interface CandidateSummary {
  pool: string;
  dataCenter: string;
  latencyMs: number;
  cost: CostParts;
  score: number;
}

/** Why a decision came out as it did. */
export interface Explanation {
  policy: string;
  /** Pools in the network; the `class` entry of `checkers` removes those of other classes. */
  candidates: number;
  /** In chain order: how many candidates each checker removed, and one example. */
  checkers: { name: string; rule: string; removed: number; example?: { pool: string; reason: string } }[];
  /** Candidates that passed every checker. */
  feasible: number;
  /** Soft checkers set aside because they alone left nothing. */
  relaxed: string[];
  winner?: CandidateSummary;
  runnerUp?: CandidateSummary;
  /** For an unplaced job: the checker after which nothing was left. */
  rejectedBy?: string;
  /** For a job that may wait: the starts considered, and why this one. */
  start?: StartChoice;
}

/** The outcome for one job. */
export interface Decision {
  job: JobSpec;
  placed: boolean;
  pool?: Pool;
  dc?: DataCenter;
  start: number;
  end: number;
  latencyMs?: number;
  cost?: CostParts;
  /** For an unplaced job: the penalty, in 1/10,000 yuan. */
  penalty?: number;
  reason?: string;
  /** For an unplaced job: the rule after which no pool was left (`class` when no pool has its class). */
  rejectedBy?: string;
  explanation?: Explanation;
}
