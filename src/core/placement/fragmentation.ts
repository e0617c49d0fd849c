import type { JobSpec } from '../workload/job.js';
import { ArrivalDispersion } from './dispersion.js';
import { poissonNegligibleFrom, poissonShortfall } from './poisson.js';
import { RunLengths, bucketOf } from './run-lengths.js';
import type { Scorer } from './types.js';

/**
 * The jobs seen of one group, and the room its pools have for them: each job
 * size s seen, the runs of the jobs that had it, and how many jobs of that
 * size the group's pools could take now (the slots: the sum over its pools
 * of floor(free / s)).
 */
interface SizeGroup {
  /** The group's pools: every pool of a compute class, or a region's (see SizeOutlook.region()). */
  readonly pools: Int32Array;
  /** Whether the jobs present are counted by their Poisson law (a region's, and the engine's class groups), or by their mean alone. */
  readonly poisson: boolean;
  readonly sizes: number[];
  readonly runs: RunLengths[];
  readonly slots: number[];
  /**
   * For the decision `stamp` (SizeOutlook.prepare()): per size, the mean of
   * the jobs expected still running at the end of the run, from which on
   * their chance of finding no slot is negligible (poissonNegligibleFrom()),
   * and the units they all ask for.
   */
  readonly expected: number[];
  readonly negligible: number[];
  demand: number;
  /** For that decision: a job of fewer units than this takes no slot any size's expected jobs need (lossIn() is 0). */
  safeUnits: number;
  stamp: number;
}

/**
 * What the jobs submitted so far say about the room the jobs to come will
 * need. There is a group per compute class, of every job and pool of the
 * class; and one per region, for the jobs that their latency bound or fixed
 * limits keep to a few of their class's pools (the placer picks the regions:
 * see regions.ts), since such jobs can only use the room left there. Only
 * past arrivals enter it. The slots follow every change of free units
 * (CapacityTimeline.track()), O(sizes seen) per group the pool is in.
 */
export class SizeOutlook {
  private readonly groups: SizeGroup[] = [];
  /** Per pool, the groups it is in: its class's first. */
  private readonly groupsOf: number[][];
  /** Per pool, whether it lies in any region (most do not: their class's group is all there is to price). */
  private readonly inRegion: Uint8Array;
  /** Regions by pool list (the lists the placer keeps), and by a hash of their content. */
  private readonly regionByList = new Map<Int32Array, number>();
  private readonly regionByHash = new Map<number, number[]>();
  private first = Number.NaN;
  /** The decision being made (begin()): the job's class group, time and run, and its number. */
  private group = 0;
  private now = 0;
  private durationS = Number.NaN;
  private stamp = 0;
  /** For that decision: the observed span. */
  private span = 1;
  /**
   * Every arrival seen, and for that decision their index of dispersion at
   * the run's scale: the size of the bursts the stream comes in. The whole
   * stream's, not a region's own: every job placed in a region's pools takes
   * its slots, and a burst brings them all at once.
   */
  private readonly arrivals = new ArrivalDispersion();
  private clump = 1;

  /**
   * `classLaw`: how a class's group counts the jobs to come. 'poisson' (the
   * engine's) as a region does, scaled by the bursts; 'mean', by their mean
   * alone (the fluid count, which the worked examples of the tests use).
   */
  constructor(private readonly free: Float64Array, groupOf: readonly number[], classes: number, classLaw: 'poisson' | 'mean' = 'poisson') {
    for (let g = 0; g < classes; g++) this.addGroup(Int32Array.from(groupOf.flatMap((x, p) => (x === g ? [p] : []))), classLaw === 'poisson');
    this.groupsOf = groupOf.map((g) => [g]);
    this.inRegion = new Uint8Array(groupOf.length);
  }

  private addGroup(pools: Int32Array, poisson: boolean): number {
    this.groups.push({ pools, poisson, sizes: [], runs: [], slots: [], expected: [], negligible: [], demand: 0, safeUnits: 0, stamp: -1 });
    return this.groups.length - 1;
  }

  /**
   * The group of the region whose pools are `pools` (the pools in a job's
   * reach, or those its fixed limits allow: fewer than its class's), made on
   * first use. Lists of the same pools share one group.
   */
  region(pools: Int32Array): number {
    const hit = this.regionByList.get(pools);
    if (hit !== undefined) return hit;
    // By content: a hash of the pool list, then a check of the lists with that hash.
    let h = 2_166_136_261 ^ pools.length;
    for (let k = 0; k < pools.length; k++) h = Math.imul(h ^ (pools[k] as number), 16_777_619);
    let same = this.regionByHash.get(h);
    if (same === undefined) this.regionByHash.set(h, (same = []));
    let g = same.find((x) => sameList((this.groups[x] as SizeGroup).pools, pools));
    if (g === undefined) {
      g = this.addGroup(Int32Array.from(pools), true);
      for (const p of pools) {
        (this.groupsOf[p] as number[]).push(g);
        this.inRegion[p] = 1;
      }
      same.push(g);
    }
    // The lists the placer hands in are few and kept, but a long-running placer may hand in new ones: bound the cache.
    if (this.regionByList.size >= 65_536) this.regionByList.clear();
    this.regionByList.set(pools, g);
    return g;
  }

