import type { Network } from '../network/network.js';
import type { Rng } from '../rng.js';
import type { JobSpec } from '../workload/job.js';
import { PlacementContext } from './context.js';
import { energyOf, hoursOf } from './cost.js';
import { OnlinePlacer } from './placer.js';
import { policyFor, startRuleOf } from './policy.js';
import { chooseStart } from './start-time.js';
import type { StartChoice } from './start-time.js';
import type { PolicyName, PolicyOptions } from './policy.js';
import type { Decision } from './types.js';
import { latencyBoundMs } from '../workload/job.js';

export interface ScheduleOptions extends PolicyOptions {
  policy: PolicyName;
  rng: Rng;
  /** Job id whose decision should carry an explanation. */
  explainJob?: string;
  /** Stop after this job (for `explain`). */
  stopAfter?: string;
  onProgress?: (done: number, total: number) => void;
}

/** Jobs in start order; equal starts keep their order in the stream. A stream already in order is copied, not sorted. */
export function inStartOrder(jobs: readonly JobSpec[]): JobSpec[] {
  let sorted = true;
  for (let i = 1; i < jobs.length && sorted; i++) sorted = (jobs[i - 1] as JobSpec).submitAt <= (jobs[i] as JobSpec).submitAt;
  if (sorted) return jobs.slice();
  return jobs.map((j, i) => ({ j, i })).sort((a, b) => a.j.submitAt - b.j.submitAt || a.i - b.i).map((x) => x.j);
}

/** Runs the online mode over a whole job stream: one decision per job, in start order. */
export function scheduleOnline(network: Network, jobs: readonly JobSpec[], opts: ScheduleOptions): Decision[] {
  const out: Decision[] = [];
  streamOnline(network, jobs, opts, (d) => out.push(d));
  return out;
}

/**
 * The online mode, handing each decision to `each` as it is made instead of
 * keeping them all: a long stream is placed in memory for the jobs and the
 * live capacity only (`suanli schedule` writes each line as it goes).
 */
export function streamOnline(network: Network, jobs: readonly JobSpec[], opts: ScheduleOptions, each: (d: Decision) => void): void {
  const ctx = new PlacementContext(network);
  const policy = policyFor(opts.policy, (hub) => !ctx.westHubs.has(hub), opts, network.scenario);
  const placer = new OnlinePlacer(ctx, policy, opts.rng);
  const ordered = inStartOrder(jobs);
  const every = Math.max(1, Math.floor(ordered.length / 200));
  const rule = startRuleOf(opts.policy);
  if (rule !== 'now' && ordered.some((j) => (j.maxWaitS ?? 0) > 0)) {
    streamInTime(ctx, placer, ordered, rule, opts, each);
    return;
  }
  for (let i = 0; i < ordered.length; i++) {
    const job = ordered[i] as JobSpec;
    each(placer.place(job, job.id === opts.explainJob));
    if (opts.onProgress && (i % every === 0 || i === ordered.length - 1)) opts.onProgress(i + 1, ordered.length);
    if (job.id === opts.stopAfter) break;
  }
}

/**
 * The online mode for jobs that may wait: each job's start is chosen when it
 * is submitted, from its own window and the hourly prices and green shares
 * alone (start-time.ts), and it is placed at that start on the capacity then
 * free, in start order. A job that finds no room at its start waits for the
 * next hour of its window; past its window it is turned away.
 */
function streamInTime(ctx: PlacementContext, placer: OnlinePlacer, ordered: readonly JobSpec[], rule: ReturnType<typeof startRuleOf>, opts: ScheduleOptions, each: (d: Decision) => void): void {
  const transient = new Set(placer.policy.checkers.filter((c) => c.transient).map((c) => c.name));
  const queue = new StartQueue();
  const choices = new Map<string, StartChoice>();
  ordered.forEach((job, i) => {
    const choice = chooseStart(ctx, job, rule);
    if (job.id === opts.explainJob) choices.set(job.id, choice);
    queue.push(choice.at, i);
  });
  const every = Math.max(1, Math.floor(ordered.length / 200));
  let done = 0;
  // A job tried again after waiting for room counts once in the engine's forecast of sizes.
  const retried = new Uint8Array(ordered.length);
  while (queue.size > 0) {
    const { at, index } = queue.pop();
    const job = ordered[index] as JobSpec;
    const explain = job.id === opts.explainJob;
    const d = placer.place(at === job.submitAt ? job : { ...job, submitAt: at }, explain, retried[index] === 0);
    const next = (Math.floor(at / 3600) + 1) * 3600;
    if (!d.placed && transient.has(d.rejectedBy ?? '') && next <= job.submitAt + (job.maxWaitS ?? 0)) {
      retried[index] = 1;
      queue.push(next, index);
      continue;
    }
    if (explain && d.explanation) d.explanation.start = choices.get(job.id)!;
    each(d);
    done++;
    if (opts.onProgress && (done % every === 0 || done === ordered.length)) opts.onProgress(done, ordered.length);
    if (job.id === opts.stopAfter) break;
  }
}

