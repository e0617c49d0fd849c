/**
 * The runs of the jobs of one size seen so far, enough to tell how much of
 * a time D they fill on average: E[min(run, D)]. Runs are kept in buckets
 * of a quarter of a doubling (1 s up; the last bucket takes everything from
 * about 8.5 years), with counts and sums in Fenwick trees, so adding a run
 * and asking for a D are O(log buckets) each.
 */

const PER_DOUBLING = 4;
const BUCKETS = 128;

/** The bucket of a run of `s` seconds. */
export function bucketOf(s: number): number {
  if (s < 1) return 0;
  return Math.min(BUCKETS - 1, Math.floor(Math.log2(s) * PER_DOUBLING));
}

export class RunLengths {
  /** Fenwick trees over the buckets (1-based): how many runs, and their seconds in all. */
  private readonly count = new Float64Array(BUCKETS + 1);
  private readonly sum = new Float64Array(BUCKETS + 1);
  /** The same per bucket alone (0-based), for the bucket of a cut. */
  private readonly inCount = new Float64Array(BUCKETS);
  private readonly inSum = new Float64Array(BUCKETS);
  n = 0;
  /** Seconds of run in all. */
  seconds = 0;

  add(runS: number): void {
    const b = bucketOf(runS);
    for (let i = b + 1; i <= BUCKETS; i += i & -i) {
      this.count[i]! += 1;
      this.sum[i]! += runS;
    }
    this.inCount[b]! += 1;
    this.inSum[b]! += runS;
    this.n++;
    this.seconds += runS;
  }

  /**
   * The runs' seconds, each cut at `d`: n x E[min(run, d)]. Runs in the
   * bucket of `d` itself count as the smaller of their sum and their number
   * x d, so the figure is at most a quarter-doubling's width above the true one,
   * never below it. `b`: bucketOf(d), for a caller that asks many for one d.
   */
  cutAt(d: number, b = bucketOf(d)): number {
    let below = 0;
    let belowSum = 0;
    for (let i = b; i > 0; i -= i & -i) {
      below += this.count[i] as number;
      belowSum += this.sum[i] as number;
    }
    const k = this.inCount[b] as number;
    return belowSum + Math.min(this.inSum[b] as number, k * d) + (this.n - below - k) * d;
  }
}