  /**
   * Starts a decision for a job of class group `group` submitted at `now`
   * that runs `durationS`: what every candidate's loss shares is worked out
   * once per group here or on the group's first use, not once per candidate.
   */
  begin(group: number, now: number, durationS: number): void {
    this.group = group;
    this.now = now;
    this.durationS = durationS;
    this.stamp++;
    // The observed span, stretched by the job's own run, so that the first jobs of a stream do not read as a flood.
    this.span = Math.max(1, now - this.first + durationS);
    this.clump = this.arrivals.index(durationS);
    this.prepare(this.groups[group] as SizeGroup);
  }

  /**
   * Works out, for the decision begin() started, the jobs a group expects
   * and the units they ask for. Of the jobs of each size that will arrive in
   * the next `durationS` seconds, the mean number still running at its end,
   * which are what a slot is short for: by Little's law, their rate times
   * E[min(run, durationS)] (RunLengths.cutAt()). The jobs that arrive and end
   * within the run give their room back before it is over.
   */
  private prepare(g: SizeGroup): void {
    if (g.stamp === this.stamp) return;
    g.stamp = this.stamp;
    const { sizes, runs, expected, negligible } = g;
    let demand = 0;
    const bucket = bucketOf(this.durationS);
    for (let i = 0; i < sizes.length; i++) {
      expected[i] = (runs[i] as RunLengths).cutAt(this.durationS, bucket) / this.span;
      // In bursts of c, the count is c times a Poisson count of mean e / c: its tail reaches c times as far.
      negligible[i] = g.poisson ? this.clump * poissonNegligibleFrom((expected[i] as number) / this.clump) : (expected[i] as number);
      demand += (expected[i] as number) * (sizes[i] as number);
    }
    g.demand = demand;
    // Taking u units from a pool takes at most floor(u / s) + 1 slots of size s: no loss to speak of while the slots left stay past the negligible count.
    let safe = Number.POSITIVE_INFINITY;
    for (let i = 0; i < sizes.length; i++) {
      const s = sizes[i] as number;
      const e = expected[i] as number;
      const slack = (g.slots[i] as number) - (demand - e * s) / s - (negligible[i] as number);
      safe = Math.min(safe, (slack - 1) * s);
    }
    g.safeUnits = safe;
  }

  /**
   * Records a submitted job of class group `group`, and of up to two region
   * groups (region(); -1 for none): the pools in its reach, and those its
   * fixed limits allow.
   */
  observe(group: number, job: JobSpec, region = -1, other = -1): void {
    if (Number.isNaN(this.first)) this.first = job.submitAt;
    this.arrivals.add(job.submitAt);
    this.count(this.groups[group] as SizeGroup, job);
    if (region >= 0) this.count(this.groups[region] as SizeGroup, job);
    if (other >= 0 && other !== region) this.count(this.groups[other] as SizeGroup, job);
  }

  private count(g: SizeGroup, job: JobSpec): void {
    const { sizes } = g;
    let i = 0;
    while (i < sizes.length && (sizes[i] as number) < job.units) i++;
    if (sizes[i] !== job.units) {
      sizes.splice(i, 0, job.units);
      g.runs.splice(i, 0, new RunLengths());
      g.expected.splice(i, 0, 0);
      g.negligible.splice(i, 0, 0);
      let slots = 0;
      for (const p of g.pools) slots += Math.floor((this.free[p] as number) / job.units);
      g.slots.splice(i, 0, slots);
      g.stamp = -1;
    }
    g.runs[i]!.add(job.durationS);
  }

  /** Pool `pool` went from `before` to `after` free units. */
  moved(pool: number, before: number, after: number): void {
    const of = this.groupsOf[pool] as number[];
    for (let k = 0; k < of.length; k++) {
      const g = this.groups[of[k] as number] as SizeGroup;
      g.stamp = -1;
      const { sizes, slots } = g;
      for (let i = 0; i < sizes.length; i++) {
        const s = sizes[i] as number;
        slots[i] = (slots[i] as number) + Math.floor(after / s) - Math.floor(before / s);
      }
    }
  }

