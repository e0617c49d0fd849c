/**
 * One interface for every workload manager a data center runs: local
 * processes, Slurm, and later Kubernetes. The agent submits a job, polls the
 * states of its jobs, and cancels them; an executor keeps our job id beside
 * the manager's own id and can find its jobs again after the agent restarts.
 */

/** What an executor needs to run one job. */
export interface ExecJob {
  /** The platform's job id. */
  id: string;
  /** Placement epoch (fencing token) the agent was given. */
  epoch: number;
  /** A shell command line, or an argument vector run without a shell. */
  command: string | string[];
  /** Working directory; the executor's own directory for the job when absent. */
  workdir?: string;
  env?: Record<string, string>;
  /** Hard limit on the run, seconds: the job is stopped and fails after it. */
  timeLimitS: number;
  /** Units the job holds (cores, cards or nodes): metered usage is units x seconds. */
  units: number;
  /** Pool (partition) the platform placed it on. */
  pool: string;
  /** The tenant the job belongs to (Slurm maps it to an account and a user). */
  tenant?: string;
}

export type ExecState = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

/** What the workload manager says of a job now. */
export interface ExecStatus {
  state: ExecState;
  /** The manager's id for the job: a process id, a Slurm job id. */
  externalId: string;
  exitCode?: number;
  /** Epoch milliseconds. */
  startedAt?: number;
  endedAt?: number;
  /** Why it failed or was stopped, in the manager's words. */
  message?: string;
  /** Metered usage: units x seconds actually run. */
  unitSeconds?: number;
  /** Files holding the job's standard output and error, where the manager keeps them. */
  stdout?: string;
  stderr?: string;
}

export interface Executor {
  readonly name: string;
  /** Starts (or queues) the job; returns the manager's id. Throws ExecutorError when the manager refuses it. */
  submit(job: ExecJob): Promise<string>;
  /** The current status of each of these jobs, by our job id; a job the executor does not know is absent. */
  poll(jobIds: readonly string[]): Promise<Map<string, ExecStatus>>;
  /** Stops the job and everything it started. Cancelling a finished job does nothing. */
  cancel(jobId: string, reason: string): Promise<void>;
  /** Capacity per pool as the workload manager sees it, for managers that can tell (Slurm). */
  inventory?(pools: readonly string[]): Promise<Map<string, number>>;
  /** Units in use per pool as the workload manager reports them, everyone's jobs included. */
  unitsInUse?(pools: readonly string[]): Promise<Map<string, number>>;
}

/** The workload manager refused or lost a job; the message is the manager's. */
export class ExecutorError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ExecutorError';
  }
}
