import { STANDARD_CHECKERS, keepWholeChecker, reserveChecker } from './checkers.js';
import { SCORERS, scarcityScorer } from './scorers.js';
import { fragmentationScorer } from './fragmentation.js';
import type { Scenario } from '../network/model.js';
import type { Checker, Scorer } from './types.js';
import type { StartRule } from './start-time.js';

/** How a policy picks among feasible candidates. */
export type Selection =
  /** The lowest weighted score; ties go to the earlier pool in scenario order. */
  | 'min-score'
  /** A seeded draw weighted by each pool's static capacity (TFLOPS). */
  | 'capacity-weighted'
  /** A seeded uniform draw. */
  | 'uniform';

/** A placement policy as data: the checker chain, the scorers and the selector. */
export interface Policy {
  name: string;
  description: string;
  checkers: readonly Checker[];
  scorers: readonly { scorer: Scorer; weight: number }[];
  selection: Selection;
}

/** Default of PolicyOptions.scarcity: off (see there). */
export const DEFAULT_SCARCITY = 0;

/** Default of PolicyOptions.keepWhole: 0, off. Fragmentation pricing with its Poisson law class-wide keeps the room for large jobs that keep-whole once guarded (bench/RESULTS.md, "Keep-whole retired"). */
export const DEFAULT_KEEP_WHOLE = 0;

/** Default of PolicyOptions.scarcityClassFrom. */
export const SCARCITY_CLASS_FROM = 0.3;

export const POLICY_NAMES = ['engine', 'nearest', 'cheapest', 'spread', 'random', 'wait-awhile'] as const;
export type PolicyName = (typeof POLICY_NAMES)[number];

export interface PolicyOptions {
  /** Share of each eastern pool that batch work leaves free (engine only). Default 0: off. */
  reserveShare?: number;
  /** Size of the free blocks small jobs keep whole (engine only), 8 being the largest common job. Default 0: off. */
  keepWhole?: number;
  /** Share of a class in use network-wide from which keep-whole applies. Default 0.7. */
  keepWholeFrom?: number;
  /**
   * Weight of scarcity pricing, a multiple of the unplaced penalty (engine only). Default 0, off: on the
   * placement suite's development cases it lost to the best baseline by up to 9%, against 1% without it,
   * and the held-out cases agreed (bench/RESULTS.md, "The placement suite").
   */
  scarcity?: number;
  /** Pool utilisation from which scarcity pricing applies. Default 0.7. */
  scarcityFrom?: number;
  /** Share of the job's class in use network-wide below which scarcity pricing is off: nothing is scarce yet. */
  scarcityClassFrom?: number;
  /**
   * Fragmentation pricing (fragmentation.ts): the expected penalty of later jobs a placement leaves without
   * room, counted by the Poisson law of the jobs to come, scaled by the bursts they are seen to come in.
   * Default on.
   */
  fragmentation?: boolean;
}

/** Builds a named policy. `isEast` tells whether a hub id is on the east side. */
export function policyFor(name: PolicyName, isEast: (hubId: string) => boolean, opts: PolicyOptions = {}, scenario?: Scenario): Policy {
  const w = (scorer: string, weight = 1) => ({ scorer: SCORERS[scorer] as Scorer, weight });
  switch (name) {
    case 'engine':
      return {
        name,
        description: 'lowest total cost (compute, transfer, carbon) plus the expected penalty of later jobs a placement would leave without room (fragmentation pricing, from the sizes and bursts submitted so far); optional keep-whole blocks, scarcity pricing of busy pools and trunk reservation of eastern capacity',
        checkers: [
          ...STANDARD_CHECKERS,
          ...((opts.keepWhole ?? DEFAULT_KEEP_WHOLE) > 0 ? [keepWholeChecker(opts.keepWhole ?? DEFAULT_KEEP_WHOLE, opts.keepWholeFrom ?? 0.7)] : []),
          ...((opts.reserveShare ?? 0) > 0 ? [reserveChecker(opts.reserveShare ?? 0, isEast)] : []),
        ],
        scorers: [
          w('cost'),
          // Pools that cannot hold two large jobs are too coarse for a share in use to signal scarcity.
          ...((opts.scarcity ?? DEFAULT_SCARCITY) > 0 && scenario
            ? [{ scorer: scarcityScorer(scenario, opts.scarcity ?? DEFAULT_SCARCITY, opts.scarcityFrom ?? 0.7, 2 * (opts.keepWhole || 8), opts.scarcityClassFrom ?? SCARCITY_CLASS_FROM), weight: 1 }]
            : []),
          ...(opts.fragmentation !== false && scenario ? [{ scorer: fragmentationScorer(scenario.unplacedPenalty), weight: 1 }] : []),
        ],
        selection: 'min-score',
      };
    case 'nearest':
      return {
        name,
        description: 'lowest latency from the origin: everything stays local, as before East Data West Computing',
        checkers: STANDARD_CHECKERS,
        scorers: [w('latency')],
        selection: 'min-score',
      };
    case 'cheapest':
      return {
        name,
        description: 'greedy lowest total cost per job, as a multi-region broker picks a region',
        checkers: STANDARD_CHECKERS,
        scorers: [w('cost')],
        selection: 'min-score',
      };
    case 'spread':
      return {
        name,
        description: 'static weights by capacity, as a propagation policy divides work among member clusters',
        checkers: STANDARD_CHECKERS,
        scorers: [w('cost')],
        selection: 'capacity-weighted',
      };
    case 'wait-awhile':
      // Placed as cheapest places; what differs is when it starts (startRuleOf).
      return {
        ...policyFor('cheapest', isEast, opts, scenario),
        name,
        description: 'each job at its cheapest pool, started in the hour of its window with the least carbon there (Wiesner et al., "Let\'s Wait Awhile", 2021); placed as cheapest',
      };
    case 'random':
      return { name, description: 'a seeded uniform choice among feasible pools', checkers: STANDARD_CHECKERS, scorers: [w('cost')], selection: 'uniform' };
  }
}

/** How each policy chooses when a job that may wait starts (start-time.ts): the engine the cheapest start, wait-awhile the greenest hour, the rest now. */
export function startRuleOf(name: PolicyName): StartRule {
  return name === 'engine' ? 'cheapest' : name === 'wait-awhile' ? 'greenest-hour' : 'now';
}