  /**
   * The expected penalty of the jobs turned away because `units` units of
   * pool `pool` are taken for `durationS` seconds from now: lossIn() of every
   * group the pool is in (its class's, and each region's it lies in). For the
   * decision begin() started.
   */
  lossAt(pool: number, units: number, durationS: number, penaltyPerUnitHour: number): number {
    if (durationS !== this.durationS) this.begin(this.group, this.now, durationS);
    const free = this.free[pool] as number;
    // A pool in no region: the job's class group alone, without a look at the pool's list of groups.
    if (this.inRegion[pool] === 0) return this.lossIn(this.groups[this.group] as SizeGroup, free, units, durationS, penaltyPerUnitHour);
    const of = this.groupsOf[pool] as number[];
    let loss = 0;
    for (let k = 0; k < of.length; k++) loss += this.lossIn(this.groups[of[k] as number] as SizeGroup, free, units, durationS, penaltyPerUnitHour);
    return loss;
  }

  /**
   * The expected penalty of the group's jobs turned away because `units`
   * units of a pool with `free` free units are taken for `durationS` seconds
   * from now, in the penalty's money. For each size s: N, the jobs of that
   * size running at the end of that time, with the mean prepare() works out; and
   * `have`, the slots left for them once the other sizes' expected jobs have
   * taken theirs. The difference the placement makes to the expected excess
   * of N over the slots: E[(N - (have - taken))+] - E[(N - have)+].
   * - In a region (few pools, few jobs, where chance decides) N is Poisson,
   *   the law of the jobs still present of a Poisson stream (poisson.ts).
   *   A stream seen to come in bursts of about c jobs (the index of
   *   dispersion of its arrivals at the run's scale, dispersion.ts) brings c
   *   times a Poisson count of mean e / c: same mean, c times the variance.
   * - Class-wide the engine counts N the same way. (With classLaw 'mean',
   *   N is its mean: the excess is max(0, e - slots), zero while the slots
   *   cover the jobs expected; bench/RESULTS.md compares the two.)
   * A slot short for the whole run turns a job away each mean run of that
   * size, so the difference is priced at `penaltyPerUnitHour` x s x max(run,
   * mean run). It counts the jobs running now as running to the end of the
   * run. Where every choice takes the same slots (all jobs of one size, say)
   * it is the same for all, and the cheapest pool wins.
   */
  private lossIn(g: SizeGroup, free: number, units: number, durationS: number, penaltyPerUnitHour: number): number {
    if (g.stamp !== this.stamp) this.prepare(g);
    if (units < g.safeUnits) return 0;
    const { sizes, runs, slots, expected, negligible, demand } = g;
    const left = free - units;
    let loss = 0;
    for (let i = sizes.length - 1; i >= 0; i--) {
      const s = sizes[i] as number;
      if (s > free) continue;
      const taken = Math.floor(free / s) - Math.floor(left / s);
      if (taken === 0) continue;
      const e = expected[i] as number;
      // The slots the other jobs expected will take first, at best packed s units to a slot.
      const have = (slots[i] as number) - (demand - e * s) / s;
      if (have - taken >= (negligible[i] as number)) continue;
      // In bursts of c, c times the shortfall of a Poisson count of mean e / c against the slots in clumps of c (c = 1: the Poisson law itself).
      const c = this.clump;
      const short = g.poisson ? c * poissonShortfall(e / c, (have - taken) / c, have / c, Math.round((negligible[i] as number) / c))
        : Math.max(0, e - (have - taken)) - Math.max(0, e - have);
      // A slot short for the whole run turns away a job each mean run: max(run, mean) hours of s units.
      const run = runs[i] as RunLengths;
      if (short > 0) loss += (short * penaltyPerUnitHour * s * Math.max(durationS, run.seconds / run.n)) / 3600;
    }
    return loss;
  }
}

/**
 * Fragmentation pricing: what taking this pool costs the jobs to come that
 * need the room it takes (SizeOutlook.lossAt), priced at the unplaced
 * penalty. Zero while the slots left cover the jobs to come but for a negligible chance, so on a network
 * with room to spare the choice is the cheapest pool. The placer keeps the
 * outlook in its state (PlacementState.outlook); without one the term is 0.
 * In 1/10,000 yuan; never negative.
 */
export function fragmentationScorer(penaltyPerUnitHour: number): Scorer {
  return {
    name: 'fragmentation',
    description: 'the expected penalty of the later jobs this placement would leave without room (a forecast from the sizes submitted so far)',
    nonNegative: true,
    score: (job, c, _cost, s) => (s.outlook === undefined ? 0 : s.outlook.lossAt(c.poolIndex, job.units, job.durationS, penaltyPerUnitHour)),
  };
}

function sameList(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
