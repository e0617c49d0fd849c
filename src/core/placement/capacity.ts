/** What CapacityTimeline.track() tells of each change of a pool's free units. */
export interface FreeWatcher {
  moved(pool: number, before: number, after: number): void;
}

/**
 * Free units per pool over time, for the online model: a job holds its units
 * from its start for its duration. Jobs are placed in start order, so the
 * capacity free at a job's start is free for its whole run once the jobs that
 * end by then are released.
 */
export class CapacityTimeline {
  readonly free: Float64Array;
  /** Min-heap of (end time, pool index, units), as parallel arrays. */
  private ends: number[] = [];
  private endPool: number[] = [];
  private endUnits: number[] = [];
  /** Units released before their end (release()), by `end|pool`: the heap entry frees only the rest. */
  private early = new Map<string, number>();

  /** Told of every change of a pool's free units, when set (track()). */
  private watcher: FreeWatcher | undefined;

  /** Units in use per group (e.g. compute class) and in all, when pools are given groups. */
  readonly groupUsed: Float64Array;
  readonly groupTotal: Float64Array;

  constructor(readonly total: readonly number[], private readonly groupOf: readonly number[] = total.map(() => 0)) {
    this.free = Float64Array.from(total);
    const groups = groupOf.reduce((m, g) => Math.max(m, g + 1), 1);
    this.groupUsed = new Float64Array(groups);
    this.groupTotal = new Float64Array(groups);
    total.forEach((t, i) => {
      this.groupTotal[groupOf[i] as number] = (this.groupTotal[groupOf[i] as number] as number) + t;
    });
  }

  /** Tells `watcher` of every change of a pool's free units from now on. */
  track(watcher: FreeWatcher): void {
    this.watcher = watcher;
  }

  /**
   * Sets the free units of every pool from live figures and forgets all
   * holds: the platform recomputes capacity from the store before each round
   * of placement, instead of replaying job ends.
   */
  reset(free: ArrayLike<number>): void {
    this.ends.length = 0;
    this.endPool.length = 0;
    this.endUnits.length = 0;
    this.early.clear();
    this.groupUsed.fill(0);
    for (let i = 0; i < this.total.length; i++) {
      const f = Math.max(0, Math.min(this.total[i] as number, free[i] as number));
      this.watcher?.moved(i, this.free[i] as number, f);
      this.free[i] = f;
      const g = this.groupOf[i] as number;
      this.groupUsed[g] = (this.groupUsed[g] as number) + (this.total[i] as number) - f;
    }
  }

  /** Releases every job that ends at or before `time`. */
  advanceTo(time: number): void {
    while (this.ends.length > 0 && (this.ends[0] as number) <= time) {
      const pool = this.endPool[0] as number;
      let units = this.endUnits[0] as number;
      if (this.early.size > 0) units -= this.takeEarly(this.ends[0] as number, pool, units);
      this.watcher?.moved(pool, this.free[pool] as number, (this.free[pool] as number) + units);
      this.free[pool] = (this.free[pool] as number) + units;
      this.groupUsed[this.groupOf[pool] as number] = (this.groupUsed[this.groupOf[pool] as number] as number) - units;
      this.pop();
    }
  }

  /**
   * Gives back now the `units` of pool `pool` held until `end` (a job lost
   * before its end): they are free at once, and the hold's end frees
   * nothing more. The caller names a hold it made.
   */
  release(pool: number, units: number, end: number): void {
    this.watcher?.moved(pool, this.free[pool] as number, (this.free[pool] as number) + units);
    this.free[pool] = (this.free[pool] as number) + units;
    this.groupUsed[this.groupOf[pool] as number] = (this.groupUsed[this.groupOf[pool] as number] as number) - units;
    const key = `${end}|${pool}`;
    this.early.set(key, (this.early.get(key) ?? 0) + units);
  }

  /** The part of a hold ending now that release() already gave back. */
  private takeEarly(end: number, pool: number, units: number): number {
    const key = `${end}|${pool}`;
    const early = this.early.get(key);
    if (early === undefined) return 0;
    const taken = Math.min(early, units);
    if (early - taken > 0) this.early.set(key, early - taken);
    else this.early.delete(key);
    return taken;
  }

  /** Holds `units` of pool `pool` until `end`. The caller has checked they are free. */
  hold(pool: number, units: number, end: number): void {
    this.watcher?.moved(pool, this.free[pool] as number, (this.free[pool] as number) - units);
    this.free[pool] = (this.free[pool] as number) - units;
    this.groupUsed[this.groupOf[pool] as number] = (this.groupUsed[this.groupOf[pool] as number] as number) + units;
    this.push(end, pool, units);
  }

  /** The holds still running: pool index, end time and units of each. */
  commitments(): { pool: number; end: number; units: number }[] {
    return this.ends.map((end, i) => ({ pool: this.endPool[i] as number, end, units: this.endUnits[i] as number }));
  }

  /** Share of a group's units in use now, 0..1. */
  groupUse(group: number): number {
    const t = this.groupTotal[group] as number;
    return t > 0 ? (this.groupUsed[group] as number) / t : 0;
  }

  // The heap moves a hole instead of swapping entries: each level costs one
  // move of the three parallel arrays, not a swap.
  private push(end: number, pool: number, units: number): void {
    const { ends, endPool, endUnits } = this;
    let i = ends.length;
    ends.push(end);
    endPool.push(pool);
    endUnits.push(units);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((ends[parent] as number) <= end) break;
      ends[i] = ends[parent] as number;
      endPool[i] = endPool[parent] as number;
      endUnits[i] = endUnits[parent] as number;
      i = parent;
    }
    ends[i] = end;
    endPool[i] = pool;
    endUnits[i] = units;
  }

  /** Removes the earliest end: the last entry sinks from the root into the hole. */
  private pop(): void {
    const { ends, endPool, endUnits } = this;
    const end = ends.pop() as number;
    const pool = endPool.pop() as number;
    const units = endUnits.pop() as number;
    const n = ends.length;
    if (n === 0) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const m = r < n && (ends[r] as number) < (ends[l] as number) ? r : l;
      if ((ends[m] as number) >= end) break;
      ends[i] = ends[m] as number;
      endPool[i] = endPool[m] as number;
      endUnits[i] = endUnits[m] as number;
      i = m;
    }
    ends[i] = end;
    endPool[i] = pool;
    endUnits[i] = units;
  }
}
