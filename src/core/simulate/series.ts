import { COMPUTE_CLASSES } from '../network/compute-class.js';
import type { ComputeClass } from '../network/compute-class.js';

/** What the series keeps per hub and step: unit-seconds of each class, facility energy and its green part. */
export const CHANNELS = [...COMPUTE_CLASSES, 'pflops', 'energyKwh', 'greenKwh'] as const;
const PFLOPS = COMPUTE_CLASSES.length;
const ENERGY = PFLOPS + 1;
const GREEN = ENERGY + 1;

/** One hub's figures in one step, as `series.csv` writes them. */
export interface SeriesRow {
  /** Seconds from the start of the stream to the step's start. */
  at: number;
  hub: string;
  /** Mean units in use over the step, by class. */
  units: Record<ComputeClass, number>;
  /** Mean computing power in use over the step, PFLOPS (each class at its own precision). */
  pflops: number;
  /** Mean facility power over the step, kW. */
  powerKw: number;
  /** Green share of the step's energy; null when nothing ran. */
  greenShare: number | null;
}

/**
 * Per hub, per fixed step (5 minutes by default), the integral of what ran:
 * each run adds its rate over [start, end) in O(1), to the partial steps at
 * its ends and to a difference array for the whole steps between, which
 * finish() sums. A week of a million jobs costs a few array writes per job.
 */
export class HubSeries {
  private readonly acc: Float64Array[];
  private readonly diff: Float64Array[];
  private steps = 0;
  private done = false;

  constructor(readonly hubs: readonly string[], readonly stepS = 300, expectedEndS = 7 * 86_400) {
    const n = Math.max(1, Math.ceil(expectedEndS / stepS) + 1);
    this.acc = hubs.flatMap(() => CHANNELS.map(() => new Float64Array(n)));
    this.diff = hubs.flatMap(() => CHANNELS.map(() => new Float64Array(n + 1)));
  }

  /** A run on hub `hub` (its index) of `units` of `cls` (`tflops` in all) over [start, end), drawing `powerKw` with `green` of it green. */
  addRun(hub: number, cls: ComputeClass, units: number, tflops: number, powerKw: number, green: number, start: number, end: number): void {
    if (!(end > start)) return;
    const base = hub * CHANNELS.length;
    this.add(base + COMPUTE_CLASSES.indexOf(cls), units, start, end);
    this.add(base + PFLOPS, tflops / 1000, start, end);
    this.add(base + ENERGY, powerKw / 3600, start, end);
    this.add(base + GREEN, (powerKw * green) / 3600, start, end);
  }

  /** Adds `rate` per second over [start, end) to channel `c`. */
  private add(c: number, rate: number, start: number, end: number): void {
    const step = this.stepS;
    const s0 = Math.floor(start / step);
    const e0 = Math.floor(end / step);
    this.grow(e0 + 2);
    const acc = this.acc[c] as Float64Array;
    if (e0 + 1 > this.steps) this.steps = end > e0 * step ? e0 + 1 : e0;
    if (s0 === e0) {
      acc[s0] = (acc[s0] as number) + rate * (end - start);
      return;
    }
    acc[s0] = (acc[s0] as number) + rate * ((s0 + 1) * step - start);
    if (end > e0 * step) acc[e0] = (acc[e0] as number) + rate * (end - e0 * step);
    if (e0 > s0 + 1) {
      const diff = this.diff[c] as Float64Array;
      diff[s0 + 1] = (diff[s0 + 1] as number) + rate * step;
      diff[e0] = (diff[e0] as number) - rate * step;
    }
  }

  private grow(n: number): void {
    const have = (this.acc[0] as Float64Array).length;
    if (n <= have) return;
    const size = Math.max(n, have * 2);
    for (let c = 0; c < this.acc.length; c++) {
      const a = new Float64Array(size);
      a.set(this.acc[c] as Float64Array);
      this.acc[c] = a;
      const d = new Float64Array(size + 1);
      d.set(this.diff[c] as Float64Array);
      this.diff[c] = d;
    }
  }

  /** Sums the whole steps in; call once, after the last run. */
  finish(): void {
    if (this.done) return;
    this.done = true;
    for (let c = 0; c < this.acc.length; c++) {
      const acc = this.acc[c] as Float64Array;
      const diff = this.diff[c] as Float64Array;
      let run = 0;
      for (let i = 0; i < acc.length; i++) {
        run += diff[i] as number;
        acc[i] = (acc[i] as number) + run;
      }
    }
  }

  /** Steps from time 0 to the end of the last run. */
  get length(): number {
    return this.steps;
  }

  /** Unit-seconds of a class on a hub over the whole run. */
  unitSeconds(hub: number, cls: ComputeClass): number {
    const acc = this.acc[hub * CHANNELS.length + COMPUTE_CLASSES.indexOf(cls)] as Float64Array;
    let s = 0;
    for (let i = 0; i < this.steps; i++) s += acc[i] as number;
    return s;
  }

  /** One hub's row of step `i` (after finish()). */
  row(hub: number, i: number): SeriesRow {
    const base = hub * CHANNELS.length;
    const get = (c: number): number => (this.acc[base + c] as Float64Array)[i] as number;
    const units = Object.fromEntries(COMPUTE_CLASSES.map((cls, k) => [cls, get(k) / this.stepS])) as Record<ComputeClass, number>;
    const energy = get(ENERGY);
    return { at: i * this.stepS, hub: this.hubs[hub] as string, units, pflops: get(PFLOPS) / this.stepS, powerKw: (energy * 3600) / this.stepS, greenShare: energy > 0 ? get(GREEN) / energy : null };
  }
}