/** Jobs by start time, then by their order in the stream: a binary heap. */
class StartQueue {
  private at: number[] = [];
  private index: number[] = [];

  get size(): number {
    return this.at.length;
  }

  push(at: number, index: number): void {
    let i = this.at.length;
    this.at.push(at);
    this.index.push(index);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  pop(): { at: number; index: number } {
    const top = { at: this.at[0] as number, index: this.index[0] as number };
    const lastAt = this.at.pop() as number;
    const lastIndex = this.index.pop() as number;
    if (this.at.length > 0) {
      this.at[0] = lastAt;
      this.index[0] = lastIndex;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.at.length && this.before(l, m)) m = l;
        if (r < this.at.length && this.before(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }

  private before(a: number, b: number): boolean {
    const x = this.at[a] as number;
    const y = this.at[b] as number;
    return x < y || (x === y && (this.index[a] as number) < (this.index[b] as number));
  }

  private swap(a: number, b: number): void {
    [this.at[a], this.at[b]] = [this.at[b] as number, this.at[a] as number];
    [this.index[a], this.index[b]] = [this.index[b] as number, this.index[a] as number];
  }
}

/** Totals of a schedule: what `suanli schedule` prints at the end. Money in 1/10,000 yuan. */
export interface ScheduleSummary {
  policy: string;
  jobs: number;
  placed: number;
  unplaced: number;
  unplacedUnitHours: number;
  cost: { compute: number; transfer: number; carbon: number; penalty: number; total: number };
  co2Tonnes: number;
  energyMwh: number;
  /** Green share of the energy of placed jobs. */
  greenShareOfEnergy: number | null;
  /** Share of placed batch unit-hours that ran in western hubs. */
  batchWestShare: number | null;
  /** Placed jobs whose latency exceeds their bound (the engine's own count; `suanli verify` recounts). */
  latencyViolations: number;
}

export function summarizeSchedule(network: Network, policy: string, decisions: readonly Decision[]): ScheduleSummary {
  const tally = new ScheduleTally(network, policy);
  for (const d of decisions) tally.add(d);
  return tally.summary();
}

/** The totals of a schedule, kept as decisions arrive one at a time. */
export class ScheduleTally {
  private readonly west: Set<string>;
  private readonly s: ScheduleSummary;
  private greenKwh = 0;
  private energyKwh = 0;
  private batchUh = 0;
  private batchWestUh = 0;

  constructor(network: Network, policy: string) {
    this.west = new Set(network.scenario.hubs.filter((h) => h.side === 'west').map((h) => h.id));
    this.s = {
      policy, jobs: 0, placed: 0, unplaced: 0, unplacedUnitHours: 0,
      cost: { compute: 0, transfer: 0, carbon: 0, penalty: 0, total: 0 },
      co2Tonnes: 0, energyMwh: 0, greenShareOfEnergy: null, batchWestShare: null, latencyViolations: 0,
    };
  }

  add(d: Decision): void {
    const s = this.s;
    s.jobs++;
    const uh = d.job.units * hoursOf(d.job);
    if (!d.placed || !d.pool || !d.dc || !d.cost) {
      s.unplaced++;
      s.unplacedUnitHours += uh;
      s.cost.penalty += d.penalty ?? 0;
      return;
    }
    s.placed++;
    s.cost.compute += d.cost.compute;
    s.cost.transfer += d.cost.transfer;
    s.cost.carbon += d.cost.carbon;
    const e = energyOf(d.job, d.pool, d.dc);
    this.energyKwh += e.energyKwh;
    this.greenKwh += e.greenKwh;
    s.co2Tonnes += e.co2Kg / 1000;
    if ((d.latencyMs ?? 0) > latencyBoundMs(d.job)) s.latencyViolations++;
    if (d.job.latency === 'batch') {
      this.batchUh += uh;
      if (this.west.has(d.dc.hubId)) this.batchWestUh += uh;
    }
  }

  /** The totals so far. */
  summary(): ScheduleSummary {
    const s = this.s;
    return {
      ...s,
      cost: { ...s.cost, total: s.cost.compute + s.cost.transfer + s.cost.carbon + s.cost.penalty },
      energyMwh: this.energyKwh / 1000,
      greenShareOfEnergy: this.energyKwh > 0 ? this.greenKwh / this.energyKwh : null,
      batchWestShare: this.batchUh > 0 ? this.batchWestUh / this.batchUh : null,
    };
  }
}
