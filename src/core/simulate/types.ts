import type { Network } from '../network/network.js';
import type { PlacementPolicies } from '../placement/live-rules.js';
import type { PolicyName, PolicyOptions } from '../placement/policy.js';
import type { Rng } from '../rng.js';
import type { JobSpec } from '../workload/job.js';
import type { JobState } from '../workload/lifecycle.js';

/** What a simulation takes and gives, and the codes of its jobs' states. */

/** The platform settings a simulation follows (the server's own defaults, from its config, in the planner). */
export interface SimSettings {
  /** A data center silent this long loses its jobs, s (the server's agentTimeoutS). */
  agentTimeoutS: number;
  /** A data center silent this long takes no new jobs, s (the server's staleAfterS). */
  staleAfterS: number;
  /** Placements a job may have; a job lost more often fails. */
  maxAttempts: number;
  /** How long a job that found no room waits before its next attempt, s. */
  retryAfterS: number;
  /** Waiting jobs tried per round. */
  batch: number;
}

/** A data center dark (no power, no network) from `from` to `to`, seconds of the stream. */
export interface Outage {
  dataCenter: string;
  from: number;
  to: number;
}

export interface SimInput {
  /** The network from time 0, and later versions of it (new prices) from their times. Versions have the same pools. */
  versions: readonly { at: number; network: Network }[];
  jobs: readonly JobSpec[];
  outages?: readonly Outage[];
  policy: PolicyName;
  policyOptions?: PolicyOptions;
  /** Federation policies in force (a green floor for batch work). */
  policies?: PlacementPolicies;
  rng: Rng;
  settings: SimSettings;
  /** Stop here, seconds; without it the run goes on until every job has ended or can never start. */
  until?: number;
  /** Step of the hub series, s (300). */
  stepS?: number;
  /** Called now and then with the virtual time (s) and the events handled so far. */
  onProgress?: (virtualS: number, events: number) => void;
}

/** Everything the placement rules read of a job (not its id, times or data, which change its cost only): two jobs that ask the same pass or fail the same. */
export function askOf(job: JobSpec): string {
  return `${job.class}|${job.units}|${job.origin}|${job.latency}|${job.maxLatencyMs ?? ''}|${job.models?.join(',') ?? ''}|${job.residency?.join(',') ?? ''}|${job.minGreenShare ?? ''}|${job.maxPrice ?? ''}`;
}

/** Per-job codes; the job's record says which of the platform's states each stands for. */
export const S = { future: 0, waiting: 1, placed: 2, running: 3, cut: 4, succeeded: 5, failed: 6, lost: 7 } as const;
/** The platform state each code stands for (a cut run is still `running` to the platform until it is declared lost). */
export const PLATFORM_STATE: readonly JobState[] = ['pending', 'pending', 'placed', 'running', 'running', 'succeeded', 'failed', 'lost'];

/** A job's run that ended when its data center went dark. */
export interface LostRun {
  job: string;
  dataCenter: string;
  start: number;
  /** When it stopped running: the outage's start (or its placement, for one that never started). */
  end: number;
}

/** The outcome of one job, as `jobs.csv` writes it. */
export interface SimJob {
  job: JobSpec;
  /** succeeded, failed, or (at the end of the run) pending, placed or running. */
  state: JobState;
  dataCenter?: string;
  pool?: string;
  startAt?: number;
  /** Time spent waiting to be placed: from submission to its final start, less the time it was placed where it was then lost. */
  waitS?: number;
  /** Cost of its final placement (compute, transfer, carbon), or the penalty of a job never placed; 1/10,000 yuan. */
  cost: number;
  /** Placements it had. */
  attempts: number;
  lostFrom: string[];
  /** The rule that decided it. */
  decidedBy: string;
}
