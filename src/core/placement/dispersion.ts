/**
 * How much more the arrivals bunch than a Poisson stream's would: at time
 * scales of 1, 2, 4, ... minutes, the variance of the count of arrivals per
 * window over its mean (the index of dispersion, 1 for a Poisson stream). A
 * stream that comes in bursts of about c jobs at once has an index of about
 * c at every scale longer than its bursts, and the jobs it brings in a
 * window are then about c times a Poisson count of mean m / c (compound
 * Poisson). Only past arrivals enter it, in time order.
 */
export class ArrivalDispersion {
  /** Window lengths, seconds: 2^k minutes. */
  private readonly scales: number[] = Array.from({ length: 14 }, (_, k) => 60 * 2 ** k);
  /** Per scale: the window now open, its count, and the closed windows' number, sum and sum of squares of counts. */
  private readonly open = new Float64Array(this.scales.length).fill(Number.NaN);
  private readonly count = new Float64Array(this.scales.length);
  private readonly n = new Float64Array(this.scales.length);
  private readonly sum = new Float64Array(this.scales.length);
  private readonly sumSq = new Float64Array(this.scales.length);

  /** An arrival at time t (seconds); a time earlier than the last counts in the window now open. */
  add(t: number): void {
    for (let k = 0; k < this.scales.length; k++) {
      const w = Math.floor(t / (this.scales[k] as number));
      const open = this.open[k] as number;
      if (Number.isNaN(open)) this.open[k] = w;
      else if (w > open) {
        const c = this.count[k] as number;
        // The window closes, and so do the empty ones between it and this arrival's.
        this.n[k] = (this.n[k] as number) + (w - open);
        this.sum[k] = (this.sum[k] as number) + c;
        this.sumSq[k] = (this.sumSq[k] as number) + c * c;
        this.open[k] = w;
        this.count[k] = 0;
      }
      this.count[k] = (this.count[k] as number) + 1;
    }
  }

  /**
   * The index of dispersion at the scale nearest `windowS`: at least 1, and
   * only as far above 1 as the windows seen show beyond chance (one standard
   * error of the index of a Poisson stream, sqrt(2 / (windows - 1)), is taken
   * off). The window still open counts only once it holds more than the
   * closed ones' mean: its count can only grow, so then it is a burst showing
   * as it comes, and before then it would read as a lull it is not. 1 while
   * fewer than three windows count.
   */
  index(windowS: number): number {
    const k = Math.max(0, Math.min(this.scales.length - 1, Math.round(Math.log2(Math.max(60, windowS) / 60))));
    let n = this.n[k] as number;
    let sum = this.sum[k] as number;
    let sumSq = this.sumSq[k] as number;
    const c = this.count[k] as number;
    if (n === 0 || c > sum / n) {
      n += 1;
      sum += c;
      sumSq += c * c;
    }
    if (n < 3) return 1;
    const mean = sum / n;
    if (mean <= 0) return 1;
    const variance = sumSq / n - mean * mean;
    return Math.max(1, variance / mean - Math.sqrt(2 / (n - 1)));
  }
}
