/**
 * The life of a job on a platform:
 * `pending -> placed -> running -> succeeded | failed | cancelled | lost`.
 * A lost job (its data center went dark) may be placed again, so `lost` can
 * lead back to `pending`. A job this platform cannot place may be `routed`
 * to its parent platform, which places it in another platform's data center;
 * it then follows what the executing platform reports.
 */
export const JOB_STATES = ['pending', 'placed', 'running', 'succeeded', 'failed', 'cancelled', 'lost', 'routed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export const TERMINAL_STATES: readonly JobState[] = ['succeeded', 'failed', 'cancelled'];

/** The states each state may move to. */
export const NEXT_STATES: Readonly<Record<JobState, readonly JobState[]>> = {
  pending: ['placed', 'failed', 'cancelled', 'routed'],
  placed: ['running', 'failed', 'cancelled', 'lost', 'succeeded'],
  running: ['succeeded', 'failed', 'cancelled', 'lost'],
  succeeded: [],
  failed: [],
  cancelled: [],
  lost: ['pending', 'failed', 'cancelled'],
  routed: ['running', 'succeeded', 'failed', 'cancelled'],
};

/** The states from which a job may move to `to`. */
export function statesBefore(to: JobState): JobState[] {
  return JOB_STATES.filter((s) => NEXT_STATES[s].includes(to));
}

export function isTerminal(s: JobState): boolean {
  return TERMINAL_STATES.includes(s);
}
