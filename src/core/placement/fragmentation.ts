import type { JobSpec } from '../workload/job.js';
import type { Scorer } from './types.js';

/**
 * What the jobs submitted so far say about the room the jobs to come will
 * need, per group (compute class): each job size s seen, how many jobs had
 * it and their mean run, and how many jobs of that size the pools could take
 * now (the slots: the sum over the group's pools of floor(free / s)). Only
 * past arrivals enter it. The slots follow every change of free units
 * (CapacityTimeline.track()), O(sizes seen) per change.
 */
export class SizeOutlook {
  private readonly sizes: number[][];
  private readonly counts: number[][];
  private readonly hours: number[][];
  private readonly slots: number[][];
  private first = Number.NaN;
  /** The decision being made (begin()): the job's group (compute class index), time and run. */
  private group = 0;
  private now = 0;
  private durationS = Number.NaN;
  /**
   * For that decision: the observed span; per size, the jobs expected still
   * running at the end of the run (present()); and the units they all ask for.
   */
  private span = 1;
  private readonly expected: number[] = [];
  private demand = 0;

  constructor(private readonly free: Float64Array, private readonly groupOf: readonly number[], groups: number) {
    this.sizes = Array.from({ length: groups }, () => []);
    this.counts = Array.from({ length: groups }, () => []);
    this.hours = Array.from({ length: groups }, () => []);
    this.slots = Array.from({ length: groups }, () => []);
  }

  /**
   * Starts a decision for a job of group `group` submitted at `now` that
   * runs `durationS`: what every candidate's lossOf() shares is worked out
   * once here, not once per candidate.
   */
  begin(group: number, now: number, durationS: number): void {
    this.group = group;
    this.now = now;
    this.durationS = durationS;
    // The observed span, stretched by the job's own run, so that the first jobs of a stream do not read as a flood.
    this.span = Math.max(1, now - this.first + durationS);
    const sizes = this.sizes[group] as number[];
    const counts = this.counts[group] as number[];
    const hours = this.hours[group] as number[];
    const expected = this.expected;
    expected.length = sizes.length;
    let demand = 0;
    for (let i = 0; i < sizes.length; i++) {
      expected[i] = this.present(counts[i] as number, hours[i] as number, durationS);
      demand += (expected[i] as number) * (sizes[i] as number);
    }
    this.demand = demand;
  }

  /**
   * Of the jobs of one size that will arrive in the next `durationS` seconds
   * (`n` seen so far, `h` hours of run in all), those still running at its
   * end, which are what a slot is short for: by Little's law, their rate
   * times min(durationS, their mean run). (An upper bound of the expectation,
   * as E[min(X, d)] <= min(E[X], d).) The jobs that arrive and end within the
   * run give their room back before it is over.
   */
  private present(n: number, h: number, durationS: number): number {
    return (n * Math.min(durationS, (h * 3600) / n)) / this.span;
  }

  /** Records a submitted job of group `group`. */
  observe(group: number, job: JobSpec): void {
    if (Number.isNaN(this.first)) this.first = job.submitAt;
    const sizes = this.sizes[group] as number[];
    let i = 0;
    while (i < sizes.length && (sizes[i] as number) < job.units) i++;
    if (sizes[i] !== job.units) {
      sizes.splice(i, 0, job.units);
      (this.counts[group] as number[]).splice(i, 0, 0);
      (this.hours[group] as number[]).splice(i, 0, 0);
      let slots = 0;
      for (let p = 0; p < this.free.length; p++) if (this.groupOf[p] === group) slots += Math.floor((this.free[p] as number) / job.units);
      (this.slots[group] as number[]).splice(i, 0, slots);
    }
    (this.counts[group] as number[])[i]! += 1;
    (this.hours[group] as number[])[i]! += job.durationS / 3600;
  }

  /** Pool `pool` went from `before` to `after` free units. */
  moved(pool: number, before: number, after: number): void {
    const g = this.groupOf[pool] as number;
    const sizes = this.sizes[g] as number[];
    const slots = this.slots[g] as number[];
    for (let i = 0; i < sizes.length; i++) {
      const s = sizes[i] as number;
      slots[i] = (slots[i] as number) + Math.floor(after / s) - Math.floor(before / s);
    }
  }

  /**
   * The expected penalty of the jobs turned away because `units` units of a
   * pool with `free` free units are taken for `durationS` seconds from now,
   * in the penalty's money. For each size s, the jobs of that size expected
   * to be running at the end of that time (present()) beyond the slots left
   * for them, with and without this placement: the difference. A slot short
   * for the whole run turns a job away each mean run of that size, so the
   * difference is priced at `penaltyPerUnitHour` x s x max(run, mean run).
   * A fluid estimate: it counts the other jobs expected taking slots first,
   * and the jobs running now as running to the end of the run. Where every
   * choice takes the same slots (all jobs of one size, say) it is the same
   * for all, and the cheapest pool wins. For the decision begin() started.
   */
  lossOf(free: number, units: number, durationS: number, penaltyPerUnitHour: number): number {
    const g = this.group;
    const sizes = this.sizes[g] as number[];
    if (sizes.length === 0) return 0;
    if (durationS !== this.durationS) this.begin(g, this.now, durationS);
    const { demand } = this;
    const counts = this.counts[g] as number[];
    const hours = this.hours[g] as number[];
    const slots = this.slots[g] as number[];
    const left = free - units;
    let loss = 0;
    for (let i = sizes.length - 1; i >= 0; i--) {
      const s = sizes[i] as number;
      if (s > free) continue;
      const taken = Math.floor(free / s) - Math.floor(left / s);
      if (taken === 0) continue;
      const n = counts[i] as number;
      const expected = this.expected[i] as number;
      // The slots the other jobs expected will take first, at best packed s units to a slot.
      const have = (slots[i] as number) - (demand - expected * s) / s;
      const short = Math.max(0, expected - (have - taken)) - Math.max(0, expected - have);
      if (short > 0) loss += (short * penaltyPerUnitHour * s * Math.max(durationS, ((hours[i] as number) * 3600) / n)) / 3600;
    }
    return loss;
  }
}

/**
 * Fragmentation pricing: what taking this pool costs the jobs to come that
 * need the room it takes (SizeOutlook.lossOf), priced at the unplaced
 * penalty. Zero while the slots left cover the jobs expected, so on a network
 * with room to spare the choice is the cheapest pool. The placer keeps the
 * outlook in its state (PlacementState.outlook); without one the term is 0.
 * In 1/10,000 yuan; never negative.
 */
export function fragmentationScorer(penaltyPerUnitHour: number): Scorer {
  return {
    name: 'fragmentation',
    description: 'the expected penalty of the later jobs this placement would leave without room (a forecast from the sizes submitted so far)',
    nonNegative: true,
    score: (job, c, _cost, s) => (s.outlook === undefined ? 0 : s.outlook.lossOf(s.free[c.poolIndex] as number, job.units, job.durationS, penaltyPerUnitHour)),
  };
}
